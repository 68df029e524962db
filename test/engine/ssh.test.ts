import assert from 'node:assert/strict';
import { AddressInfo, createServer } from 'node:net';
import { parseAddress } from '../../client/src/engine/endpoint';
import { Engine } from '../../client/src/engine/engine';
import { EngineError } from '../../client/src/engine/errors';
import { EngineModel } from '../../client/src/engine/model';
import { EventWatcher } from '../../client/src/engine/watcher';
import { BASE_IMAGE, docker, uniqueName } from './fixtures';
import { SshServer, startSshServer } from './sshServer';

/**
 * An ssh:// engine for real: an sshd of the test's own on 127.0.0.1, the system's ssh client
 * with a config file made here, and `docker system dial-stdio` on the "remote" side, which is
 * this machine's own engine. Only objects this test creates (labelled) are touched.
 */
describe('Engine over ssh:// (system ssh + docker system dial-stdio)', function () {
  this.timeout(60_000);
  let server: SshServer | undefined;
  const created: string[] = [];

  function engineWith(config: string, port = server!.port): Engine {
    const endpoint = parseAddress(`ssh://${server!.user}@127.0.0.1:${port}`);
    assert.equal(endpoint.kind, 'ssh');
    return new Engine({ ...endpoint, extraArgs: ['-F', config] });
  }

  function failsWith(problem: string, detail: RegExp) {
    return (e: unknown) => {
      assert.ok(e instanceof EngineError, String(e));
      assert.equal(e.problem, problem, e.detail);
      assert.match(e.detail, detail);
      return true;
    };
  }

  before(async () => {
    server = await startSshServer();
  });

  after(async () => {
    await Promise.all(created.map((id) => docker.getContainer(id).remove({ force: true }).catch(() => undefined)));
    await server?.stop();
  });

  it('asks the version and lists containers, images, volumes and networks', async () => {
    const listed = (await docker.createContainer({ name: uniqueName('ssh-list'), Image: BASE_IMAGE, Cmd: ['true'], Labels: { 'berth.test': '1' }, HostConfig: { NetworkMode: 'none' } })).id;
    created.push(listed);
    const engine = engineWith(server!.goodConfig);
    const version = await engine.version();
    const local = await docker.version();
    assert.equal(version.version, local.Version);
    assert.ok(engine.apiVersion);
    const [containers, images, volumes, networks] = await Promise.all([engine.listContainers(), engine.listImages(), engine.listVolumes(), engine.listNetworks()]);
    assert.ok(containers.some((c) => c.id === listed), 'the container made for this test is listed');
    assert.ok(images.some((i) => i.tags.includes(BASE_IMAGE)), 'the base image is listed');
    assert.ok(Array.isArray(volumes));
    assert.ok(networks.some((n) => n.name === 'bridge'));
  });

  it('follows the event stream: a container created elsewhere appears in the model, and goes', async () => {
    const engine = engineWith(server!.goodConfig);
    const watcher = new EventWatcher(engine);
    const model = new EngineModel(engine, watcher);
    try {
      watcher.start();
      model.start();
      await until(model, () => model.status.state === 'ok');
      const name = uniqueName('ssh');
      const container = await docker.createContainer({ name, Image: BASE_IMAGE, Cmd: ['true'], Labels: { 'berth.test': '1' }, HostConfig: { NetworkMode: 'none' } });
      created.push(container.id);
      await until(model, () => model.containers().some((c) => c.id === container.id && c.name === name));
      await container.remove();
      await until(model, () => !model.containers().some((c) => c.id === container.id));
      assert.equal(model.status.state, 'ok');
    } finally {
      model.dispose();
      watcher.dispose();
    }
  });

  it('says ssh, with ssh\'s words, when the server refuses the key', async () => {
    await assert.rejects(engineWith(server!.refusedKeyConfig).version(), failsWith('ssh', /refused the login.*Permission denied \(publickey\)/));
  });

  it('says ssh when the host key is not the known one', async () => {
    await assert.rejects(engineWith(server!.unknownHostConfig).version(), failsWith('ssh', /key is not known or has changed.*Host key verification failed/));
  });

  it('says notRunning when docker is not on the remote host', async () => {
    await assert.rejects(engineWith(server!.noDockerConfig).version(), failsWith('notRunning', /docker .*was not found on the remote host.*docker.*not found/));
  });

  it('says wrongHost when nothing listens on the port', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const port = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(port));
      });
    });
    await assert.rejects(engineWith(server!.goodConfig, closed).version(), failsWith('wrongHost', /could not connect.*Connection refused/));
  });
});

/** Resolves once `predicate` holds, re-checking on every model change; the mocha timeout bounds it. */
function until(model: EngineModel, predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!predicate()) return;
      subscriptions.forEach((s) => s.dispose());
      resolve();
    };
    const subscriptions = (['status', 'container'] as const).map((topic) => model.onDidChange(topic, check));
    check();
  });
}
