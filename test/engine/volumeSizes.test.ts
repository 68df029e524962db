import assert from 'node:assert/strict';
import { Engine } from '../../client/src/engine/engine';
import { resolveEndpoint } from '../../client/src/engine/endpoint';
import { BASE_IMAGE, docker, uniqueName } from './fixtures';

describe('volume sizes from the engine disk usage', () => {
  const engine = new Engine(resolveEndpoint(undefined));
  const volume = uniqueName('size-volume');
  const empty = uniqueName('size-empty');
  const writer = uniqueName('size-writer');

  after(async () => {
    await docker.getContainer(writer).remove({ force: true }).catch(() => undefined);
    for (const name of [volume, empty]) await docker.getVolume(name).remove().catch(() => undefined);
  });

  it('gives the bytes a container wrote into a volume, and zero for an empty one', async () => {
    await docker.createVolume({ Name: volume, Labels: { 'berth.test': '1' } });
    await docker.createVolume({ Name: empty, Labels: { 'berth.test': '1' } });
    const container = await docker.createContainer({
      name: writer,
      Image: BASE_IMAGE,
      Cmd: ['sh', '-c', 'head -c 200000 /dev/zero > /data/blob'],
      Labels: { 'berth.test': '1' },
      HostConfig: { Binds: [`${volume}:/data`] },
    });
    await container.start();
    await container.wait();
    const sizes = await engine.volumeSizes();
    assert.ok((sizes.get(volume) ?? 0) >= 200_000, `${volume} holds the 200 KB written (${sizes.get(volume)})`);
    assert.equal(sizes.get(empty), 0);
  });
});
