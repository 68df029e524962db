import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BASE_IMAGE, docker } from '../support/docker';
import { activateBerth } from './helpers';

type Row = { id: string; label: string; contextValue: string };

describe('container commands on a real engine', () => {
  const names = [1, 2].map((n) => `berth-test-cmd-${n}-${Date.now().toString(36)}`);

  after(async () => {
    for (const name of names) await docker.getContainer(name).remove({ force: true }).catch(() => undefined);
  });

  async function rowOf(name: string, contextValue?: string): Promise<Row> {
    const api = await activateBerth();
    const deadline = Date.now() + 15_000;
    for (;;) {
      const row = (await api.viewItems('berth.containers')).find((i) => i.label === name && (!contextValue || i.contextValue === contextValue));
      if (row || Date.now() > deadline) {
        assert.ok(row, `${name} shows as ${contextValue ?? 'any state'}`);
        return row;
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  it('start, stop and restart a container from its row', async () => {
    await vscode.commands.executeCommand('berth.containers.focus');
    await docker.createContainer({ name: names[0], Image: BASE_IMAGE, Cmd: ['sleep', '300'] });
    await vscode.commands.executeCommand('berth.containers.start', await rowOf(names[0], 'container.created'));
    await rowOf(names[0], 'container.running');
    await vscode.commands.executeCommand('berth.containers.stop', await rowOf(names[0], 'container.running'));
    const stopped = await rowOf(names[0], 'container.exited');
    await vscode.commands.executeCommand('berth.containers.restart', stopped);
    await rowOf(names[0], 'container.running');
    // Starting a running container is not an error.
    await vscode.commands.executeCommand('berth.containers.start', await rowOf(names[0], 'container.running'));
    assert.equal((await docker.getContainer(names[0]).inspect()).State.Running, true);
  });

  it('asks before removing, keeps everything when the user declines, and removes a multi-selection', async () => {
    await docker.createContainer({ name: names[1], Image: BASE_IMAGE, Cmd: ['sleep', '300'] });
    const rows = [await rowOf(names[0]), await rowOf(names[1])];
    const original = vscode.window.showWarningMessage;
    const asked: string[] = [];
    const answer = (choice: string | undefined) => {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = async (message: string) => {
        asked.push(message);
        return choice;
      };
    };
    try {
      answer(undefined);
      await vscode.commands.executeCommand('berth.containers.remove', rows[0], rows);
      assert.deepEqual(asked, [`Remove 2 containers: ${names[0]}, ${names[1]}?`]);
      assert.ok(await docker.getContainer(names[1]).inspect(), 'declining removes nothing');

      answer('Remove');
      await vscode.commands.executeCommand('berth.containers.remove', rows[0], rows);
    } finally {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    }
    for (const name of names) await assert.rejects(docker.getContainer(name).inspect(), /no such container/i);
    const api = await activateBerth();
    const deadline = Date.now() + 15_000;
    while ((await api.viewItems('berth.containers')).some((i) => names.includes(i.label)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 150));
    assert.ok(!(await api.viewItems('berth.containers')).some((i) => names.includes(i.label)), 'the view follows');
  });
});
