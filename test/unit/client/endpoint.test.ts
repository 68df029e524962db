import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../../client/src/engine/engine';
import { EndpointError, negotiateApiVersion, parseAddress, resolveEndpoint, tlsFromEnv } from '../../../client/src/engine/endpoint';
import { classifyEngineError, EngineError } from '../../../client/src/engine/errors';

/** An empty config folder, so that the machine's own ~/.docker never takes part. */
const NO_CONFIG = { DOCKER_CONFIG: '/nonexistent/berth-docker-config' };
const dockerSocketOnly = (path: string) => path === '/var/run/docker.sock';

describe('engine endpoint', () => {
  it('prefers the setting over DOCKER_HOST over the default socket, and says so', () => {
    assert.deepEqual(resolveEndpoint('unix:///tmp/a.sock', { ...NO_CONFIG, DOCKER_HOST: 'tcp://h:1' }, 'linux', dockerSocketOnly), { kind: 'unix', socketPath: '/tmp/a.sock', address: 'unix:///tmp/a.sock', source: 'setting' });
    assert.deepEqual(resolveEndpoint('', { ...NO_CONFIG, DOCKER_HOST: 'tcp://h:1' }, 'linux', dockerSocketOnly), { kind: 'tcp', host: 'h', port: 1, address: 'tcp://h:1', source: 'DOCKER_HOST' });
    assert.deepEqual(resolveEndpoint(undefined, NO_CONFIG, 'linux', dockerSocketOnly), { kind: 'unix', socketPath: '/var/run/docker.sock', address: 'unix:///var/run/docker.sock', source: 'default' });
    assert.deepEqual(resolveEndpoint(undefined, NO_CONFIG, 'win32', () => false), { kind: 'npipe', socketPath: '//./pipe/docker_engine', address: 'npipe:////./pipe/docker_engine', source: 'default' });
  });

  it('parses tcp addresses with default ports that depend on TLS', () => {
    assert.deepEqual(parseAddress('tcp://127.0.0.1:2375'), { kind: 'tcp', host: '127.0.0.1', port: 2375, address: 'tcp://127.0.0.1:2375', source: 'setting' });
    assert.deepEqual(parseAddress('tcp://engine.local', 'DOCKER_HOST', { verify: true }), { kind: 'tcp', host: 'engine.local', port: 2376, tls: { verify: true }, address: 'tcp://engine.local', source: 'DOCKER_HOST' });
    assert.deepEqual(parseAddress('https://engine.local'), { kind: 'tcp', host: 'engine.local', port: 2376, tls: { verify: true }, address: 'https://engine.local', source: 'setting' });
    assert.deepEqual(parseAddress('unix:///x.sock', 'setting', { verify: true }), { kind: 'unix', socketPath: '/x.sock', address: 'unix:///x.sock', source: 'setting' });
  });

  it('takes TLS from DOCKER_TLS_VERIFY, DOCKER_TLS and DOCKER_CERT_PATH as the CLI does', () => {
    const all = () => true;
    assert.equal(tlsFromEnv({}, '/cfg', all), undefined);
    // The CLI turns verification on for any non-empty DOCKER_TLS_VERIFY, "0" included.
    assert.deepEqual(tlsFromEnv({ DOCKER_TLS_VERIFY: '0' }, '/cfg', all), { verify: true, caFile: '/cfg/ca.pem', certFile: '/cfg/cert.pem', keyFile: '/cfg/key.pem' });
    assert.deepEqual(tlsFromEnv({ DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }, '/cfg', all), { verify: true, caFile: '/certs/ca.pem', certFile: '/certs/cert.pem', keyFile: '/certs/key.pem' });
    // Without verification the CA is not used; missing default client files mean no client certificate.
    assert.deepEqual(tlsFromEnv({ DOCKER_TLS: '1' }, '/cfg', () => false), { verify: false });
    const resolved = resolveEndpoint(undefined, { ...NO_CONFIG, DOCKER_HOST: 'tcp://127.0.0.1', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }, 'linux', () => false);
    assert.deepEqual(resolved, { kind: 'tcp', host: '127.0.0.1', port: 2376, tls: { verify: true, caFile: '/certs/ca.pem' }, address: 'tcp://127.0.0.1', source: 'DOCKER_HOST' });
  });

  it('falls back to Podman only when the default Docker socket does not exist', () => {
    const env = { ...NO_CONFIG, XDG_RUNTIME_DIR: '/run/user/1000' };
    const rootless = '/run/user/1000/podman/podman.sock';
    const rootful = '/run/podman/podman.sock';
    assert.deepEqual(resolveEndpoint(undefined, env, 'linux', (p) => p === rootless || p === rootful), { kind: 'unix', socketPath: rootless, address: `unix://${rootless}`, source: 'podman' });
    assert.deepEqual(resolveEndpoint(undefined, env, 'linux', (p) => p === rootful), { kind: 'unix', socketPath: rootful, address: `unix://${rootful}`, source: 'podman' });
    assert.equal(resolveEndpoint(undefined, env, 'linux', (p) => p === rootless || p === '/var/run/docker.sock').source, 'default');
    assert.deepEqual(resolveEndpoint(undefined, env, 'linux', () => false), { kind: 'unix', socketPath: '/var/run/docker.sock', address: 'unix:///var/run/docker.sock', source: 'default' });
    assert.equal(resolveEndpoint('unix:///var/run/docker.sock', env, 'linux', (p) => p === rootful).source, 'setting');
  });

  it('refuses what it cannot use, naming the address', () => {
    assert.throws(() => parseAddress('ftp://x'), (e: unknown) => e instanceof EndpointError && e.address === 'ftp://x');
    assert.throws(() => parseAddress('unix://'), EndpointError);
  });
});

describe('engine API version negotiation', () => {
  it('uses the lower of the engine version and the newest Berth knows', () => {
    assert.equal(negotiateApiVersion('1.41'), '1.41');
    assert.equal(negotiateApiVersion('1.47'), '1.47');
    assert.equal(negotiateApiVersion('1.52'), '1.47');
    assert.equal(negotiateApiVersion('2.0'), '1.47');
    assert.equal(negotiateApiVersion('1.24'), '1.24');
    assert.equal(negotiateApiVersion('1.9'), undefined);
    assert.equal(negotiateApiVersion('1.23'), undefined);
    assert.equal(negotiateApiVersion(undefined), '1.24');
  });

  describe('against a fake engine', () => {
    let dir: string;
    let server: Server;
    let requests: string[];
    let apiVersion: string;

    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'berth-fake-'));
      requests = [];
      server = createServer((req, res) => {
        requests.push(req.url ?? '');
        res.setHeader('Content-Type', 'application/json');
        if (/^(\/v[\d.]+)?\/version$/.test(req.url ?? '')) res.end(JSON.stringify({ Version: 'fake', ApiVersion: apiVersion, Os: 'linux', Arch: 'amd64' }));
        else res.end('[]');
      });
      await new Promise<void>((resolve) => server.listen(join(dir, 'fake.sock'), resolve));
    });

    afterEach(async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    });

    it('asks /version once, unversioned, then pins every request to the negotiated version', async () => {
      apiVersion = '1.52';
      const engine = new Engine(parseAddress(`unix://${join(dir, 'fake.sock')}`));
      assert.equal(engine.apiVersion, undefined);
      assert.deepEqual(await engine.listContainers(), []);
      assert.deepEqual(await engine.listNetworks(), []);
      assert.equal(engine.apiVersion, '1.47');
      assert.deepEqual(requests, ['/version', '/v1.47/containers/json?all=true', '/v1.47/networks']);
    });

    it('uses an older engine version as it is', async () => {
      apiVersion = '1.41';
      const engine = new Engine(parseAddress(`unix://${join(dir, 'fake.sock')}`));
      assert.equal((await engine.version()).apiVersion, '1.41');
      assert.deepEqual(requests, ['/version', '/v1.41/version']);
    });

    it('says an engine older than API 1.24 is too old, and asks again on the next call', async () => {
      apiVersion = '1.23';
      const engine = new Engine(parseAddress(`unix://${join(dir, 'fake.sock')}`));
      const tooOld = (e: unknown) => e instanceof EngineError && e.problem === 'apiTooOld' && e.detail === 'The engine speaks API 1.23; Berth needs 1.24 or newer';
      await assert.rejects(engine.listContainers(), tooOld);
      await assert.rejects(engine.listContainers(), tooOld);
      assert.deepEqual(requests, ['/version', '/version']);
    });
  });
});

describe('TLS failures', () => {
  const endpoint = parseAddress('tcp://127.0.0.1:2376', 'setting', { verify: true });
  const classify = (code: string | undefined, message: string) => classifyEngineError(Object.assign(new Error(message), code ? { code } : {}), endpoint);

  it('classify as tls with a detail that says which side refused', () => {
    const untrusted = classify('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate');
    assert.equal(untrusted.problem, 'tls');
    assert.equal(untrusted.detail, "The engine's certificate is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE): unable to verify the first certificate");
    const refused = classify('ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', 'ssl3_read_bytes:sslv3 alert bad certificate\n');
    assert.equal(refused.problem, 'tls');
    assert.equal(refused.detail, 'The engine refused the client certificate (ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE): ssl3_read_bytes:sslv3 alert bad certificate');
    assert.equal(classify('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number').problem, 'tls');
    const plain = classifyEngineError(Object.assign(new Error('(HTTP code 400) bad parameter - Client sent an HTTP request to an HTTPS server.'), { statusCode: 400 }), endpoint);
    assert.equal(plain.problem, 'tls');
    assert.match(plain.detail, /^The engine expects TLS/);
  });

  it('an unreadable TLS file fails every call with tls, naming the file', async () => {
    const engine = new Engine(parseAddress('tcp://127.0.0.1:1', 'setting', { verify: true, caFile: '/nonexistent/berth/ca.pem' }));
    await assert.rejects(engine.version(), (e: unknown) => e instanceof EngineError && e.problem === 'tls' && e.detail.startsWith('Cannot read the CA certificate /nonexistent/berth/ca.pem'));
    const halfPair = new Engine(parseAddress('tcp://127.0.0.1:1', 'setting', { verify: false, certFile: '/x/cert.pem' }));
    await assert.rejects(halfPair.listContainers(), (e: unknown) => e instanceof EngineError && e.problem === 'tls' && e.detail === 'A client certificate needs its key: no key for /x/cert.pem');
  });

  it('an environment dockerode cannot read is a wrong host, not a missing engine', async () => {
    // dockerode reads DOCKER_HOST and DOCKER_CERT_PATH itself, even for an endpoint from elsewhere.
    const saved = { host: process.env.DOCKER_HOST, certs: process.env.DOCKER_CERT_PATH };
    process.env.DOCKER_HOST = 'tcp://127.0.0.1:1';
    process.env.DOCKER_CERT_PATH = '/nonexistent/berth-certs';
    try {
      const engine = new Engine(parseAddress('unix:///nonexistent/berth.sock'));
      await assert.rejects(engine.version(), (e: unknown) => e instanceof EngineError && e.problem === 'wrongHost' && e.detail.startsWith('DOCKER_HOST or DOCKER_CERT_PATH cannot be used: ENOENT'));
    } finally {
      for (const [name, value] of [['DOCKER_HOST', saved.host], ['DOCKER_CERT_PATH', saved.certs]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
