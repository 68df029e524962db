import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check ExposeProtoCasing', () => {
  it('warns on an upper-case protocol, on the port', () => {
    assert.deepEqual(findingsOf('ExposeProtoCasing', 'FROM alpine\nEXPOSE 80/TCP 53/udp 5000/Udp\n'), [
      ['warning', '1:7-1:13', "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase"],
      ['warning', '1:21-1:29', "Defined protocol '5000/Udp' in EXPOSE instruction should be lowercase"],
    ]);
  });

  it('says nothing of lower-case or absent protocols', () => {
    assert.deepEqual(findingsOf('ExposeProtoCasing', 'FROM alpine\nEXPOSE 80 443/tcp 8000-8010/udp $PORT\n'), []);
  });

  it('lower-cases the protocol', () => {
    assert.equal(applyFirstFix('ExposeProtoCasing', 'FROM alpine\nEXPOSE 80/TCP\n'), 'FROM alpine\nEXPOSE 80/tcp\n');
  });
});
