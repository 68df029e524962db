import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('check MultipleInstructionsDisallowed', () => {
  it('warns on each earlier CMD, ENTRYPOINT and HEALTHCHECK of a stage', () => {
    const text = 'FROM alpine\nENTRYPOINT ["/a"]\nCMD ["/a"]\nHEALTHCHECK CMD ["/a"]\nCOPY a /a\nENTRYPOINT ["/b"]\nCMD ["/b"]\nHEALTHCHECK NONE\n';
    assert.deepEqual(findingsOf('MultipleInstructionsDisallowed', text), [
      ['warning', '1:0-1:10', 'Multiple ENTRYPOINT instructions should not be used in the same stage because only the last one will be used'],
      ['warning', '2:0-2:3', 'Multiple CMD instructions should not be used in the same stage because only the last one will be used'],
      ['warning', '3:0-3:11', 'Multiple HEALTHCHECK instructions should not be used in the same stage because only the last one will be used'],
    ]);
  });

  it('says nothing of one per stage, even when a stage builds on another', () => {
    assert.deepEqual(findingsOf('MultipleInstructionsDisallowed', 'FROM alpine AS a\nCMD ["/a"]\nFROM a\nCMD ["/b"]\nONBUILD CMD ["/c"]\n'), []);
  });
});
