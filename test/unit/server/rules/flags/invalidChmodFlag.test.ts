import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('rule InvalidChmodFlag', () => {
  it('reports non-octal digits and modes above 7777 on the value', () => {
    const text = 'FROM alpine\nCOPY --chmod=789 a b\nADD --chmod=17777 a b\n';
    assert.deepEqual(findingsOf('InvalidChmodFlag', text), [
      ['error', '1:13-1:16', "'789' is not a valid --chmod mode: an octal mode has digits 0 to 7 and is at most 7777."],
      ['error', '2:12-2:17', "'17777' is not a valid --chmod mode: an octal mode has digits 0 to 7 and is at most 7777."],
    ]);
  });

  it('reports values that are neither octal nor symbolic', () => {
    assert.deepEqual(findingsOf('InvalidChmodFlag', 'FROM alpine\nONBUILD COPY --chmod=rwxr-xr-x a b\n'), [
      ['error', '1:21-1:30', "'rwxr-xr-x' is not a valid --chmod mode: use an octal mode such as 755 or a symbolic one such as u+x."],
    ]);
  });

  it('accepts octal and symbolic modes, variables and empty values', () => {
    const text = 'FROM alpine\nCOPY --chmod=755 a b\nCOPY --chmod=0644 a b\nCOPY --chmod=u+x,go-w a b\nCOPY --chmod=+x a b\nCOPY --chmod=a=rX a b\nCOPY --chmod=$MODE a b\nCOPY --chmod= a b\n';
    assert.deepEqual(findingsOf('InvalidChmodFlag', text), []);
  });
});
