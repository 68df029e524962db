import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'InvalidExposePort';

describe('rule InvalidExposePort', () => {
  it('reports ports, ranges and protocols that docker build cannot parse', () => {
    const text = 'FROM alpine:3.20\nEXPOSE 80/tpc 70000 9000-8000 80a 1-2-3 /udp\nEXPOSE 8000-8001:9000-9002\n';
    assert.deepEqual(findingsOf(ID, text), [
      ['error', '1:7-1:13', "Invalid protocol 'tpc' in EXPOSE: use tcp, udp or sctp."],
      ['error', '1:14-1:19', "Invalid port '70000' in EXPOSE: use a number from 0 to 65535 or a range such as 8000-8010."],
      ['error', '1:20-1:29', "Invalid port '9000-8000' in EXPOSE: use a number from 0 to 65535 or a range such as 8000-8010."],
      ['error', '1:30-1:33', "Invalid port '80a' in EXPOSE: use a number from 0 to 65535 or a range such as 8000-8010."],
      ['error', '1:34-1:39', "Invalid port '1-2-3' in EXPOSE: use a number from 0 to 65535 or a range such as 8000-8010."],
      ['error', '1:40-1:44', "No port given in '/udp'."],
      ['error', '2:7-2:26', "The host and container port ranges in '8000-8001:9000-9002' have different sizes."],
    ]);
  });

  it('checks the limits of plain ports, ranges and protocols exactly', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nEXPOSE 65536/tcp 80-65536 1-0 80/tcpx 80/tc 123456\n'), [
      ['error', '1:7-1:16', "Invalid port '65536' in EXPOSE: use a number from 0 to 65535 or a range such as 8000-8010."],
      ['error', '1:17-1:25', "Invalid port '80-65536' in EXPOSE: use a number from 0 to 65535 or a range such as 8000-8010."],
      ['error', '1:26-1:29', "Invalid port '1-0' in EXPOSE: use a number from 0 to 65535 or a range such as 8000-8010."],
      ['error', '1:30-1:37', "Invalid protocol 'tcpx' in EXPOSE: use tcp, udp or sctp."],
      ['error', '1:38-1:43', "Invalid protocol 'tc' in EXPOSE: use tcp, udp or sctp."],
      ['error', '1:44-1:50', "Invalid port '123456' in EXPOSE: use a number from 0 to 65535 or a range such as 8000-8010."],
    ]);
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nEXPOSE 0-0/UDP 65535/SCTP 8000-8000/tcp 000080 80-90/Tcp\n'), []);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nEXPOSE 80/http\n', { locale: 'zh-cn' }), [['error', '1:7-1:14', 'EXPOSE 中的协议“http”无效：请使用 tcp、udp 或 sctp。']]);
  });

  it('accepts valid ports, any protocol case, quotes, host mappings and variables', () => {
    const text = 'FROM alpine:3.20\nEXPOSE 80 443/tcp 53/UDP 9/sctp 8000-8010 "8080" 0 65535 8080:80 1-2:3-4 8000:9000-9000 $PORT ${P}/tcp 80/\n';
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
