import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('rule DuplicateFlag', () => {
  it('reports the repeated occurrences of a single-valued flag', () => {
    const text = 'FROM alpine\nCOPY --chown=1 --link --chown=2 --link=false a b\n';
    assert.deepEqual(findingsOf('DuplicateFlag', text), [
      ['error', '1:22-1:31', "Flag '--chown' is given more than once; COPY accepts it only once."],
      ['error', '1:32-1:44', "Flag '--link' is given more than once; COPY accepts it only once."],
    ]);
  });

  it('checks the instruction ONBUILD carries', () => {
    assert.deepEqual(findingsOf('DuplicateFlag', 'FROM alpine\nONBUILD RUN --network=none --network=host x\n'), [
      ['error', '1:27-1:41', "Flag '--network' is given more than once; RUN accepts it only once."],
    ]);
  });

  it('accepts repeated --mount, --device and --exclude, and leaves unknown flags to UnknownFlag', () => {
    const text = 'FROM alpine\nRUN --mount=type=cache,target=/a --mount=type=cache,target=/b --device=a --device=b x\nCOPY --exclude=a --exclude=b --zz --zz a b\n';
    assert.deepEqual(findingsOf('DuplicateFlag', text), []);
  });
});
