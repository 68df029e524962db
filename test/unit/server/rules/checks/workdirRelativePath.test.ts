import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('check WorkdirRelativePath', () => {
  it('warns on a relative first WORKDIR, on the path', () => {
    assert.deepEqual(findingsOf('WorkdirRelativePath', 'FROM alpine\nWORKDIR app/\nWORKDIR sub\n'), [
      ['warning', '1:8-1:12', 'Relative workdir "app/" can have unexpected results if the base image changes'],
    ]);
  });

  it('says nothing after an absolute WORKDIR, in this stage or the one it builds on', () => {
    assert.deepEqual(findingsOf('WorkdirRelativePath', 'FROM alpine\nWORKDIR /app\nWORKDIR sub\n'), []);
    assert.deepEqual(findingsOf('WorkdirRelativePath', 'FROM alpine AS a\nWORKDIR /app\nFROM a AS b\nWORKDIR subdir/\n'), []);
  });

  it('accepts Windows paths and a leading variable', () => {
    assert.deepEqual(findingsOf('WorkdirRelativePath', 'FROM nanoserver\nWORKDIR C:\\\\app\nFROM alpine\nWORKDIR $HOME/app\n'), []);
  });
});
