import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('rule InvalidFlagValue', () => {
  it('reports a flag written without its value, with a fix that joins the next word', () => {
    const text = 'FROM --platform linux/amd64 alpine\n';
    assert.deepEqual(findingsOf('InvalidFlagValue', text), [['error', '0:5-0:15', "Flag '--platform' needs a value: write '--platform=<value>'."]]);
    assert.equal(applyFirstFix('InvalidFlagValue', text), 'FROM --platform=linux/amd64 alpine\n');
  });

  it('offers no fix when the next word is needed as an argument', () => {
    const text = 'FROM alpine\nCOPY --chmod --link a b\nRUN --mount\n';
    assert.deepEqual(findingsOf('InvalidFlagValue', text), [
      ['error', '1:5-1:12', "Flag '--chmod' needs a value: write '--chmod=<value>'."],
      ['error', '2:4-2:11', "Flag '--mount' needs a value: write '--mount=<value>'."],
    ]);
    assert.throws(() => applyFirstFix('InvalidFlagValue', text));
  });

  it('reports boolean flags with an empty or non-boolean value', () => {
    const text = 'FROM alpine\nCOPY --link= a b\nCOPY --link=yes a b\nADD --keep-git-dir=1 a b\n';
    assert.deepEqual(findingsOf('InvalidFlagValue', text), [
      ['error', '1:5-1:12', "Flag '--link=' has an empty value: write '--link' or '--link=true|false'."],
      ['error', '2:12-2:15', "Flag '--link' takes true or false, not 'yes'."],
      ['error', '3:19-3:20', "Flag '--keep-git-dir' takes true or false, not '1'."],
    ]);
  });

  it('checks the instruction ONBUILD carries, and flags after a continuation', () => {
    const text = 'FROM alpine\nONBUILD COPY --link=maybe --from a b\nCOPY \\\n  --parents= a b\n';
    assert.deepEqual(findingsOf('InvalidFlagValue', text), [
      ['error', '1:20-1:25', "Flag '--link' takes true or false, not 'maybe'."],
      ['error', '1:26-1:32', "Flag '--from' needs a value: write '--from=<value>'."],
      ['error', '3:2-3:12', "Flag '--parents=' has an empty value: write '--parents' or '--parents=true|false'."],
    ]);
  });

  it('accepts booleans in any case, bare booleans, and empty string values', () => {
    const text = 'FROM --platform= alpine\nCOPY --link=TRUE --parents=False --from= a b\nADD --link a b\n';
    assert.deepEqual(findingsOf('InvalidFlagValue', text), []);
  });
});
