import assert from 'node:assert/strict';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import { SecondEngine, startSecondEngine } from '../engine/secondEngine';
import { BASE_IMAGE, docker } from '../support/docker';
import { activateBerth, note } from './helpers';

/** Re-reads until `ok` holds or a generous deadline passes; the caller asserts on what it got. */
async function waitFor<T>(read: () => Promise<T> | T, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The scenario in the real extension host: the engine Berth shows stops, then starts
 * again. A second dockerd of the test's own stands in (the machine's engine is never stopped);
 * `berth.docker.host` points at it and is restored in `finally`.
 */
describe('the views when the engine stops and starts again', function () {
  this.timeout(180_000);
  let second: SecondEngine | undefined;

  after(async () => {
    await second?.stop();
  });

  it('show the not-reachable welcome without pop-ups, then the rows again with no user action', async () => {
    const api = await activateBerth();
    second = await startSecondEngine();
    const direct = new Docker({ socketPath: second.socketPath });
    const loading = await direct.loadImage(await docker.getImage(BASE_IMAGE).get());
    await new Promise<void>((resolve, reject) => {
      loading.on('end', resolve);
      loading.on('error', reject);
      loading.resume();
    });
    const name = `berth-test-restart-${Date.now().toString(36)}`;
    await direct.createContainer({ name, Image: BASE_IMAGE, Cmd: ['true'], Labels: { 'berth.test': '1' }, HostConfig: { NetworkMode: 'none' } });

    const config = vscode.workspace.getConfiguration('berth');
    const previous = config.inspect<string>('docker.host')?.globalValue;
    const window = vscode.window as unknown as Record<'showErrorMessage' | 'showWarningMessage' | 'showInformationMessage', unknown>;
    const originals = { showErrorMessage: window.showErrorMessage, showWarningMessage: window.showWarningMessage, showInformationMessage: window.showInformationMessage };
    const popUps: string[] = [];
    try {
      await config.update('docker.host', `unix://${second.socketPath}`, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('berth.containers.focus');
      const shown = await waitFor(() => api.viewItems('berth.containers'), (rows) => rows.some((r) => r.label === name));
      assert.ok(shown.some((r) => r.label === name), `${name} (on the second engine) shows`);

      for (const key of Object.keys(originals) as Array<keyof typeof originals>) {
        window[key] = async (message: string) => {
          popUps.push(message);
          return undefined;
        };
      }
      await second.stopDaemon();
      const stoppedAt = Date.now();
      await waitFor(() => api.engineStatus(), (status) => status.state === 'problem');
      const problemAfter = Date.now() - stoppedAt;
      const status = api.engineStatus();
      assert.equal(status.state === 'problem' && status.error.problem, 'notRunning');
      assert.deepEqual(await api.viewItems('berth.containers'), [], 'the containers view is empty, so its welcome shows');

      await second.startDaemon();
      const answeringAt = Date.now();
      const back = await waitFor(() => api.viewItems('berth.containers'), (rows) => rows.some((r) => r.label === name));
      const backAfter = Date.now() - answeringAt;
      assert.ok(back.some((r) => r.label === name), `${name} shows again`);
      assert.deepEqual(api.engineStatus(), { state: 'ok' });
      assert.deepEqual(popUps, [], 'no pop-ups while the engine was away');
      note(`engine restart in the extension host: problem shown ${problemAfter} ms after dockerd exited; rows back ${backAfter} ms after dockerd answered again`);
    } finally {
      Object.assign(window, originals);
      await config.update('docker.host', previous, vscode.ConfigurationTarget.Global);
    }
  });
});
