import assert from 'node:assert/strict';
import { parseAddress } from '../../../client/src/engine/endpoint';
import { classifyEngineError, EngineError } from '../../../client/src/engine/errors';

const endpoint = parseAddress('unix:///var/run/docker.sock');

function problemOf(error: unknown) {
  return classifyEngineError(error, endpoint).problem;
}

describe('engine error classification', () => {
  it('tells a missing engine from a refused socket', () => {
    assert.equal(problemOf(Object.assign(new Error('connect ENOENT /var/run/docker.sock'), { code: 'ENOENT' })), 'notRunning');
    assert.equal(problemOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })), 'notRunning');
    assert.equal(problemOf(Object.assign(new Error('connect EACCES /var/run/docker.sock'), { code: 'EACCES' })), 'permissionDenied');
  });

  it('recognises a wrong host, TLS failures and an old API', () => {
    assert.equal(problemOf(Object.assign(new Error('getaddrinfo ENOTFOUND nohost'), { code: 'ENOTFOUND' })), 'wrongHost');
    assert.equal(problemOf(Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' })), 'tls');
    assert.equal(problemOf(Object.assign(new Error('client version 1.41 is too new. Maximum supported API version is 1.40'), { statusCode: 400 })), 'apiTooOld');
  });

  it('keeps the address and the original message for the log', () => {
    const error = classifyEngineError(new Error('boom'), endpoint);
    assert.ok(error instanceof EngineError);
    assert.equal(error.problem, 'unknown');
    assert.equal(error.address, 'unix:///var/run/docker.sock');
    assert.equal(error.detail, 'boom');
  });
});
