import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('check ReservedStageName', () => {
  it('warns on stages named scratch or context', () => {
    assert.deepEqual(findingsOf('ReservedStageName', 'FROM alpine AS scratch\nFROM alpine AS Context\n'), [
      ['warning', '0:15-0:22', 'Stage name should not use the same name as reserved stage "scratch"'],
      ['warning', '1:15-1:22', 'Stage name should not use the same name as reserved stage "context"'],
    ]);
  });

  it('says nothing of FROM scratch or other names', () => {
    assert.deepEqual(findingsOf('ReservedStageName', 'FROM scratch\nFROM scratch AS a\n'), []);
  });
});
