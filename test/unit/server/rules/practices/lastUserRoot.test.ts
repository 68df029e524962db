import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'LastUserRoot';

describe('rule LastUserRoot', () => {
  it('is a hint on the last USER of the final stage when it is root', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nUSER app\nRUN make\nUSER root\n'), [
      ['hint', '3:5-3:9', "The container will run as root, since the last USER is 'root'. Switch to an unprivileged user at the end."],
    ]);
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nUSER 0:0\n').map((f) => f[1]), ['1:5-1:8']);
  });

  it('follows the final stage to the stage it builds on', () => {
    assert.equal(findingsOf(ID, 'FROM debian:12 AS base\nUSER root\nFROM base\nRUN make\n').length, 1);
  });

  it('accepts a final non-root user, no USER at all, and root in an earlier stage only', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nUSER root\nRUN make\nUSER app\n'), []);
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN make\n'), []);
    assert.deepEqual(findingsOf(ID, 'FROM debian:12 AS build\nUSER root\nFROM debian:12\nUSER 1000\n'), []);
  });
});
