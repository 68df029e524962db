import assert from 'node:assert/strict';
import { EndpointError, parseAddress, resolveEndpoint } from '../../../client/src/engine/endpoint';

describe('engine endpoint', () => {
  it('prefers the setting over DOCKER_HOST over the default socket', () => {
    assert.equal(resolveEndpoint('unix:///tmp/a.sock', { DOCKER_HOST: 'tcp://h:1' }, 'linux').address, 'unix:///tmp/a.sock');
    assert.equal(resolveEndpoint('', { DOCKER_HOST: 'tcp://h:1' }, 'linux').address, 'tcp://h:1');
    assert.deepEqual(resolveEndpoint(undefined, {}, 'linux'), { kind: 'unix', socketPath: '/var/run/docker.sock', address: 'unix:///var/run/docker.sock' });
    assert.equal(resolveEndpoint(undefined, {}, 'win32').kind, 'npipe');
  });

  it('parses tcp addresses with TLS from DOCKER_TLS_VERIFY and default ports', () => {
    assert.deepEqual(parseAddress('tcp://127.0.0.1:2375'), { kind: 'tcp', host: '127.0.0.1', port: 2375, tls: false, address: 'tcp://127.0.0.1:2375' });
    assert.deepEqual(parseAddress('tcp://engine.local', '1'), { kind: 'tcp', host: 'engine.local', port: 2376, tls: true, address: 'tcp://engine.local' });
    assert.deepEqual(parseAddress('tcp://engine.local', '0'), { kind: 'tcp', host: 'engine.local', port: 2375, tls: false, address: 'tcp://engine.local' });
  });

  it('refuses what it cannot use, naming the address', () => {
    assert.throws(() => parseAddress('ftp://x'), (e: unknown) => e instanceof EndpointError && e.address === 'ftp://x');
    assert.throws(() => parseAddress('unix://'), EndpointError);
  });
});
