import assert from 'node:assert/strict';
import Docker from 'dockerode';
import { BASE_IMAGE, docker } from '../support/docker';
import * as vscode from 'vscode';
import { activateBerth } from './helpers';


async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the explorer views on a real engine', () => {
  const name = `berth-test-vscode-${process.pid}-${Date.now().toString(36)}`;
  let container: Docker.Container | undefined;

  after(async () => {
    await container?.remove({ force: true });
  });

  it('list a running container with its name, image and state', async () => {
    const api = await activateBerth();
    await vscode.commands.executeCommand('berth.containers.focus');
    container = await docker.createContainer({ name, Image: BASE_IMAGE, Cmd: ['sleep', '300'] });
    await container.start();
    // No refresh command: the engine's event stream must bring the new container in.
    const rows = await waitFor(() => api.viewItems('berth.containers'), (items) => items.some((i) => i.label === name && i.contextValue === 'container.running'));
    const row = rows.find((i) => i.label === name);
    assert.ok(row, `${name} shows in the Containers view`);
    assert.match(row.description ?? '', new RegExp(`^${BASE_IMAGE.replace(/[/.]/g, '\\$&')} · Up`));
    assert.equal(row.contextValue, 'container.running');
    assert.deepEqual(api.engineStatus(), { state: 'ok' });
  });

  it('follow the container as it stops and goes', async () => {
    const api = await activateBerth();
    assert.ok(container);
    await container.stop({ t: 0 });
    const stopped = await waitFor(() => api.viewItems('berth.containers'), (items) => items.find((i) => i.label === name)?.contextValue === 'container.exited');
    assert.equal(stopped.find((i) => i.label === name)?.contextValue, 'container.exited');
    await container.remove();
    container = undefined;
    const gone = await waitFor(() => api.viewItems('berth.containers'), (items) => !items.some((i) => i.label === name));
    assert.ok(!gone.some((i) => i.label === name));
  });

  it('list images, volumes and networks', async () => {
    const api = await activateBerth();
    const images = await api.viewItems('berth.images');
    const base = images.find((i) => i.imageRef === BASE_IMAGE);
    assert.ok(base, `${BASE_IMAGE} shows in the Images view`);
    assert.equal(base.contextValue, 'image.tagged');
    assert.equal(base.parentId, `repository:${BASE_IMAGE.replace(/:[^:/]+$/, '')}`);
    assert.ok((await api.viewItems('berth.networks')).some((i) => i.label === 'bridge' && i.contextValue === 'network.builtIn'));
    const volume = `berth-test-vscode-volume-${Date.now().toString(36)}`;
    await docker.createVolume({ Name: volume });
    try {
      const volumes = await waitFor(() => api.viewItems('berth.volumes'), (items) => items.some((i) => i.label === volume));
      assert.ok(volumes.some((i) => i.label === volume));
    } finally {
      await docker.getVolume(volume).remove();
    }
  });

  it('say why when the engine cannot be reached, and recover', async () => {
    const api = await activateBerth();
    const config = vscode.workspace.getConfiguration('berth');
    await config.update('docker.host', 'unix:///tmp/berth-test-no-engine.sock', vscode.ConfigurationTarget.Global);
    try {
      assert.deepEqual(await api.viewItems('berth.containers'), []);
      const status = api.engineStatus();
      assert.equal(status.state, 'problem');
      assert.equal(status.state === 'problem' && status.error.problem, 'notRunning');
    } finally {
      await config.update('docker.host', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok((await api.viewItems('berth.images')).length > 0);
    assert.deepEqual(api.engineStatus(), { state: 'ok' });
  });
});
