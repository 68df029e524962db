import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Engine } from '../../client/src/engine/engine';
import { resolveEndpoint } from '../../client/src/engine/endpoint';
import { EngineModel, ModelTopic } from '../../client/src/engine/model';
import { EventWatcher } from '../../client/src/engine/watcher';
import { BASE_IMAGE, removeTestObjects, uniqueName } from './fixtures';

const run = promisify(execFile);

/** Changes are made with the docker CLI, as a user would, never through the code under test. */
async function dockerCli(...args: string[]): Promise<string> {
  return (await run('docker', args)).stdout.trim();
}

/** The Engine, with every call the watcher and the model make logged (method and first argument). */
function countingEngine(calls: string[]): Engine {
  const engine = new Engine(resolveEndpoint(undefined));
  return new Proxy(engine, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(typeof args[0] === 'string' ? `${String(property)} ${args[0]}` : String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Resolves once `predicate` holds, re-checking on each change of `topic`; the mocha timeout bounds it. */
function until(model: EngineModel, topic: ModelTopic, predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (predicate()) return resolve();
    const subscription = model.onDidChange(topic, () => {
      if (!predicate()) return;
      subscription.dispose();
      resolve();
    });
  });
}

describe('Engine look-ups of one object', function () {
  this.timeout(30_000);
  const engine = new Engine(resolveEndpoint(undefined));

  it('answer undefined for an object the engine does not have', async () => {
    assert.equal(await engine.findContainer('f'.repeat(64)), undefined);
    assert.equal(await engine.findVolume(uniqueName('missing')), undefined);
    assert.equal(await engine.findNetwork(uniqueName('missing')), undefined);
  });

  it('give the same record as the list', async () => {
    const id = await dockerCli('create', '--name', uniqueName('lookup'), '--network', 'none', BASE_IMAGE, 'true');
    try {
      const listed = (await engine.listContainers()).find((c) => c.id === id);
      assert.ok(listed);
      assert.deepEqual(await engine.findContainer(id), listed);
      const none = (await engine.listNetworks()).find((n) => n.name === 'none');
      assert.ok(none);
      assert.deepEqual(await engine.findNetwork(none.id), none);
    } finally {
      await removeTestObjects();
    }
  });
});

describe('EngineModel against a real Docker engine', function () {
  this.timeout(30_000);
  let calls: string[];
  let watcher: EventWatcher;
  let model: EngineModel;

  before(removeTestObjects);

  beforeEach(async () => {
    calls = [];
    const engine = countingEngine(calls);
    watcher = new EventWatcher(engine);
    model = new EngineModel(engine, watcher);
    watcher.start();
    model.start();
    await until(model, 'status', () => model.status.state === 'ok');
    await model.settled();
  });

  afterEach(async () => {
    model.dispose();
    watcher.dispose();
    await removeTestObjects();
  });

  it('lists everything once, then makes no call at all over a quiet 2 seconds', async () => {
    assert.deepEqual([...calls].sort(), ['listContainers', 'listImages', 'listNetworks', 'listVolumes', 'version', 'watchEvents']);
    assert.ok(model.images().some((image) => image.tags.includes(BASE_IMAGE)));
    assert.ok(model.networks().some((network) => network.name === 'none'));
    calls.length = 0;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    assert.deepEqual(calls, []);
  });

  it('sees a container created, started, stopped, renamed and removed with the CLI', async () => {
    const name = uniqueName('model');
    const renamed = uniqueName('model-renamed');
    const find = () => model.containers().find((c) => c.id === id);
    // No network: the test must not depend on the default bridge.
    const id = await dockerCli('create', '--name', name, '--network', 'none', '--label', 'berth.test=1', BASE_IMAGE, 'sleep', '300');
    await until(model, 'container', () => find()?.state === 'created');
    assert.equal(find()?.name, name);
    assert.equal(find()?.command, 'sleep 300');
    assert.equal(find()?.labels['berth.test'], '1');

    await dockerCli('start', name);
    await until(model, 'container', () => find()?.state === 'running');
    assert.match(find()?.status ?? '', /^Up /);

    await dockerCli('stop', '--time', '0', name);
    await until(model, 'container', () => find()?.state === 'exited');
    assert.match(find()?.status ?? '', /^Exited \(137\)/);
    await model.settled();

    // A rename is one event: it costs one read of that container and nothing else.
    calls.length = 0;
    await dockerCli('rename', name, renamed);
    await until(model, 'container', () => find()?.name === renamed);
    await model.settled();
    assert.deepEqual(calls, [`findContainer ${id}`]);

    await dockerCli('rm', renamed);
    await until(model, 'container', () => find() === undefined);
  });

  it('sees a volume created, used by a container, and removed with the CLI', async () => {
    const volume = uniqueName('model-volume');
    const findVolume = () => model.volumes().find((v) => v.name === volume);
    await dockerCli('volume', 'create', '--label', 'berth.test=1', volume);
    await until(model, 'volume', () => findVolume() !== undefined);
    assert.equal(findVolume()?.driver, 'local');
    assert.deepEqual(findVolume()?.labels, { 'berth.test': '1' });
    assert.deepEqual(findVolume()?.containers, []);

    const id = await dockerCli('create', '--name', uniqueName('model-user'), '--network', 'none', '-v', `${volume}:/data`, BASE_IMAGE, 'true');
    await until(model, 'volume', () => findVolume()?.containers?.includes(id) === true);
    await dockerCli('rm', id);
    await until(model, 'volume', () => findVolume()?.containers?.length === 0);

    await dockerCli('volume', 'rm', volume);
    await until(model, 'volume', () => findVolume() === undefined);
  });

  it('sees a network created, a container attached and detached, and the network removed with the CLI', async () => {
    const network = uniqueName('model-network');
    const findNetwork = () => model.networks().find((n) => n.name === network);
    await dockerCli('network', 'create', '--subnet', '10.213.0.0/24', network);
    await until(model, 'network', () => findNetwork() !== undefined);
    assert.equal(findNetwork()?.driver, 'bridge');
    assert.deepEqual(findNetwork()?.subnets, ['10.213.0.0/24']);

    const id = await dockerCli('run', '--detach', '--name', uniqueName('model-attached'), '--network', network, BASE_IMAGE, 'sleep', '300');
    await until(model, 'container', () => model.containers().find((c) => c.id === id)?.networks?.[0]?.ipAddress.startsWith('10.213.0.') === true);
    assert.deepEqual(findNetwork()?.containers, [id]);

    await dockerCli('network', 'disconnect', network, id);
    await until(model, 'network', () => findNetwork()?.containers?.length === 0);
    assert.deepEqual(
      model.containers().find((c) => c.id === id)?.networks,
      [],
    );

    await dockerCli('rm', '--force', id);
    await dockerCli('network', 'rm', network);
    await until(model, 'network', () => findNetwork() === undefined);
  });
});
