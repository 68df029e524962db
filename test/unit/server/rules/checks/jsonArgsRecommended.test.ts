import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check JSONArgsRecommended', () => {
  it('warns on CMD and ENTRYPOINT in shell form, on the arguments', () => {
    assert.deepEqual(findingsOf('JSONArgsRecommended', 'FROM alpine\nCMD java -jar /app.jar\nENTRYPOINT my-program start\n'), [
      ['warning', '1:4-1:22', 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals'],
      ['warning', '2:11-2:27', 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals'],
    ]);
  });

  it('says nothing of the exec form, of RUN, or after a SHELL in the stage or a stage it builds on', () => {
    assert.deepEqual(findingsOf('JSONArgsRecommended', 'FROM alpine\nRUN echo hi\nCMD ["java", "-jar", "/app.jar"]\n'), []);
    assert.deepEqual(findingsOf('JSONArgsRecommended', 'FROM alpine\nSHELL ["/bin/bash", "-c"]\nENTRYPOINT echo hi\n'), []);
    assert.deepEqual(findingsOf('JSONArgsRecommended', 'FROM alpine AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD echo hi\n'), []);
  });

  it('still warns in a stage that does not build on the one with SHELL', () => {
    assert.deepEqual(findingsOf('JSONArgsRecommended', 'FROM alpine AS base\nSHELL ["/bin/bash", "-c"]\nFROM alpine\nCMD echo\n'), [
      ['warning', '3:4-3:8', 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals'],
    ]);
  });

  it('converts plain words to the exec form', () => {
    assert.equal(applyFirstFix('JSONArgsRecommended', 'FROM alpine\nCMD java -jar /app.jar\n'), 'FROM alpine\nCMD ["java", "-jar", "/app.jar"]\n');
  });

  it('offers no conversion when the shell does work (variables, operators, quotes)', () => {
    assert.throws(() => applyFirstFix('JSONArgsRecommended', 'FROM alpine\nCMD echo $HOME && run\n'), /no fix/);
    assert.throws(() => applyFirstFix('JSONArgsRecommended', 'FROM alpine\nCMD echo "a b"\n'), /no fix/);
  });
});
