import assert from 'node:assert/strict';
import path from 'node:path';

// The stand-in the client bundle uses for ssh2 and gRPC (scripts/lib/unbundled.cjs).
const standIn = require(path.resolve(__dirname, '../../../../scripts/lib/unbundled.cjs')) as Record<string, unknown>;

describe('the stand-in for dependencies left out of the bundle', () => {
  it('lets dockerode load (properties resolve) but fails loudly when used', () => {
    const Client = standIn.Client as new () => unknown;
    assert.equal(typeof Client, 'function');
    assert.throws(() => new Client(), /dockerode optional dependency\.Client is not bundled with Berth/);
    const createInsecure = (standIn.ServerCredentials as Record<string, () => unknown>).createInsecure;
    assert.throws(() => createInsecure(), /ServerCredentials\.createInsecure is not bundled/);
  });
});
