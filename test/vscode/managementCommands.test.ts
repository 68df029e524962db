import assert from 'node:assert/strict';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import { BASE_IMAGE, docker } from '../support/docker';
import { activateBerth } from './helpers';

type Row = { id: string; objectId?: string; imageRef?: string; label: string; contextValue: string };
type Stubs = Partial<Record<'showWarningMessage' | 'showInformationMessage' | 'showErrorMessage' | 'showQuickPick' | 'showInputBox', (...args: any[]) => unknown>>;

const LABELS = { 'berth.test': '1' };
const unique = (what: string) => `berth-test-${what}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Replaces vscode.window functions for the duration of `run`, and puts them back. */
async function withWindow<T>(stubs: Stubs, run: () => Thenable<T>): Promise<T> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = Object.fromEntries(Object.keys(stubs).map((key) => [key, window[key]]));
  Object.assign(window, stubs);
  try {
    return await run();
  } finally {
    Object.assign(window, originals);
  }
}

/** The row a view shows for an object, once it shows it (in `contextValue`, when given). */
async function rowOf(viewId: string, match: (row: Row) => boolean, what: string): Promise<Row> {
  const api = await activateBerth();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const row = ((await api.viewItems(viewId)) as Row[]).find(match);
    if (row || Date.now() > deadline) {
      assert.ok(row, `${what} shows in ${viewId}`);
      return row;
    }
    await sleep(150);
  }
}

const containerRow = (id: string, contextValue?: string) =>
  rowOf('berth.containers', (r) => r.objectId === id && (!contextValue || r.contextValue === contextValue), `container ${id.slice(0, 12)} as ${contextValue ?? 'any state'}`);

/** A palette pick that chooses the items whose row is `objectId`. */
function pickRow(objectId: string, seen?: Array<{ title?: string; labels: string[] }>) {
  return async (items: Array<{ label: string; row?: Row }>, options?: vscode.QuickPickOptions) => {
    seen?.push({ title: options?.title, labels: items.map((i) => i.label) });
    const chosen = items.filter((i) => i.row?.objectId === objectId);
    return options?.canPickMany ? chosen : chosen[0];
  };
}

/**
 * Runs a palette command whose pick is expected to offer `objectId`, again every 150 ms while it
 * is not offered (the model follows the engine's events, a moment behind the calls that cause them).
 */
async function untilOffered(objectId: string, seen: Array<{ title?: string; labels: string[] }>, command: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    let offered = false;
    const pick = pickRow(objectId, seen);
    await withWindow(
      {
        showQuickPick: async (items: Array<{ label: string; row?: Row }>, options?: vscode.QuickPickOptions) => {
          const chosen = await pick(items, options);
          offered = Array.isArray(chosen) ? chosen.length > 0 : chosen !== undefined;
          if (!offered) seen.pop();
          return chosen;
        },
        showInformationMessage: async () => undefined,
      },
      () => vscode.commands.executeCommand(command),
    );
    if (offered) return;
    assert.ok(Date.now() < deadline, `${command} offers ${objectId.slice(0, 12)}`);
    await sleep(150);
  }
}

async function makeContainer(what: string, options: Partial<Docker.ContainerCreateOptions> & { start?: boolean } = {}): Promise<Docker.Container> {
  const { start = true, ...create } = options;
  const container = await docker.createContainer({ name: unique(what), Image: BASE_IMAGE, Cmd: ['sleep', '300'], Labels: LABELS, ...create });
  if (start) await container.start();
  return container;
}

/** A dangling image of our own: a commit whose tag then moves to a second commit. */
async function makeDanglingImage(): Promise<{ dangling: string; tagged: string }> {
  const source = await makeContainer('image-src', { Cmd: ['true'] });
  await source.wait();
  const repo = unique('dangling');
  const first = (await source.commit({ repo, tag: 'latest', changes: ['LABEL berth.test=1'] })) as { Id: string };
  await source.commit({ repo, tag: 'latest', changes: ['LABEL berth.test=1 berth.test.kind=tagged'] });
  await source.remove();
  return { dangling: first.Id, tagged: `${repo}:latest` };
}

/**
 * A prune visits every container under its lock; a container the engine keeps locked (seen
 * here: a commit whose unpause never returns from containerd) makes the prune hang, and the
 * hung prune then holds the engine's one-prune-at-a-time flag for everyone. Fail at once instead.
 */
async function assertEngineCanPrune(): Promise<void> {
  const locked: string[] = [];
  for (const c of await docker.listContainers({ all: true })) {
    const answered = await docker
      .getContainer(c.Id)
      .inspect({ abortSignal: AbortSignal.timeout(5_000) })
      .then(
        () => true,
        (error: { name?: string; statusCode?: number }) => error.statusCode === 404 || error.name !== 'AbortError',
      );
    if (!answered) locked.push(c.Names?.[0] ?? c.Id);
  }
  assert.deepEqual(locked, [], 'containers the engine keeps locked (inspect does not answer), which would hang a prune');
}

async function exists(request: Promise<unknown>): Promise<boolean> {
  return request.then(
    () => true,
    (error: { statusCode?: number }) => {
      if (error.statusCode === 404) return false;
      throw error;
    },
  );
}

describe('container management, inspect and engine commands on a real engine', () => {
  const containers: Docker.Container[] = [];
  const images: string[] = [];
  const volumes: string[] = [];
  const networks: string[] = [];

  before(async () => {
    await activateBerth();
    await vscode.commands.executeCommand('berth.containers.focus');
  });

  after(async () => {
    for (const c of containers) await c.remove({ force: true }).catch(() => undefined);
    for (const i of images) await docker.getImage(i).remove({ force: true }).catch(() => undefined);
    for (const v of volumes) await docker.getVolume(v).remove().catch(() => undefined);
    for (const n of networks) await docker.getNetwork(n).remove().catch(() => undefined);
  });

  it('pauses, unpauses and kills from the row, and pauses from the palette with a pick', async () => {
    const container = await makeContainer('pause');
    containers.push(container);
    await vscode.commands.executeCommand('berth.containers.pause', await containerRow(container.id, 'container.running'));
    assert.equal((await container.inspect()).State.Status, 'paused');
    await vscode.commands.executeCommand('berth.containers.unpause', await containerRow(container.id, 'container.paused'));
    assert.equal((await container.inspect()).State.Status, 'running');

    // From the palette: the pick offers running containers only (a pause needs one).
    await containerRow(container.id, 'container.running');
    const seen: Array<{ title?: string; labels: string[] }> = [];
    await withWindow({ showQuickPick: pickRow(container.id, seen) }, () => vscode.commands.executeCommand('berth.containers.pause'));
    assert.equal((await container.inspect()).State.Status, 'paused');
    assert.equal(seen[0].title, 'Pause container');

    // Kill needs no confirmation: nothing is asked, the container stays, stopped by SIGKILL.
    const asked: string[] = [];
    await withWindow({ showWarningMessage: async (message: string) => asked.push(message) }, async () =>
      vscode.commands.executeCommand('berth.containers.kill', await containerRow(container.id, 'container.paused')),
    );
    const state = (await container.inspect()).State;
    assert.equal(state.Running, false);
    assert.equal(state.ExitCode, 137);
    assert.deepEqual(asked, []);
  });

  it('starts, stops, restarts and removes from the palette, offering only the containers each fits', async () => {
    const container = await makeContainer('palette', { start: false });
    containers.push(container);
    const seen: Array<{ title?: string; labels: string[] }> = [];
    const name = (await container.inspect()).Name.slice(1);
    await containerRow(container.id, 'container.created');
    await withWindow({ showQuickPick: pickRow(container.id, seen) }, () => vscode.commands.executeCommand('berth.containers.start'));
    assert.equal((await container.inspect()).State.Running, true);
    await containerRow(container.id, 'container.running');
    await withWindow({ showQuickPick: pickRow(container.id, seen) }, () => vscode.commands.executeCommand('berth.containers.restart'));
    assert.equal((await container.inspect()).State.Running, true);
    // A restart is a stop then a start: its events reach the model a moment after the call returns,
    // and until they have, Stop (which offers running containers only) may not offer it. A user
    // sees the list a human moment later; the test asks again until it is offered.
    await untilOffered(container.id, seen, 'berth.containers.stop');
    assert.equal((await container.inspect()).State.Running, false);
    await containerRow(container.id, 'container.exited');
    // Stop offers running containers only: this one is not among them any more.
    // (With no running container on the engine, nothing is offered at all.)
    const picks = seen.length;
    await withWindow({ showQuickPick: pickRow(container.id, seen), showInformationMessage: async () => undefined }, () => vscode.commands.executeCommand('berth.containers.stop'));
    const offered = seen.length > picks ? seen[seen.length - 1].labels : [];
    assert.ok(!offered.includes(name), 'a stopped container is not offered to Stop');
    assert.deepEqual(seen.slice(0, 3).map((s) => s.title), ['Start container', 'Restart container', 'Stop container']);

    const asked: string[] = [];
    await withWindow(
      { showQuickPick: pickRow(container.id), showWarningMessage: async (message: string) => (asked.push(message), 'Remove') },
      () => vscode.commands.executeCommand('berth.containers.remove'),
    );
    assert.deepEqual(asked, [`Remove container '${name}'?`]);
    assert.equal(await exists(container.inspect()), false);
  });

  it('reports why a kill failed, in the engine\'s words', async () => {
    const container = await makeContainer('kill-stopped', { start: false });
    containers.push(container);
    const errors: string[] = [];
    await withWindow({ showErrorMessage: async (message: string) => errors.push(message) }, async () =>
      vscode.commands.executeCommand('berth.containers.kill', await containerRow(container.id)),
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^Kill container failed: .*is not running/);
  });

  it('renames from the row, validating as typed, and says clearly when the name is in use', async () => {
    const container = await makeContainer('rename', { start: false });
    const other = await makeContainer('rename-other', { start: false });
    containers.push(container, other);
    const otherName = (await other.inspect()).Name.slice(1);
    const newName = unique('renamed');
    let box: vscode.InputBoxOptions | undefined;
    const row = await containerRow(container.id);
    await withWindow(
      {
        showInputBox: async (options: vscode.InputBoxOptions) => {
          box = options;
          return newName;
        },
      },
      () => vscode.commands.executeCommand('berth.containers.rename', row),
    );
    assert.equal((await container.inspect()).Name, `/${newName}`);
    assert.ok(box?.validateInput);
    assert.equal(box.value, row.label, 'the box starts with the current name');
    assert.equal(await box.validateInput('-bad'), 'A container name starts with a letter or a digit.');
    assert.equal(await box.validateInput('my app'), "A container name may contain only letters, digits, '_', '.' and '-'.");
    assert.equal(await box.validateInput(otherName), `A container named '${otherName}' already exists.`);
    assert.equal(await box.validateInput('fine-name'), undefined);

    // Past the box (a name taken meanwhile): the engine refuses, and the message says why.
    const errors: string[] = [];
    await withWindow({ showInputBox: async () => otherName, showErrorMessage: async (message: string) => errors.push(message) }, async () =>
      vscode.commands.executeCommand('berth.containers.rename', await containerRow(container.id)),
    );
    assert.equal((await container.inspect()).Name, `/${newName}`);
    assert.match(errors[0] ?? '', new RegExp(`^Cannot rename '.*': the name '${otherName}' is already in use by another container\\.$`));
  });

  it('copies the full ids of a multi-selection, one per line', async () => {
    const first = await makeContainer('copy-a', { start: false });
    const second = await makeContainer('copy-b', { start: false });
    containers.push(first, second);
    const rows = [await containerRow(first.id), await containerRow(second.id)];
    // The browser's clipboard may refuse a headless page: a stand-in records what is written.
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(vscode.env, 'clipboard');
    assert.ok(original);
    const standIn = { writeText: async (text: string) => void written.push(text), readText: async () => written.at(-1) ?? '' };
    Object.defineProperty(vscode.env, 'clipboard', { configurable: true, get: () => standIn });
    try {
      await vscode.commands.executeCommand('berth.containers.copyId', rows[1], rows);
      await withWindow({ showQuickPick: pickRow(second.id) }, () => vscode.commands.executeCommand('berth.containers.copyId'));
    } finally {
      Object.defineProperty(vscode.env, 'clipboard', original);
    }
    assert.deepEqual(written, [`${first.id}\n${second.id}`, second.id]);
    assert.equal(first.id.length, 64);
  });

  it('opens a published port in the browser, asks which when several, and says when there is none', async () => {
    const web = await makeContainer('web', {
      ExposedPorts: { '80/tcp': {}, '443/tcp': {} },
      HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '' }], '443/tcp': [{ HostPort: '' }] } },
    });
    const plain = await makeContainer('no-ports');
    containers.push(web, plain);
    const bound = (await web.inspect()).NetworkSettings.Ports;
    const port80 = bound['80/tcp']?.[0]?.HostPort;
    const port443 = bound['443/tcp']?.find((b) => b.HostIp === '0.0.0.0' || b.HostIp === '')?.HostPort ?? bound['443/tcp']?.[0]?.HostPort;
    assert.ok(port80 && port443);

    const env = vscode.env as { openExternal: (uri: vscode.Uri) => Thenable<boolean> };
    const original = env.openExternal;
    const opened: string[] = [];
    env.openExternal = async (uri: vscode.Uri) => {
      opened.push(uri.toString(true));
      return true;
    };
    const offered: string[][] = [];
    const infos: string[] = [];
    try {
      const row = await containerRow(web.id, 'container.running.ports');
      await withWindow(
        {
          showQuickPick: async (items: Array<{ label: string }>) => {
            offered.push(items.map((i) => i.label));
            return items.find((i) => i.label.endsWith(`:${port443}`));
          },
        },
        () => vscode.commands.executeCommand('berth.containers.openInBrowser', row),
      );
      // A container without a published port: its row is plain `container.running`, and
      // running the command on it anyway says there is nothing to open.
      const plainRow = await containerRow(plain.id, 'container.running');
      await withWindow({ showInformationMessage: async (message: string) => infos.push(message) }, () => vscode.commands.executeCommand('berth.containers.openInBrowser', plainRow));
    } finally {
      env.openExternal = original;
    }
    assert.deepEqual(offered.map((labels) => [...labels].sort()), [[`http://127.0.0.1:${port80}`, `http://localhost:${port443}`].sort()]);
    assert.deepEqual(opened, [`http://localhost:${port443}/`]);
    assert.equal(infos.length, 1);
    assert.match(infos[0], /is not running with a published TCP port/);
  });

  it('inspects each kind of object from its row, and from the palette with a pick, in a read-only JSON editor', async () => {
    const container = await makeContainer('inspect', { start: false });
    containers.push(container);
    const volume = unique('inspect-volume');
    await docker.createVolume({ Name: volume, Labels: LABELS });
    volumes.push(volume);
    const network = await docker.createNetwork({ Name: unique('inspect-network'), Labels: LABELS });
    networks.push(network.id);

    const shown = async () => {
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'an editor opened');
      assert.equal(editor.document.languageId, 'json');
      assert.equal(editor.document.uri.scheme, 'berth-readonly');
      return { name: editor.document.uri.path, json: JSON.parse(editor.document.getText()) as Record<string, unknown> };
    };

    await vscode.commands.executeCommand('berth.containers.inspect', await containerRow(container.id));
    assert.equal((await shown()).json.Id, container.id);

    const imageRow = await rowOf('berth.images', (r) => r.imageRef === BASE_IMAGE || r.label === BASE_IMAGE, BASE_IMAGE);
    await vscode.commands.executeCommand('berth.images.inspect', imageRow);
    const image = await shown();
    assert.ok((image.json.RepoTags as string[]).includes(BASE_IMAGE));

    await vscode.commands.executeCommand('berth.volumes.inspect', await rowOf('berth.volumes', (r) => r.objectId === volume, volume));
    const v = await shown();
    assert.equal(v.json.Name, volume);
    assert.equal(v.name, `/${volume}.json`);

    await vscode.commands.executeCommand('berth.networks.inspect', await rowOf('berth.networks', (r) => r.objectId === network.id, network.id));
    assert.equal((await shown()).json.Id, network.id);

    // From the palette: the user picks the network.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await withWindow({ showQuickPick: pickRow(network.id) }, () => vscode.commands.executeCommand('berth.networks.inspect'));
    assert.equal((await shown()).json.Id, network.id);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the engine information and its disk usage as Markdown documents', async () => {
    await vscode.commands.executeCommand('berth.system.info');
    let editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.languageId, 'markdown');
    const info = editor.document.getText();
    const version = await docker.version();
    assert.match(info, new RegExp(`^\\| Engine \\| Docker ${version.Version.replace(/[.+]/g, '\\$&')} \\|$`, 'm'));
    assert.match(info, /^\| OS\/Arch \| linux\/\w+ \|$/m);
    assert.match(info, /^\| CPUs \| \d+ \|$/m);

    await vscode.commands.executeCommand('berth.system.diskUsage');
    editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const df = editor.document.getText();
    assert.match(df, /^\| Images \| \d+ \| \d+ \| [\d.]+ [KMG]?B \| [\d.]+ [KMG]?B \(\d+%\) \|$/m);
    assert.match(df, /^\| Build cache \| \d+ \|/m);
    assert.match(df, /^## Largest images\n\n\| Image \| Size \| Containers \|\n\| --- \| --- \| --- \|\n\| .+ \| [\d.]+ [KMG]?B \| \d+ \|$/m);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('switches the engine through the setting: an address typed in, then back to the default', async () => {
    const configuration = () => vscode.workspace.getConfiguration('berth');
    const before = configuration().inspect<string>('docker.host');
    // The engine the tests talk to, typed in as an address.
    const address = process.env.DOCKER_HOST?.startsWith('unix://') ? process.env.DOCKER_HOST : 'unix:///var/run/docker.sock';
    let box: vscode.InputBoxOptions | undefined;
    const offered: string[] = [];
    try {
      await withWindow(
        {
          showQuickPick: async (items: Array<{ label: string; kind?: vscode.QuickPickItemKind }>) => {
            offered.push(...items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).map((i) => i.label));
            return items.find((i) => i.label === 'Enter an address…');
          },
          showInputBox: async (options: vscode.InputBoxOptions) => {
            box = options;
            return address;
          },
          showInformationMessage: async () => undefined,
        },
        () => vscode.commands.executeCommand('berth.engine.switch'),
      );
      assert.equal(configuration().get('docker.host'), address);
      assert.ok(offered.includes('$(check) Default (from the environment)'), `the default is marked current in ${offered.join(', ')}`);
      assert.equal(await box?.validateInput?.('http://localhost:2375'), 'The address starts with unix://, tcp://, ssh:// or npipe://.');
      assert.equal(await box?.validateInput?.('tcp://127.0.0.1:2375'), undefined);

      // The engine service reconnected to the same engine: the view lists again.
      const container = await makeContainer('after-switch', { start: false });
      containers.push(container);
      await containerRow(container.id);

      offered.length = 0;
      await withWindow(
        {
          showQuickPick: async (items: Array<{ label: string }>) => {
            offered.push(...items.map((i) => i.label));
            return items.find((i) => i.label.endsWith('Default (from the environment)'));
          },
          showInformationMessage: async () => undefined,
        },
        () => vscode.commands.executeCommand('berth.engine.switch'),
      );
      assert.ok(offered.includes(`$(check) ${address}`), 'the typed address is marked current');
      assert.equal(configuration().inspect<string>('docker.host')?.globalValue ?? '', '');
    } finally {
      await configuration().update('docker.host', before?.globalValue, vscode.ConfigurationTarget.Global);
    }
  });

  it('asks before removing stopped containers, naming them, and removes them through prune once confirmed', async () => {
    // The prune removes every stopped container on this engine, not only this test's: that is
    // what the command is for, and it runs on a shared test machine.
    const stopped = await makeContainer('prune', { start: false });
    const running = await makeContainer('prune-running');
    containers.push(stopped, running);
    const name = (await stopped.inspect()).Name.slice(1);
    await containerRow(stopped.id);
    await containerRow(running.id);
    const asked: Array<{ message: string; detail?: string }> = [];
    const infos: string[] = [];
    const answer = (choice: string | undefined) => async (message: string, options: vscode.MessageOptions) => {
      asked.push({ message, detail: options.detail });
      return choice;
    };
    await withWindow({ showWarningMessage: answer(undefined) }, () => vscode.commands.executeCommand('berth.containers.prune'));
    assert.ok(await exists(stopped.inspect()), 'declining removes nothing');
    assert.match(asked[0].message, /^Remove \d+ stopped containers\?$/);
    assert.ok(asked[0].detail?.includes(name) || asked[0].detail?.includes('more'), 'the modal names the containers');
    assert.ok(!asked[0].detail?.includes((await running.inspect()).Name.slice(1)), 'a running container is not listed');

    await assertEngineCanPrune();
    const errors: string[] = [];
    await withWindow(
      { showWarningMessage: answer('Remove'), showInformationMessage: async (message: string) => infos.push(message), showErrorMessage: async (message: string) => errors.push(message) },
      () => vscode.commands.executeCommand('berth.containers.prune'),
    );
    assert.deepEqual(errors, []);
    assert.equal(await exists(stopped.inspect()), false);
    assert.equal((await running.inspect()).State.Running, true);
    assert.match(infos[0] ?? '', /^Removed \d+ containers; reclaimed [\d.]+ [KMG]?B\.$/);
  });

  it('system prune: asks first, saying what would go and how much; declining removes nothing; accepting removes our stopped container and dangling image', async () => {
    // Like `docker system prune`, this removes every stopped container, unused network,
    // dangling image and unused build cache on the shared engine, not only this test's.
    // Volumes and tagged images are never chosen here (the base image must stay).
    const stopped = await makeContainer('system-prune', { start: false });
    containers.push(stopped);
    const { dangling, tagged } = await makeDanglingImage();
    images.push(dangling, tagged);
    const asked: Array<{ message: string; detail?: string }> = [];
    const offered: string[] = [];
    const noExtras = async (items: Array<{ label: string }>) => {
      offered.push(...items.map((i) => i.label));
      return [];
    };
    await withWindow(
      {
        showQuickPick: noExtras,
        showWarningMessage: async (message: string, options: vscode.MessageOptions) => {
          asked.push({ message, detail: options.detail });
          return undefined;
        },
      },
      () => vscode.commands.executeCommand('berth.system.prune'),
    );
    assert.deepEqual(offered, ['Also remove unused volumes', 'Remove all unused images']);
    assert.equal(await exists(stopped.inspect()), true, 'declining removes nothing');
    assert.equal(await exists(docker.getImage(dangling).inspect()), true);
    assert.match(asked[0].message, /^Remove unused Docker data and free about [\d.]+ [KMG]?B\?$/);
    assert.match(asked[0].detail ?? '', /• [1-9]\d* stopped containers \([\d.]+ [KMG]?B\)/);
    assert.match(asked[0].detail ?? '', /• [1-9]\d* dangling images \([\d.]+ [KMG]?B\)/);
    assert.match(asked[0].detail ?? '', /• \d+ unused networks/);
    assert.match(asked[0].detail ?? '', /• \d+ build cache entries/);
    assert.doesNotMatch(asked[0].detail ?? '', /volumes \(/, 'volumes are not mentioned unless chosen');

    await assertEngineCanPrune();
    const infos: string[] = [];
    const errors: string[] = [];
    await withWindow(
      { showQuickPick: noExtras, showWarningMessage: async () => 'Remove', showInformationMessage: async (message: string) => infos.push(message), showErrorMessage: async (message: string) => errors.push(message) },
      () => vscode.commands.executeCommand('berth.system.prune'),
    );
    assert.deepEqual(errors, []);
    assert.equal(await exists(stopped.inspect()), false);
    assert.equal(await exists(docker.getImage(dangling).inspect()), false);
    assert.equal(await exists(docker.getImage(tagged).inspect()), true, 'a tagged image stays');
    assert.equal(await exists(docker.getImage(BASE_IMAGE).inspect()), true);
    assert.match(infos[0] ?? '', /^Removed \d+ objects, reclaimed [\d.]+ [KMG]?B\.$/);
  });
});
