import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BASE_IMAGE, docker } from '../support/docker';
import { activateBerth } from './helpers';

type Row = Awaited<ReturnType<Awaited<ReturnType<typeof activateBerth>>['viewItems']>>[number];

const suffix = Date.now().toString(36);
const LABELS = { 'berth.test': '1' };

/** Reads a view until `ok` holds (the engine's events arrive asynchronously), then returns it. */
async function rowsUntil(viewId: string, ok: (rows: Row[]) => boolean, what: string): Promise<Row[]> {
  const api = await activateBerth();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const rows = await api.viewItems(viewId);
    if (ok(rows)) return rows;
    if (Date.now() > deadline) assert.fail(`${viewId}: ${what}; rows: ${rows.map((r) => `${r.id}(${r.label})`).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function startedContainer(name: string, extra: { Labels?: Record<string, string>; Binds?: string[] } = {}): Promise<string> {
  const container = await docker.createContainer({
    name,
    Image: BASE_IMAGE,
    // Ends at once on stop (a bare sleep as PID 1 ignores SIGTERM and waits for the kill).
    Cmd: ['sh', '-c', 'trap "exit 0" TERM; sleep 300 & wait'],
    Labels: { ...LABELS, ...extra.Labels },
    HostConfig: extra.Binds ? { Binds: extra.Binds } : undefined,
  });
  await container.start();
  return container.id;
}

describe('the explorer views follow the engine and the user', () => {
  const project = `berth-test-proj-${suffix}`;
  const composeName = `berth-test-compose-web-${suffix}`;
  const older = `berth-test-sort-aa-${suffix}`;
  const newer = `berth-test-sort-zz-${suffix}`;
  const user = `berth-test-user-${suffix}`;
  const volume = `berth-test-volume-${suffix}`;
  const network = `berth-test-network-${suffix}`;
  const repository = `berth-test-repo-${suffix}`;
  const containers = [composeName, older, newer, user];

  before(async () => {
    await vscode.commands.executeCommand('berth.containers.focus');
  });

  after(async () => {
    const api = await activateBerth();
    for (const name of containers) await docker.getContainer(name).remove({ force: true }).catch(() => undefined);
    await docker.getVolume(volume).remove().catch(() => undefined);
    await docker.getNetwork(network).remove().catch(() => undefined);
    // Untags only: the image keeps its other names, berth/busybox:latest among them.
    for (const tag of ['v1', 'v2']) await docker.getImage(`${repository}:${tag}`).remove().catch(() => undefined);
    await vscode.workspace.getConfiguration('berth.containers').update('groupBy', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('berth.containers').update('sortBy', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('berth.views.containers.clearFilter');
    await vscode.commands.executeCommand('berth.views.images.clearFilter');
    assert.equal(api.viewHeader('berth.containers').description, undefined);
  });

  it('put a container with Compose labels under its project, and at the root when not grouped', async () => {
    const id = await startedContainer(composeName, { Labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': 'web' } });
    const rows = await rowsUntil('berth.containers', (r) => r.some((row) => row.objectId === id && row.contextValue === 'container.running'), `${composeName} runs under ${project}`);
    const group = rows.find((row) => row.id === `compose:${project}`);
    assert.ok(group, 'a group row for the project');
    assert.equal(group.label, project);
    assert.equal(group.objectId, undefined);
    assert.equal(group.description, '1/1 running');
    const row = rows.find((r) => r.objectId === id);
    assert.equal(row?.parentId, group.id);
    assert.equal(row?.label, composeName);
    assert.ok(rows.indexOf(group) < rows.indexOf(row as Row), 'depth-first: the group comes before its children');

    await vscode.commands.executeCommand('berth.views.containers.groupBy', 'none');
    const flat = await rowsUntil('berth.containers', (r) => !r.some((x) => x.id === `compose:${project}`), 'no project group');
    assert.equal(flat.find((r) => r.objectId === id)?.parentId, undefined);
    assert.ok(flat.every((r) => r.parentId === undefined));

    // The title-bar command asks with a quick pick.
    const original = vscode.window.showQuickPick;
    const offered: string[] = [];
    (vscode.window as { showQuickPick: unknown }).showQuickPick = async (items: Array<vscode.QuickPickItem & { value: string }>) => {
      offered.push(...items.map((i) => `${i.value}${i.detail ? ' (current)' : ''}`));
      return items.find((i) => i.value === 'composeProject');
    };
    try {
      await vscode.commands.executeCommand('berth.views.containers.groupBy');
    } finally {
      (vscode.window as { showQuickPick: unknown }).showQuickPick = original;
    }
    assert.deepEqual(offered, ['composeProject', 'none (current)']);
    assert.equal(vscode.workspace.getConfiguration('berth.containers').get('groupBy'), 'composeProject');
    await rowsUntil('berth.containers', (r) => r.find((x) => x.objectId === id)?.parentId === `compose:${project}`, 'back under its project');
  });

  it('sort containers by name or by creation, newest first', async () => {
    const olderId = await startedContainer(older);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // creation times have one-second steps in some engines
    const newerId = await startedContainer(newer);
    const order = (rows: Row[]) => rows.filter((r) => r.objectId === olderId || r.objectId === newerId).map((r) => r.label);

    await vscode.commands.executeCommand('berth.views.containers.sortBy', 'name');
    await rowsUntil('berth.containers', (r) => order(r).join() === [older, newer].join(), 'by name');

    const original = vscode.window.showQuickPick;
    (vscode.window as { showQuickPick: unknown }).showQuickPick = async (items: Array<vscode.QuickPickItem & { value: string }>) => items.find((i) => i.value === 'created');
    try {
      await vscode.commands.executeCommand('berth.views.containers.sortBy');
    } finally {
      (vscode.window as { showQuickPick: unknown }).showQuickPick = original;
    }
    assert.equal(vscode.workspace.getConfiguration('berth.containers').get('sortBy'), 'created');
    const rows = await rowsUntil('berth.containers', (r) => order(r).join() === [newer, older].join(), 'newest first');
    assert.deepEqual(order(rows), [newer, older]);
  });

  it('filter the Containers view, say so beside the title, and say when nothing matches', async () => {
    const api = await activateBerth();
    const original = vscode.window.showInputBox;
    const shown: Array<string | undefined> = [];
    let validate: ((text: string) => unknown) | undefined;
    const answer = (text: string | undefined) => {
      (vscode.window as { showInputBox: unknown }).showInputBox = async (options: vscode.InputBoxOptions) => {
        shown.push(options.value);
        validate = options.validateInput as (text: string) => unknown;
        return text;
      };
    };
    try {
      answer(`sort-aa-${suffix}`);
      await vscode.commands.executeCommand('berth.views.containers.filter');
      const rows = await rowsUntil('berth.containers', (r) => r.length === 1, 'only the matching container');
      assert.equal(rows[0].label, older);
      assert.equal(api.viewHeader('berth.containers').description, `filter: sort-aa-${suffix}`);
      assert.equal(validate?.('=x'), '"=x": a label filter needs a key before "=", e.g. com.docker.compose.project=shop');
      assert.equal(validate?.('com.docker.compose.project=x'), undefined);

      // The filter input starts from the current filter; a label filter finds the project.
      answer(`com.docker.compose.project=${project}`);
      await vscode.commands.executeCommand('berth.views.containers.filter');
      assert.equal(shown[1], `sort-aa-${suffix}`);
      const byLabel = await rowsUntil('berth.containers', (r) => r.some((x) => x.label === composeName), 'the compose container by its label');
      assert.deepEqual(byLabel.map((r) => r.label), [project, composeName]);

      answer(`berth-test-matches-nothing-${suffix}`);
      await vscode.commands.executeCommand('berth.views.containers.filter');
      await rowsUntil('berth.containers', (r) => r.length === 0, 'nothing');
      // The message is set once VS Code has drawn the view; viewItems does not draw it.
      const deadline = Date.now() + 10_000;
      while (!api.viewHeader('berth.containers').message && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(api.viewHeader('berth.containers').message, `No containers match the filter "berth-test-matches-nothing-${suffix}".`);
    } finally {
      (vscode.window as { showInputBox: unknown }).showInputBox = original;
    }
    await vscode.commands.executeCommand('berth.views.containers.clearFilter');
    const all = await rowsUntil('berth.containers', (r) => r.some((x) => x.label === older) && r.some((x) => x.label === newer), 'everything again');
    assert.ok(all.length >= 3);
    assert.equal(api.viewHeader('berth.containers').description, undefined);
    assert.equal(api.viewHeader('berth.containers').message, undefined);
  });

  it('show a new tag under its repository, one row per tag acting on the image', async () => {
    const image = await docker.getImage(BASE_IMAGE).inspect();
    await docker.getImage(BASE_IMAGE).tag({ repo: repository, tag: 'v1' });
    await docker.getImage(BASE_IMAGE).tag({ repo: repository, tag: 'v2' });
    const rows = await rowsUntil('berth.images', (r) => r.some((x) => x.imageRef === `${repository}:v2`) && r.some((x) => x.imageRef === `${repository}:v1`), 'both tags');
    const group = rows.find((r) => r.id === `repository:${repository}`);
    assert.ok(group);
    assert.equal(group.description, '2 tags');
    const tags = rows.filter((r) => r.parentId === group.id);
    assert.deepEqual(tags.map((r) => [r.label, r.imageRef, r.objectId, r.contextValue, r.id]), [
      ['v1', `${repository}:v1`, image.Id, 'image.tagged', `${image.Id}#${repository}:v1`],
      ['v2', `${repository}:v2`, image.Id, 'image.tagged', `${image.Id}#${repository}:v2`],
    ]);
    // The same image still shows under its own repository.
    assert.ok(rows.some((r) => r.imageRef === BASE_IMAGE && r.objectId === image.Id));
    const ids = rows.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'every row id is unique');

    await vscode.commands.executeCommand('berth.views.images.filter', repository);
    const filtered = await rowsUntil('berth.images', (r) => r.every((x) => x.id === group.id || x.parentId === group.id), 'only the test repository');
    assert.equal(filtered.length, 3);
    assert.equal((await activateBerth()).viewHeader('berth.images').description, `filter: ${repository}`);
    await vscode.commands.executeCommand('berth.views.images.clearFilter');

    await docker.getImage(`${repository}:v1`).remove();
    await rowsUntil('berth.images', (r) => !r.some((x) => x.imageRef === `${repository}:v1`) && r.some((x) => x.imageRef === `${repository}:v2`), 'v1 gone, v2 kept');
  });

  it('show the container that uses a volume as a child of the volume, then of the network it joins', async () => {
    await docker.createVolume({ Name: volume, Labels: LABELS });
    await rowsUntil('berth.volumes', (r) => r.some((x) => x.objectId === volume), 'the new volume');
    const id = await startedContainer(user, { Binds: [`${volume}:/data`] });
    const rows = await rowsUntil('berth.volumes', (r) => r.some((x) => x.parentId === volume && x.objectId === id && x.contextValue === 'container.running'), `${user} running under ${volume}`);
    const child = rows.find((x) => x.parentId === volume && x.objectId === id);
    assert.equal(child?.id, `${volume}/${id}`);
    assert.equal(child?.contextValue, 'container.running');
    assert.equal(child?.label, user);
    assert.equal(rows.find((x) => x.id === volume)?.description, 'local · used by 1');

    const created = await docker.createNetwork({ Name: network, Labels: LABELS, Driver: 'bridge' });
    const networkId = created.id;
    await rowsUntil('berth.networks', (r) => r.some((x) => x.objectId === networkId && x.parentId === undefined), 'the new network');
    await docker.getNetwork(networkId).connect({ Container: id });
    const attached = await rowsUntil('berth.networks', (r) => r.some((x) => x.parentId === networkId && x.objectId === id), `${user} under ${network}`);
    const networkRow = attached.find((x) => x.id === networkId);
    assert.match(networkRow?.description ?? '', /^bridge · local · \d+\.\d+\.\d+\.\d+\/\d+$/);
    assert.equal(attached.find((x) => x.parentId === networkId)?.contextValue, 'container.running');

    await docker.getNetwork(networkId).disconnect({ Container: id });
    await rowsUntil('berth.networks', (r) => !r.some((x) => x.parentId === networkId), 'no container under the network after the disconnect');

    // The container rows under a volume are container rows: container commands act on them.
    const under = (await rowsUntil('berth.volumes', (r) => r.some((x) => x.parentId === volume && x.objectId === id), 'the child row')).find((x) => x.parentId === volume && x.objectId === id);
    await vscode.commands.executeCommand('berth.containers.stop', under, [under]);
    await rowsUntil('berth.volumes', (r) => r.some((x) => x.parentId === volume && x.objectId === id && x.contextValue === 'container.exited'), `${user} stopped under ${volume}`);
    assert.equal((await docker.getContainer(id).inspect()).State.Running, false);
  });
});
