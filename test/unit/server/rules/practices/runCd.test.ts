import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

const ID = 'RunCd';

describe('rule RunCd', () => {
  it('reports a RUN that only changes directory, with a WORKDIR fix', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nRUN cd /app\n'), [
      ['info', '1:4-1:11', "'cd /app' alone has no effect: every RUN starts in the working directory again. Use 'WORKDIR /app'."],
    ]);
    assert.equal(applyFirstFix(ID, 'FROM alpine:3.20\nRUN cd /app\nRUN make\n'), 'FROM alpine:3.20\nWORKDIR /app\nRUN make\n');
  });

  it('offers no fix for a directory WORKDIR would read differently', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nRUN cd "$HOME"\n'), [
      ['info', '1:4-1:14', "'cd \"$HOME\"' alone has no effect: every RUN starts in the working directory again. Use WORKDIR to change it."],
    ]);
    assert.throws(() => applyFirstFix(ID, 'FROM alpine:3.20\nRUN cd "$HOME"\n'));
  });

  it('reports a RUN that starts with cd dir &&', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nRUN cd /src && make\n'), [
      ['info', '1:4-1:11', "The RUN starts with 'cd /src &&': set the directory with 'WORKDIR /src' instead, which is clearer and applies to the instructions that follow."],
    ]);
  });

  it('accepts cd later in a RUN, cd -, cd ~ and cd inside a subshell', () => {
    const text = [
      'FROM alpine:3.20',
      'RUN make && cd /x && make install',
      'RUN cd - && ls',
      'RUN cd ~ && ls',
      'RUN (cd /x && make)',
      'RUN cd /x || exit 1',
      'RUN ["cd", "/x"]',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
