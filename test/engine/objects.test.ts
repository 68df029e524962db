import assert from 'node:assert/strict';
import type Docker from 'dockerode';
import { Engine } from '../../client/src/engine/engine';
import { resolveEndpoint } from '../../client/src/engine/endpoint';
import { EngineError } from '../../client/src/engine/errors';
import { EngineModel } from '../../client/src/engine/model';
import { EventWatcher } from '../../client/src/engine/watcher';
import { BASE_IMAGE, docker, uniqueName } from './fixtures';

const LABEL = 'berth.test=1';

/** Images the tests made, by id or name; removed in `after` (never BASE_IMAGE itself). */
const madeImages: string[] = [];
/** Only what these tests made is removed: other tests share the engine. */
const madeContainers: string[] = [];
const madeVolumes: string[] = [];
const madeNetworks: string[] = [];

async function startContainer(name: string): Promise<Docker.Container> {
  const container = await docker.createContainer({ name, Image: BASE_IMAGE, Cmd: ['sleep', '300'], Labels: { 'berth.test': '1' } });
  madeContainers.push(container.id);
  await container.start();
  return container;
}

async function removeMadeObjects(): Promise<void> {
  for (const id of madeContainers.splice(0)) await docker.getContainer(id).remove({ force: true, v: true }).catch(() => undefined);
  for (const name of madeVolumes.splice(0)) await docker.getVolume(name).remove().catch(() => undefined);
  for (const id of madeNetworks.splice(0)) await docker.getNetwork(id).remove().catch(() => undefined);
  for (const image of madeImages.splice(0).reverse()) await docker.getImage(image).remove({ force: true }).catch(() => undefined);
}

async function tagBase(repo: string, tag = 'v1'): Promise<string> {
  await docker.getImage(BASE_IMAGE).tag({ repo, tag });
  madeImages.push(`${repo}:${tag}`);
  return `${repo}:${tag}`;
}

/** A new image made by committing a container that wrote a file; untagged unless `repo` is given. */
async function commitImage(label: string, repo?: string): Promise<string> {
  const container = await docker.createContainer({ name: uniqueName('commit'), Image: BASE_IMAGE, Cmd: ['sh', '-c', `echo ${label} > /made-by-test`], Labels: { 'berth.test': '1' } });
  await container.start();
  await container.wait();
  const committed = (await container.commit({ ...(repo ? { repo, tag: 'v1' } : {}), comment: label, changes: ['LABEL berth.test=1'] })) as { Id: string };
  await container.remove({ force: true });
  madeImages.push(committed.Id);
  return committed.Id;
}

describe('Engine: images, volumes and networks on a real engine', function () {
  this.timeout(30_000);
  const engine = new Engine(resolveEndpoint(undefined));

  after(removeMadeObjects);

  describe('images', () => {
    it('tags an image and removing one of two names only untags it', async () => {
      const repo = uniqueName('image');
      const base = (await docker.getImage(BASE_IMAGE).inspect()).Id;
      await engine.tagImage(base, repo, 'one');
      madeImages.push(`${repo}:one`);
      assert.ok((await docker.getImage(BASE_IMAGE).inspect()).RepoTags?.includes(`${repo}:one`));

      const removal = await engine.removeImage(`${repo}:one`);
      assert.deepEqual(removal, { untagged: [`${repo}:one`], deleted: [] });
      assert.ok((await docker.getImage(BASE_IMAGE).inspect()).Id, 'the image itself stays');
    });

    it('refuses to remove an image a container uses unless forced, and says why', async () => {
      const id = await commitImage('in-use', uniqueName('inuse'));
      const container = await docker.createContainer({ name: uniqueName('user'), Image: id, Cmd: ['true'], Labels: { 'berth.test': '1' } });
      madeContainers.push(container.id);
      const error = await engine.removeImage(id).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error instanceof EngineError);
      assert.match(error.detail, /conflict|being used|container/i);
      const removal = await engine.removeImage(id, { force: true });
      assert.ok(removal.deleted.includes(id) || removal.untagged.length > 0);
      await container.remove({ force: true });
    });

    it('reads the history of a committed image: newest layer first, with its command and size', async () => {
      const id = await commitImage('history');
      const history = await engine.imageHistory(id);
      assert.ok(history.length >= 2);
      assert.equal(history[0].id, id);
      assert.match(history[0].createdBy, /made-by-test/);
      assert.equal(history[0].comment, 'history');
      assert.ok(history[0].size > 0, 'the commit wrote a file');
      assert.ok(history.every((h) => h.created instanceof Date));
    });

    it('prunes dangling images with a label filter and reports the space', async () => {
      const dangling = await commitImage('dangling');
      const tagged = await tagBase(uniqueName('kept'));
      const result = await engine.pruneImages({ labels: [LABEL] });
      assert.ok(result.removed.includes(dangling), `${dangling} pruned`);
      assert.ok(result.spaceReclaimed >= 0);
      await assert.rejects(docker.getImage(dangling).inspect(), /no such image/i);
      assert.ok(await docker.getImage(tagged).inspect());
    });
  });

  describe('volumes', () => {
    it('creates a volume with driver and labels, then removes it', async () => {
      const name = uniqueName('volume');
      madeVolumes.push(name);
      const volume = await engine.createVolume({ name, labels: { 'berth.test': '1', purpose: 'engine test' } });
      assert.equal(volume.name, name);
      assert.equal(volume.driver, 'local');
      assert.equal(volume.labels?.purpose, 'engine test');
      await engine.removeVolume(name);
      await assert.rejects(docker.getVolume(name).inspect(), /no such volume/i);
    });

    it('refuses to remove a volume a container uses, with the engine saying so', async () => {
      const name = uniqueName('used');
      await engine.createVolume({ name, labels: { 'berth.test': '1' } });
      madeVolumes.push(name);
      const mounter = await docker.createContainer({ name: uniqueName('mounter'), Image: BASE_IMAGE, Cmd: ['true'], Labels: { 'berth.test': '1' }, HostConfig: { Binds: [`${name}:/data`] } });
      madeContainers.push(mounter.id);
      await assert.rejects(engine.removeVolume(name), (e: unknown) => e instanceof EngineError && /in use/i.test(e.detail));
    });

    it('prunes unused labelled volumes, named ones included when asked for all', async () => {
      const unused = uniqueName('unused');
      const used = uniqueName('kept');
      await engine.createVolume({ name: unused, labels: { 'berth.test': '1' } });
      await engine.createVolume({ name: used, labels: { 'berth.test': '1' } });
      madeVolumes.push(unused, used);
      const holder = await docker.createContainer({ name: uniqueName('holder'), Image: BASE_IMAGE, Cmd: ['true'], Labels: { 'berth.test': '1' }, HostConfig: { Binds: [`${used}:/data`] } });
      madeContainers.push(holder.id);
      const scope = await engine.volumePruneDefault();
      assert.equal(scope, engine.apiVersion && Number(engine.apiVersion.split('.')[1]) >= 42 ? 'anonymous' : 'all');
      const result = await engine.pruneVolumes({ all: true, labels: [LABEL] });
      assert.ok(result.removed.includes(unused));
      assert.ok(!result.removed.includes(used));
      assert.ok(await docker.getVolume(used).inspect());
    });
  });

  describe('networks', () => {
    it('creates a network with subnet, gateway and internal, connects and disconnects a container, removes it', async () => {
      const name = uniqueName('net');
      const id = await engine.createNetwork({ name, driver: 'bridge', subnet: '10.213.7.0/24', gateway: '10.213.7.1', internal: true, labels: { 'berth.test': '1' } });
      madeNetworks.push(id);
      const inspected = await docker.getNetwork(id).inspect();
      assert.equal(inspected.Name, name);
      assert.equal(inspected.Internal, true);
      assert.deepEqual(inspected.IPAM?.Config, [{ Subnet: '10.213.7.0/24', Gateway: '10.213.7.1' }]);

      const container = await startContainer(uniqueName('attached'));
      await engine.connectNetwork(id, container.id);
      assert.ok(Object.keys((await container.inspect()).NetworkSettings.Networks).includes(name));
      await assert.rejects(engine.removeNetwork(id), (e: unknown) => e instanceof EngineError && /active endpoints|in use/i.test(e.detail));
      await engine.disconnectNetwork(id, container.id);
      assert.ok(!Object.keys((await container.inspect()).NetworkSettings.Networks).includes(name));
      await engine.removeNetwork(id);
      await assert.rejects(docker.getNetwork(id).inspect(), /not found|no such network/i);
    });

    it('refuses to create a network with a bad subnet, in the engine words', async () => {
      await assert.rejects(engine.createNetwork({ name: uniqueName('bad'), subnet: '10.0.0.0/99' }), (e: unknown) => e instanceof EngineError && e.detail.length > 0);
    });

    it('prunes unused labelled networks only', async () => {
      const unused = uniqueName('unusednet');
      const used = uniqueName('usednet');
      const unusedId = await engine.createNetwork({ name: unused, labels: { 'berth.test': '1' } });
      madeNetworks.push(unusedId);
      const usedId = await engine.createNetwork({ name: used, labels: { 'berth.test': '1' } });
      madeNetworks.push(usedId);
      const container = await startContainer(uniqueName('netuser'));
      await engine.connectNetwork(usedId, container.id);
      const result = await engine.pruneNetworks({ labels: [LABEL] });
      assert.ok(result.removed.includes(unused));
      assert.ok(!result.removed.includes(used));
      await assert.rejects(docker.getNetwork(unusedId).inspect(), /not found|no such network/i);
    });
  });

  describe('the model after network commands', () => {
    async function until(what: string, check: () => boolean): Promise<void> {
      const deadline = Date.now() + 10_000;
      while (!check()) {
        assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    it('shows a container connected and disconnected, although the engine announces it before its listing shows it', async () => {
      const watcher = new EventWatcher(engine);
      const model = new EngineModel(engine, watcher);
      watcher.start();
      model.start();
      try {
        await until('the first listing', () => model.status.state === 'ok');
        const id = await engine.createNetwork({ name: uniqueName('modelnet'), labels: { 'berth.test': '1' } });
        madeNetworks.push(id);
        const container = await startContainer(uniqueName('modelnet-member'));
        const attached = () => model.networks().find((n) => n.id === id)?.containers ?? [];
        await until('the network in the model', () => model.networks().some((n) => n.id === id));
        await engine.connectNetwork(id, container.id);
        await until('the connection in the model', () => attached().includes(container.id));
        await engine.disconnectNetwork(id, container.id);
        await until('the disconnection in the model', () => !attached().includes(container.id));
      } finally {
        model.dispose();
        watcher.dispose();
      }
    });
  });
});
