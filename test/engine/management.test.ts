import assert from 'node:assert/strict';
import Docker from 'dockerode';
import { Engine } from '../../client/src/engine/engine';
import { parseAddress, resolveEndpoint } from '../../client/src/engine/endpoint';
import { EngineError } from '../../client/src/engine/errors';
import { summarizeDiskUsage } from '../../client/src/engine/system';
import { BASE_IMAGE, docker, uniqueName } from './fixtures';
import { SecondEngine, startSecondEngine } from './secondEngine';

const RUN = Date.now().toString(36);
/** A label the objects the filtered prunes must remove carry, so that they touch nothing else. */
const RUN_LABEL = `berth.test.run=${RUN}`;
/** Every object this file makes carries this, and only those are cleaned up (others' tests share the engine). */
const OWNER = { 'berth.test': '1', 'berth.test.owner': RUN };
const OWNER_FILTER = [`berth.test.owner=${RUN}`];

async function startContainer(name: string, command = ['sleep', '300']) {
  return startOn(docker, name, command);
}

async function startOn(client: Docker, name: string, command = ['sleep', '300']) {
  const container = await client.createContainer({ name, Image: BASE_IMAGE, Cmd: command, Labels: OWNER });
  await container.start();
  return container;
}

async function removeOwnObjects(): Promise<void> {
  const containers = await docker.listContainers({ all: true, filters: { label: OWNER_FILTER } });
  await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true, v: true })));
  const { Volumes } = await docker.listVolumes({ filters: { label: OWNER_FILTER } });
  await Promise.all((Volumes ?? []).map((v) => docker.getVolume(v.Name).remove()));
  const networks = await docker.listNetworks({ filters: { label: OWNER_FILTER } });
  await Promise.all(networks.map((n) => docker.getNetwork(n.Id).remove()));
}

describe('Engine: container management, inspect and system calls on a real engine', function () {
  this.timeout(30_000);
  const engine = new Engine(resolveEndpoint(undefined));

  after(removeOwnObjects);

  it('pauses and unpauses a running container', async () => {
    const container = await startContainer(uniqueName('pause'));
    await engine.pauseContainer(container.id);
    assert.equal((await container.inspect()).State.Status, 'paused');
    await engine.unpauseContainer(container.id);
    assert.equal((await container.inspect()).State.Status, 'running');
  });

  it('stops a container that ignores SIGTERM: the call waits out the grace period instead of timing out', async () => {
    // `sleep` as PID 1 ignores SIGTERM, so the engine waits its 10 s before SIGKILL.
    const container = await startContainer(uniqueName('stop-slow'));
    await engine.containerAction(container.id, 'stop');
    assert.equal((await container.inspect()).State.Running, false);
  });

  it('kills a running container with SIGKILL and keeps it', async () => {
    const container = await startContainer(uniqueName('kill'));
    await engine.killContainer(container.id);
    const state = (await container.inspect()).State;
    assert.equal(state.Running, false);
    assert.equal(state.ExitCode, 137, 'SIGKILL gives exit code 128 + 9');
  });

  it('says why killing a stopped container fails', async () => {
    const container = await startContainer(uniqueName('killed'), ['true']);
    await container.wait();
    await assert.rejects(engine.killContainer(container.id), (error: EngineError) => error instanceof EngineError && /is not running/i.test(error.detail));
  });

  it('renames a container, and says when the name is taken', async () => {
    const first = await startContainer(uniqueName('rename-a'));
    const taken = uniqueName('rename-b');
    await startContainer(taken);
    const renamed = uniqueName('renamed');
    await engine.renameContainer(first.id, renamed);
    assert.equal((await first.inspect()).Name, `/${renamed}`);
    await assert.rejects(engine.renameContainer(first.id, taken), (error: EngineError) => error instanceof EngineError && /already in use/i.test(error.detail));
  });

  it('inspects each kind of object, returning the engine\'s JSON', async () => {
    const container = await startContainer(uniqueName('inspect'));
    const volume = uniqueName('inspect-volume');
    const network = uniqueName('inspect-network');
    await docker.createVolume({ Name: volume, Labels: OWNER });
    const created = await docker.createNetwork({ Name: network, Labels: OWNER });

    const c = (await engine.inspect('container', container.id)) as { Id: string; Config: { Image: string } };
    assert.equal(c.Id, container.id);
    assert.equal(c.Config.Image, BASE_IMAGE);
    const i = (await engine.inspect('image', BASE_IMAGE)) as { Id: string; RepoTags: string[] };
    assert.ok(i.RepoTags.includes(BASE_IMAGE));
    assert.equal(((await engine.inspect('volume', volume)) as { Name: string }).Name, volume);
    assert.equal(((await engine.inspect('network', created.id)) as { Name: string }).Name, network);
    await assert.rejects(engine.inspect('container', 'berth-test-no-such-container'), (error: EngineError) => /no such container/i.test(error.detail));
  });

  // On an engine of their own: the engine runs one prune at a time (others get 409), so on the
  // shared engine the parallel suites' prunes (or one stuck behind a locked container) would
  // make these fail for reasons of their own. Filtered all the same.
  describe('prunes, on a second engine of the test\'s own', function () {
    let second: SecondEngine | undefined;
    let d: Docker;
    let e: Engine;

    before(async function () {
      this.timeout(120_000);
      second = await startSecondEngine();
      d = new Docker({ socketPath: second.socketPath });
      e = new Engine(parseAddress(`unix://${second.socketPath}`));
      // The base image, the way the CLI moves one: docker save | docker load.
      const image = (await docker.getImage(BASE_IMAGE).get()) as NodeJS.ReadableStream;
      const loading = (await d.loadImage(image)) as NodeJS.ReadableStream;
      await new Promise((resolve, reject) => loading.on('end', resolve).on('error', reject).resume());
    });

    after(async function () {
      this.timeout(60_000);
      await second?.stop();
    });

    it('prunes only the stopped containers that match a label filter', async () => {
      const mine = await d.createContainer({ name: uniqueName('prune-mine'), Image: BASE_IMAGE, Cmd: ['true'], Labels: { ...OWNER, 'berth.test.run': RUN } });
      const running = await d.createContainer({ name: uniqueName('prune-running'), Image: BASE_IMAGE, Cmd: ['sleep', '300'], Labels: { ...OWNER, 'berth.test.run': RUN } });
      await running.start();
      const other = await d.createContainer({ name: uniqueName('prune-other'), Image: BASE_IMAGE, Cmd: ['true'], Labels: OWNER });

      const result = await e.pruneContainers({ label: [RUN_LABEL] });
      assert.deepEqual(result.removed, [mine.id]);
      assert.ok(result.spaceReclaimed >= 0);
      await assert.rejects(mine.inspect(), /no such container/i);
      assert.equal((await running.inspect()).State.Running, true, 'a running container stays');
      assert.ok(await other.inspect(), 'a container without the label stays');
    });

    it('prunes only the unused networks and volumes that match a label filter', async () => {
      const [label, value] = RUN_LABEL.split('=');
      const unusedName = uniqueName('prune-net');
      const unused = await d.createNetwork({ Name: unusedName, Labels: { ...OWNER, [label]: value } });
      const unlabelled = await d.createNetwork({ Name: uniqueName('prune-net-other'), Labels: OWNER });
      const networks = await e.pruneNetworks({ labels: [RUN_LABEL] });
      assert.deepEqual(networks.removed, [unusedName]);
      await assert.rejects(unused.inspect(), /not found|no such network/i);
      assert.ok(await unlabelled.inspect());

      const volume = uniqueName('prune-volume');
      await d.createVolume({ Name: volume, Labels: { ...OWNER, [label]: value } });
      const kept = uniqueName('prune-volume-other');
      await d.createVolume({ Name: kept, Labels: OWNER });
      const volumes = await e.pruneVolumes({ all: true, labels: [RUN_LABEL] });
      assert.deepEqual(volumes.removed, [volume]);
      assert.ok(await d.getVolume(kept).inspect());
    });

    it('prunes only the dangling images that match a label filter', async () => {
      const [label, value] = RUN_LABEL.split('=');
      // A committed image with the run's label, whose tag then moves to a second commit: the
      // first is dangling and ours alone; the second (tagged, same label) is not dangling.
      const source = await startOn(d, uniqueName('prune-image-src'), ['true']);
      await source.wait();
      const tagged = uniqueName('prune-image');
      const committed = (await source.commit({ repo: tagged, tag: 'latest', changes: [`LABEL ${label}=${value}`] })) as { Id: string };
      await source.commit({ repo: tagged, tag: 'latest', changes: [`LABEL ${label}=${value} berth.test.kind=tagged`] });
      assert.deepEqual((await d.getImage(committed.Id).inspect()).RepoTags, []);
      try {
        const result = await e.pruneImages({ labels: [RUN_LABEL] });
        assert.ok(result.removed.includes(committed.Id), `${committed.Id} is among ${result.removed.join(', ')}`);
        await assert.rejects(d.getImage(committed.Id).inspect(), /no such image/i);
        assert.ok(await d.getImage(`${tagged}:latest`).inspect(), 'a tagged image stays');
      } finally {
        await d.getImage(`${tagged}:latest`).remove().catch(() => undefined);
        await d.getImage(committed.Id).remove().catch(() => undefined);
      }
    });

    it('prunes the build cache through the engine (filtered to an old age, so nothing of anyone goes)', async () => {
      const result = await e.pruneBuildCache({ until: '876000h' });
      assert.deepEqual(result.removed, []);
      assert.equal(result.spaceReclaimed, 0);
    });
  });

  it('reads system information', async () => {
    const info = await engine.systemInfo();
    assert.match(info.serverVersion, /^\d+\.\d+/);
    assert.match(info.apiVersion, /^1\.\d+$/);
    assert.equal(info.osType, 'linux');
    assert.ok(info.cpus >= 1);
    assert.ok(info.memoryBytes > 0);
    assert.ok(info.storageDriver.length > 0);
    assert.ok(info.images >= 1);
    assert.equal(info.containers.total, info.containers.running + info.containers.paused + info.containers.stopped);
  });

  it('reads disk usage, with the base image and a stopped container of its own', async () => {
    const name = uniqueName('df');
    const stopped = await startContainer(name, ['sh', '-c', 'echo data > /tmp/file']);
    await stopped.wait();
    const df = await engine.diskUsage();
    const base = df.images.find((i) => i.tags.includes(BASE_IMAGE));
    assert.ok(base && base.size > 100_000);
    const mine = df.containers.find((c) => c.name === name);
    assert.equal(mine?.state, 'exited');
    assert.ok((mine?.sizeRw ?? 0) > 0, 'the written file counts');
    const summary = summarizeDiskUsage(df);
    assert.ok(summary.images.count >= 1 && summary.images.size >= base.size - Math.max(0, base.sharedSize));
    assert.ok(summary.containers.reclaimable >= (mine?.sizeRw ?? 0));
    assert.ok(summary.buildCache.reclaimable <= summary.buildCache.size);
  });
});
