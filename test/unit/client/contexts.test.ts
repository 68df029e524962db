import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contextFolder, currentContextName, dockerConfigDir, listContextNames, loadContext } from '../../../client/src/engine/contexts';
import { EndpointError, resolveEndpoint, settingContext } from '../../../client/src/engine/endpoint';

const dockerSocketOnly = (path: string) => path === '/var/run/docker.sock';

describe('docker CLI contexts', () => {
  let config: string;

  /** Writes a context the way `docker context create` stores it. */
  function addContext(name: string, host: string | undefined, options: { skipTlsVerify?: boolean; tls?: Array<'ca' | 'cert' | 'key'> } = {}): string {
    const folder = createHash('sha256').update(name).digest('hex');
    const meta = join(config, 'contexts', 'meta', folder);
    mkdirSync(meta, { recursive: true });
    const docker = host === undefined ? { SkipTLSVerify: options.skipTlsVerify ?? false } : { Host: host, SkipTLSVerify: options.skipTlsVerify ?? false };
    writeFileSync(join(meta, 'meta.json'), JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker } }));
    const tlsDir = join(config, 'contexts', 'tls', folder, 'docker');
    for (const part of options.tls ?? []) {
      mkdirSync(tlsDir, { recursive: true });
      writeFileSync(join(tlsDir, `${part}.pem`), `${part} of ${name}`);
    }
    return tlsDir;
  }

  function useContext(name: string): void {
    writeFileSync(join(config, 'config.json'), JSON.stringify({ auths: {}, currentContext: name }));
  }

  beforeEach(() => {
    config = mkdtempSync(join(tmpdir(), 'berth-docker-config-'));
  });

  afterEach(() => {
    rmSync(config, { recursive: true, force: true });
  });

  it('finds the config folder and names context folders by sha256', () => {
    assert.equal(dockerConfigDir({ DOCKER_CONFIG: '/c' }), '/c');
    assert.equal(dockerConfigDir({ HOME: '/home/u' }), '/home/u/.docker');
    assert.equal(contextFolder('remote'), createHash('sha256').update('remote').digest('hex'));
  });

  it('reads the current context from DOCKER_CONTEXT before config.json', () => {
    assert.equal(currentContextName({}, config), undefined);
    useContext('from-config');
    assert.equal(currentContextName({}, config), 'from-config');
    assert.equal(currentContextName({ DOCKER_CONTEXT: 'from-env' }, config), 'from-env');
    writeFileSync(join(config, 'config.json'), '{ not json');
    assert.equal(currentContextName({}, config), undefined);
  });

  it('loads a context with the TLS files the store holds, and lists the stored names', () => {
    const tlsDir = addContext('remote', 'tcp://10.0.0.9:2376', { tls: ['ca', 'cert', 'key'] });
    addContext('insecure', 'tcp://10.0.0.8:2376', { skipTlsVerify: true });
    assert.deepEqual(loadContext(config, 'remote'), {
      name: 'remote',
      host: 'tcp://10.0.0.9:2376',
      skipTlsVerify: false,
      tlsFiles: { ca: join(tlsDir, 'ca.pem'), cert: join(tlsDir, 'cert.pem'), key: join(tlsDir, 'key.pem') },
    });
    assert.deepEqual(loadContext(config, 'insecure'), { name: 'insecure', host: 'tcp://10.0.0.8:2376', skipTlsVerify: true, tlsFiles: {} });
    assert.equal(loadContext(config, 'missing'), undefined);
    assert.deepEqual(listContextNames(config), ['insecure', 'remote']);
    assert.deepEqual(listContextNames(join(config, 'nowhere')), []);
  });

  it('uses the current context of config.json with its TLS material', () => {
    const tlsDir = addContext('remote', 'tcp://10.0.0.9:2376', { tls: ['ca', 'cert', 'key'] });
    useContext('remote');
    assert.deepEqual(resolveEndpoint(undefined, { DOCKER_CONFIG: config }, 'linux', dockerSocketOnly), {
      kind: 'tcp',
      host: '10.0.0.9',
      port: 2376,
      tls: { verify: true, caFile: join(tlsDir, 'ca.pem'), certFile: join(tlsDir, 'cert.pem'), keyFile: join(tlsDir, 'key.pem') },
      address: 'tcp://10.0.0.9:2376',
      source: 'context:remote',
    });
  });

  it('follows the CLI precedence: setting, DOCKER_HOST, DOCKER_CONTEXT, config.json, default', () => {
    addContext('from-env', 'unix:///run/env.sock');
    addContext('from-config', 'unix:///run/config.sock');
    useContext('from-config');
    const env = { DOCKER_CONFIG: config, DOCKER_HOST: 'unix:///run/host.sock', DOCKER_CONTEXT: 'from-env' };
    const source = (setting: string | undefined, e: Record<string, string>) => {
      const endpoint = resolveEndpoint(setting, e, 'linux', dockerSocketOnly);
      return `${endpoint.source} ${endpoint.address}`;
    };
    assert.equal(source('unix:///run/setting.sock', env), 'setting unix:///run/setting.sock');
    assert.equal(source(undefined, env), 'DOCKER_HOST unix:///run/host.sock');
    assert.equal(source(undefined, { DOCKER_CONFIG: config, DOCKER_CONTEXT: 'from-env' }), 'context:from-env unix:///run/env.sock');
    assert.equal(source(undefined, { DOCKER_CONFIG: config }), 'context:from-config unix:///run/config.sock');
    rmSync(join(config, 'config.json'));
    assert.equal(source(undefined, { DOCKER_CONFIG: config }), 'default unix:///var/run/docker.sock');
  });

  it('follows a context named by the setting as context:NAME, with its TLS material', () => {
    const tlsDir = addContext('remote', 'tcp://10.0.0.9:2376', { tls: ['ca'] });
    const env = { DOCKER_CONFIG: config, DOCKER_HOST: 'unix:///run/host.sock' };
    assert.deepEqual(resolveEndpoint('context:remote', env, 'linux', dockerSocketOnly), {
      kind: 'tcp', host: '10.0.0.9', port: 2376, tls: { verify: true, caFile: join(tlsDir, 'ca.pem') }, address: 'tcp://10.0.0.9:2376', source: 'context:remote',
    });
    assert.equal(resolveEndpoint('context:default', env, 'linux', dockerSocketOnly).address, 'unix:///var/run/docker.sock');
    assert.equal(settingContext(' context:remote '), 'remote');
    assert.equal(settingContext('tcp://10.0.0.9:2376'), undefined);
    assert.throws(
      () => resolveEndpoint('context:gone', env, 'linux', dockerSocketOnly),
      (e: unknown) => e instanceof EndpointError && e.message === 'No Docker context named "gone" (named by the berth.docker.host setting): context:gone',
    );
  });

  it('treats the default context as the default socket', () => {
    useContext('from-config');
    assert.equal(resolveEndpoint(undefined, { DOCKER_CONFIG: config, DOCKER_CONTEXT: 'default' }, 'linux', dockerSocketOnly).source, 'default');
    useContext('default');
    assert.equal(resolveEndpoint(undefined, { DOCKER_CONFIG: config }, 'linux', dockerSocketOnly).address, 'unix:///var/run/docker.sock');
  });

  it('uses TLS for a context only when it has TLS material or skips verification', () => {
    addContext('plain', 'tcp://10.0.0.7:2375');
    addContext('insecure', 'tcp://10.0.0.8', { skipTlsVerify: true });
    const caOnlyDir = addContext('ca-only', 'tcp://10.0.0.6:2376', { tls: ['ca'] });
    addContext('no-host', undefined);
    const resolve = (name: string) => resolveEndpoint(undefined, { DOCKER_CONFIG: config, DOCKER_CONTEXT: name }, 'linux', dockerSocketOnly);
    assert.deepEqual(resolve('plain'), { kind: 'tcp', host: '10.0.0.7', port: 2375, address: 'tcp://10.0.0.7:2375', source: 'context:plain' });
    assert.deepEqual(resolve('insecure'), { kind: 'tcp', host: '10.0.0.8', port: 2376, tls: { verify: false }, address: 'tcp://10.0.0.8', source: 'context:insecure' });
    assert.deepEqual(resolve('ca-only'), { kind: 'tcp', host: '10.0.0.6', port: 2376, tls: { verify: true, caFile: join(caOnlyDir, 'ca.pem') }, address: 'tcp://10.0.0.6:2376', source: 'context:ca-only' });
    assert.deepEqual(resolve('no-host'), { kind: 'unix', socketPath: '/var/run/docker.sock', address: 'unix:///var/run/docker.sock', source: 'context:no-host' });
  });

  it('ignores DOCKER_TLS_VERIFY for a context: its TLS comes from the store', () => {
    addContext('plain', 'tcp://10.0.0.7:2375');
    const endpoint = resolveEndpoint(undefined, { DOCKER_CONFIG: config, DOCKER_CONTEXT: 'plain', DOCKER_TLS_VERIFY: '1' }, 'linux', dockerSocketOnly);
    assert.equal(endpoint.kind === 'tcp' && endpoint.tls, undefined);
  });

  it('says which unknown context was named, and by what', () => {
    assert.throws(
      () => resolveEndpoint(undefined, { DOCKER_CONFIG: config, DOCKER_CONTEXT: 'nope' }, 'linux', dockerSocketOnly),
      (e: unknown) => e instanceof EndpointError && e.address === 'context:nope' && e.message === 'No Docker context named "nope" (named by DOCKER_CONTEXT): context:nope',
    );
    useContext('gone');
    assert.throws(
      () => resolveEndpoint(undefined, { DOCKER_CONFIG: config }, 'linux', dockerSocketOnly),
      (e: unknown) => e instanceof EndpointError && e.message === `No Docker context named "gone" (named by ${join(config, 'config.json')}): context:gone`,
    );
  });
});
