import Docker from 'dockerode';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contextFolder } from '../../client/src/engine/contexts';
import { parseAddress, resolveEndpoint, TlsSettings } from '../../client/src/engine/endpoint';
import { Engine } from '../../client/src/engine/engine';
import { EngineError } from '../../client/src/engine/errors';
import { BASE_IMAGE, docker, uniqueName } from './fixtures';
import { SecondEngine, startSecondEngine } from './secondEngine';

/**
 * A second dockerd that listens on 127.0.0.1 with --tlsverify, with certificates made here.
 * Everything on it (image, container) disappears with its temp folder in `after`.
 */
describe('Engine over TLS against a second real Docker engine', function () {
  this.timeout(60_000);
  let second: SecondEngine | undefined;
  let configDir: string | undefined;
  const containerName = uniqueName('tls');

  function engineWith(tls: TlsSettings | undefined): Engine {
    return new Engine(parseAddress(second!.address, 'setting', tls));
  }

  before(async () => {
    second = await startSecondEngine();
    // Something to list: the base image from the first engine, and a container made from it.
    const direct = new Docker({ socketPath: second.socketPath });
    const tar = await docker.getImage(BASE_IMAGE).get();
    const loading = await direct.loadImage(tar);
    await new Promise<void>((resolve, reject) => {
      loading.on('end', resolve);
      loading.on('error', reject);
      loading.resume();
    });
    await direct.createContainer({ name: containerName, Image: BASE_IMAGE, Cmd: ['true'], HostConfig: { NetworkMode: 'none' } });
  });

  after(async () => {
    if (configDir) rmSync(configDir, { recursive: true, force: true });
    await second?.stop();
  });

  it('lists containers with the CA and a client certificate the engine trusts', async () => {
    const { certs } = second!;
    const engine = engineWith({ verify: true, caFile: certs.ca, certFile: certs.clientCert, keyFile: certs.clientKey });
    const names = (await engine.listContainers()).map((c) => c.name);
    assert.ok(names.includes(containerName), `${containerName} in ${names.join(', ')}`);
    assert.equal(engine.apiVersion, '1.41');
  });

  it('takes the TLS material from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH', async () => {
    const { certs, dir } = second!;
    const certPath = join(dir, 'cert-path');
    mkdirSync(certPath);
    copyFileSync(certs.ca, join(certPath, 'ca.pem'));
    copyFileSync(certs.clientCert, join(certPath, 'cert.pem'));
    copyFileSync(certs.clientKey, join(certPath, 'key.pem'));
    const endpoint = resolveEndpoint(undefined, { DOCKER_HOST: second!.address, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certPath, DOCKER_CONFIG: join(dir, 'no-config') });
    assert.equal(endpoint.source, 'DOCKER_HOST');
    assert.ok((await new Engine(endpoint).listContainers()).some((c) => c.name === containerName));
  });

  it('is refused with problem tls when the client certificate comes from another CA', async () => {
    const { certs } = second!;
    const engine = engineWith({ verify: true, caFile: certs.ca, certFile: certs.wrongClientCert, keyFile: certs.wrongClientKey });
    await assert.rejects(engine.listContainers(), (e: unknown) => e instanceof EngineError && e.problem === 'tls' && e.address === second!.address && /^The engine refused the client certificate \(ERR_SSL_/.test(e.detail));
  });

  it('refuses with problem tls an engine whose certificate the client does not trust', async () => {
    const { certs } = second!;
    const engine = engineWith({ verify: true, caFile: certs.wrongCa, certFile: certs.clientCert, keyFile: certs.clientKey });
    await assert.rejects(engine.listContainers(), (e: unknown) => e instanceof EngineError && e.problem === 'tls' && /^The engine's certificate is not trusted/.test(e.detail));
  });

  it('says tls when plain HTTP is sent to the TLS port', async () => {
    await assert.rejects(engineWith(undefined).listContainers(), (e: unknown) => e instanceof EngineError && e.problem === 'tls' && /^The engine expects TLS/.test(e.detail));
  });

  it('reaches the engine through a docker context with its TLS material', async () => {
    const { certs } = second!;
    configDir = mkdtempSync(join(tmpdir(), 'berth-docker-config-'));
    const add = (name: string, skipTlsVerify: boolean, files: Array<[string, string]>) => {
      const folder = contextFolder(name);
      mkdirSync(join(configDir!, 'contexts', 'meta', folder), { recursive: true });
      writeFileSync(join(configDir!, 'contexts', 'meta', folder, 'meta.json'), JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: second!.address, SkipTLSVerify: skipTlsVerify } } }));
      const tlsDir = join(configDir!, 'contexts', 'tls', folder, 'docker');
      mkdirSync(tlsDir, { recursive: true });
      for (const [from, to] of files) copyFileSync(from, join(tlsDir, to));
    };
    add('berth-test-remote', false, [[certs.ca, 'ca.pem'], [certs.clientCert, 'cert.pem'], [certs.clientKey, 'key.pem']]);
    // Without a CA but skipping verification, as `docker context create --docker skip-tls-verify=true,...`.
    add('berth-test-skip', true, [[certs.clientCert, 'cert.pem'], [certs.clientKey, 'key.pem']]);
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ currentContext: 'berth-test-remote' }));

    const current = resolveEndpoint(undefined, { DOCKER_CONFIG: configDir });
    assert.equal(current.source, 'context:berth-test-remote');
    assert.equal(current.address, second!.address);
    assert.ok((await new Engine(current).listContainers()).some((c) => c.name === containerName));

    const skipping = resolveEndpoint(undefined, { DOCKER_CONFIG: configDir, DOCKER_CONTEXT: 'berth-test-skip' });
    assert.equal(skipping.source, 'context:berth-test-skip');
    assert.ok((await new Engine(skipping).listContainers()).some((c) => c.name === containerName));
  });
});
