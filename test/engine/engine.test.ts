import assert from 'node:assert/strict';
import { Engine } from '../../client/src/engine/engine';
import { parseAddress, resolveEndpoint } from '../../client/src/engine/endpoint';
import { EngineError } from '../../client/src/engine/errors';
import { EngineEvent } from '../../client/src/engine/records';
import { BASE_IMAGE, docker, removeTestObjects, startContainer, uniqueName } from './fixtures';

describe('Engine against a real Docker engine', function () {
  this.timeout(30_000);
  const engine = new Engine(resolveEndpoint(undefined));

  before(removeTestObjects);
  after(removeTestObjects);

  it('reads the engine version', async () => {
    const version = await engine.version();
    assert.match(version.apiVersion, /^1\.\d+$/);
    assert.equal(version.os, 'linux');
  });

  it('lists a running and an exited container with name, image and state', async () => {
    const running = uniqueName('running');
    const exited = uniqueName('exited');
    await startContainer(running);
    const done = await startContainer(exited, ['true']);
    await done.wait();

    const containers = await engine.listContainers();
    const byName = new Map(containers.map((c) => [c.name, c]));
    assert.equal(byName.get(running)?.image, BASE_IMAGE);
    assert.equal(byName.get(running)?.state, 'running');
    assert.match(byName.get(running)?.status ?? '', /^Up /);
    assert.equal(byName.get(exited)?.state, 'exited');
    assert.match(byName.get(exited)?.status ?? '', /^Exited \(0\)/);
    assert.equal(byName.get(running)?.labels['berth.test'], '1');
  });

  it('lists images with their tags and size', async () => {
    const image = (await engine.listImages()).find((i) => i.tags.includes(BASE_IMAGE));
    assert.ok(image, `${BASE_IMAGE} should be listed`);
    assert.ok(image.size > 100_000);
    assert.match(image.id, /^sha256:/);
  });

  it('lists volumes and networks it did not create', async () => {
    const volume = uniqueName('volume');
    const network = uniqueName('network');
    await docker.createVolume({ Name: volume });
    await docker.createNetwork({ Name: network, Driver: 'bridge' });

    const volumes = await engine.listVolumes();
    assert.equal(volumes.find((v) => v.name === volume)?.driver, 'local');
    const networks = await engine.listNetworks();
    assert.equal(networks.find((n) => n.name === network)?.driver, 'bridge');
    assert.ok(networks.some((n) => n.name === 'bridge'));
  });

  it('streams the events of a container it did not start', async () => {
    const abort = new AbortController();
    const events: EngineEvent[] = [];
    const watching = engine.watchEvents((event) => events.push(event), abort.signal);
    let container: Awaited<ReturnType<typeof startContainer>>;
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      container = await startContainer(uniqueName('events'));
      const deadline = Date.now() + 10_000;
      while (!events.some((e) => e.kind === 'container' && e.action === 'start' && e.id === container.id) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      // Even when the container cannot start, the stream must close or mocha never exits.
      abort.abort();
      await watching;
    }
    assert.ok(events.some((e) => e.kind === 'container' && e.action === 'create' && e.id === container.id), 'create event');
    assert.ok(events.some((e) => e.kind === 'container' && e.action === 'start' && e.id === container.id), 'start event');
  });

  it('says the engine is not running when nothing listens on the socket', async () => {
    const missing = new Engine(parseAddress('unix:///tmp/berth-test-no-such.sock'));
    await assert.rejects(missing.listContainers(), (e: unknown) => e instanceof EngineError && e.problem === 'notRunning' && e.address === 'unix:///tmp/berth-test-no-such.sock');
  });

  it('says the engine is not running when nothing listens on a TCP port', async () => {
    const closed = new Engine(parseAddress('tcp://127.0.0.1:1'));
    await assert.rejects(closed.version(), (e: unknown) => e instanceof EngineError && e.problem === 'notRunning');
  });

  it('says the host is wrong when its name does not resolve', async () => {
    const nowhere = new Engine(parseAddress('tcp://berth-no-such-host.invalid:2375'));
    await assert.rejects(nowhere.version(), (e: unknown) => e instanceof EngineError && e.problem === 'wrongHost');
  });
});
