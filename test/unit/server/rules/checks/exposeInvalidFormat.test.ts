import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check ExposeInvalidFormat', () => {
  it('warns on an IP address or a host-port mapping, on the port', () => {
    assert.deepEqual(findingsOf('ExposeInvalidFormat', 'FROM alpine\nEXPOSE 127.0.0.1:80:80 8080:80/udp 443\n'), [
      ['warning', '1:7-1:22', "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'"],
      ['warning', '1:23-1:34', "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80/udp'"],
    ]);
  });

  it('says nothing of container ports', () => {
    assert.deepEqual(findingsOf('ExposeInvalidFormat', 'FROM alpine\nEXPOSE 80 53/udp 8000-8010\n'), []);
  });

  it('keeps only the container port', () => {
    assert.equal(applyFirstFix('ExposeInvalidFormat', 'FROM alpine\nEXPOSE 8080:80/udp\n'), 'FROM alpine\nEXPOSE 80/udp\n');
  });
});
