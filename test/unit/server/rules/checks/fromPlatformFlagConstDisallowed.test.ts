import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('check FromPlatformFlagConstDisallowed', () => {
  it('warns on a constant --platform, on the flag', () => {
    assert.deepEqual(findingsOf('FromPlatformFlagConstDisallowed', 'FROM --platform=linux/amd64 alpine\n'), [
      ['warning', '0:5-0:27', 'FROM --platform flag should not use constant value "linux/amd64"'],
    ]);
  });

  it('says nothing when the stage name mentions the OS or the architecture, or for variables', () => {
    const text = 'FROM --platform=linux/amd64 alpine AS my_amd64_stage\nFROM --platform=linux/amd64 alpine AS linux\nFROM --platform=$BUILDPLATFORM alpine\n';
    assert.deepEqual(findingsOf('FromPlatformFlagConstDisallowed', text), []);
  });
});
