import assert from 'node:assert/strict';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import type { Presentation } from '../../client/src/views/presenters/presentation';
import { BASE_IMAGE, docker } from '../support/docker';
import { activateBerth } from './helpers';

const stamp = Date.now().toString(36);
const unique = (what: string) => `berth-test-${what}-${stamp}`;
const LABELS = { 'berth.test': '1' };

type Window = Record<string, unknown>;
type Stubs = Partial<Record<'showWarningMessage' | 'showErrorMessage' | 'showInformationMessage' | 'showInputBox' | 'showQuickPick', (...args: never[]) => unknown>>;

/** Error messages the commands showed while stubbed, for the failure messages of assertions. */
const shownErrors: string[] = [];
const errorsShown = () => `errors shown: ${shownErrors.join(' | ') || 'none'}`;

/**
 * Replaces window functions for the length of `body`, restoring them even when it fails. Error
 * messages are recorded unless the test stubs them itself.
 */
async function withStubs<T>(given: Stubs, body: () => PromiseLike<T>): Promise<T> {
  const stubs: Stubs = { showErrorMessage: async (message: string) => void shownErrors.push(message), ...given };
  const window = vscode.window as unknown as Window;
  const originals = Object.fromEntries(Object.keys(stubs).map((key) => [key, window[key]]));
  Object.assign(window, stubs);
  try {
    return await body();
  } finally {
    Object.assign(window, originals);
  }
}

interface Asked {
  message: string;
  detail?: string;
  buttons: string[];
}

/** A showWarningMessage stub that records each question and answers with `choose(buttons)`. */
function warnings(asked: Asked[], choose: (buttons: string[]) => string | undefined) {
  return async (message: string, options: { detail?: string } | string, ...buttons: string[]) => {
    asked.push({ message, detail: typeof options === 'object' ? options.detail : undefined, buttons });
    return choose(buttons);
  };
}

/** A showInputBox stub: each call records its options and gets the next answer. */
function inputs(seen: vscode.InputBoxOptions[], answers: Array<string | undefined>) {
  return async (options: vscode.InputBoxOptions) => {
    seen.push(options);
    return answers.shift();
  };
}

async function validation(options: vscode.InputBoxOptions, value: string): Promise<string | undefined> {
  assert.ok(options.validateInput, 'the InputBox validates as typed');
  const result = await options.validateInput(value);
  return typeof result === 'string' ? result : result?.message;
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function rows(viewId: string): Promise<Presentation[]> {
  return (await activateBerth()).viewItems(viewId);
}

async function rowWhere(viewId: string, match: (row: Presentation) => boolean, what: string): Promise<Presentation> {
  const found = await waitFor(() => rows(viewId), (items) => items.some(match), what);
  return found.find(match)!;
}

async function noRowWhere(viewId: string, match: (row: Presentation) => boolean, what: string): Promise<void> {
  await waitFor(() => rows(viewId), (items) => !items.some(match), what);
}

/** Commits a container (that wrote a file) into a new image, tagged `ref` or dangling. */
async function commitImage(ref?: string): Promise<string> {
  const container = await docker.createContainer({ name: unique(`commit-${Math.random().toString(36).slice(2, 7)}`), Image: BASE_IMAGE, Cmd: ['sh', '-c', 'echo made > /made-by-test'], Labels: LABELS });
  await container.start();
  await container.wait();
  const [repo, tag] = ref ? ref.split(':') : [];
  const { Id } = (await container.commit({ ...(ref ? { repo, tag } : {}), changes: ['LABEL berth.test=1'] })) as { Id: string };
  await container.remove({ force: true });
  return Id;
}

const imageNamed = (ref: string) => (row: Presentation) => row.imageRef === ref || (row.tooltip ?? '').includes(ref);

describe('image, volume and network commands on a real engine', () => {
  const containers: Docker.Container[] = [];
  const images: string[] = [];
  const volumes: string[] = [];
  const networks: string[] = [];

  async function container(name: string, options: Partial<Docker.ContainerCreateOptions> = {}, start = false): Promise<Docker.Container> {
    const made = await docker.createContainer({ name, Image: BASE_IMAGE, Cmd: ['sleep', '300'], Labels: LABELS, ...options });
    containers.push(made);
    if (start) await made.start();
    // The model knows a container once its row shows.
    await rowWhere('berth.containers', (r) => r.label === name, `container ${name}`);
    return made;
  }

  before(async () => {
    await vscode.commands.executeCommand('berth.containers.focus');
  });

  after(async () => {
    for (const c of containers) await c.remove({ force: true, v: true }).catch(() => undefined);
    for (const i of images.reverse()) await docker.getImage(i).remove({ force: true }).catch(() => undefined);
    for (const v of volumes) await docker.getVolume(v).remove().catch(() => undefined);
    for (const n of networks) await docker.getNetwork(n).remove().catch(() => undefined);
  });

  describe('images', () => {
    const first = `${unique('img-a')}:v1`;
    const second = `${unique('img-b')}:v2`;
    let imageId = '';

    it('tags an image from its row, rejecting bad names as typed', async () => {
      imageId = await commitImage(first);
      images.push(imageId);
      const row = await rowWhere('berth.images', (r) => r.objectId === imageId, 'the committed image');
      const seen: vscode.InputBoxOptions[] = [];
      await withStubs({ showInputBox: inputs(seen, [second]) }, () => vscode.commands.executeCommand('berth.images.tag', row));
      assert.equal(seen.length, 1);
      assert.match((await validation(seen[0], 'Team/App:1')) ?? '', /must be lowercase/);
      assert.match((await validation(seen[0], 'app:-1')) ?? '', /Invalid tag "-1"/);
      assert.match((await validation(seen[0], 'app:')) ?? '', /tag after the colon/);
      assert.equal(await validation(seen[0], 'localhost:5000/team/app:1.0'), undefined);
      assert.ok((await docker.getImage(imageId).inspect()).RepoTags?.includes(second), 'the engine has the new name');
      await rowWhere('berth.images', (r) => r.objectId === imageId && imageNamed(second)(r), 'the new tag in the view');
    });

    it('shows the history of an image as a read-only Markdown table of instructions', async () => {
      const row = await rowWhere('berth.images', (r) => r.objectId === imageId, 'the image');
      await vscode.commands.executeCommand('berth.images.history', row);
      const editor = await waitFor(
        async () => vscode.window.activeTextEditor,
        (e) => e?.document.uri.scheme === 'berth-readonly',
        'the history document',
      );
      const text = editor!.document.getText();
      assert.equal(editor!.document.languageId, 'markdown');
      assert.match(text, /^# History of /);
      assert.match(text, /\| sh -c echo made > \/made-by-test \|/);
      assert.doesNotMatch(text, /#\(nop\)/);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('asks before removing a tag row, untags only that name, and keeps the image', async () => {
      const row = await rowWhere('berth.images', (r) => r.objectId === imageId && !!r.imageRef, 'a tag row');
      const ref = row.imageRef!;
      const asked: Asked[] = [];
      await withStubs({ showWarningMessage: warnings(asked, () => undefined) }, () => vscode.commands.executeCommand('berth.images.remove', row, [row]));
      assert.equal(asked[0].message, `Untag ${ref}?`);
      assert.match(asked[0].detail ?? '', /keeps its other tags/);
      assert.ok((await docker.getImage(imageId).inspect()).RepoTags?.includes(ref), 'declining removes nothing');

      await withStubs({ showWarningMessage: warnings(asked, (buttons) => buttons[0]) }, () => vscode.commands.executeCommand('berth.images.remove', row, [row]));
      const tags = (await docker.getImage(imageId).inspect()).RepoTags ?? [];
      assert.ok(!tags.includes(ref), `${ref} untagged`);
      assert.equal(tags.length, 1, 'the image stays with its other name');
      await noRowWhere('berth.images', (r) => r.objectId === imageId && r.imageRef === ref, 'the untagged name to leave the view');
    });

    it('names the containers using an image, offers only Force Remove, and removes it when forced', async () => {
      const user = unique('img-user');
      await container(user, { Image: imageId, Cmd: ['true'] });
      const row = await rowWhere('berth.images', (r) => r.objectId === imageId, 'the image');
      const asked: Asked[] = [];
      // The model learns who uses the image from the container's record; wait until it says so.
      await waitFor(
        async () => {
          await withStubs({ showWarningMessage: warnings(asked, () => undefined) }, () => vscode.commands.executeCommand('berth.images.remove', row));
          return asked[asked.length - 1];
        },
        (question) => (question.detail ?? '').includes(user),
        'the question to name the container',
      );
      const question = asked[asked.length - 1];
      assert.match(question.message, /^Remove image /);
      assert.deepEqual(question.buttons, ['Force Remove']);
      assert.ok(await docker.getImage(imageId).inspect(), 'declining removes nothing');

      await withStubs({ showWarningMessage: warnings(asked, () => 'Force Remove') }, () => vscode.commands.executeCommand('berth.images.remove', row));
      await assert.rejects(docker.getImage(imageId).inspect(), /no such image/i, errorsShown());
      await noRowWhere('berth.images', (r) => r.objectId === imageId, 'the image to leave the view');
    });

    it('removes images picked in the command palette (multi-select)', async () => {
      const a = await commitImage(`${unique('img-pick-a')}:1`);
      const b = await commitImage(`${unique('img-pick-b')}:1`);
      images.push(a, b);
      await rowWhere('berth.images', (r) => r.objectId === b, 'the second image');
      await rowWhere('berth.images', (r) => r.objectId === a, 'the first image');
      const asked: Asked[] = [];
      let offered = 0;
      const pick = async (items: Array<{ row: Presentation }>, options: vscode.QuickPickOptions) => {
        offered = items.length;
        assert.equal(options.canPickMany, true);
        return items.filter((item) => item.row.objectId === a || item.row.objectId === b);
      };
      await withStubs({ showQuickPick: pick, showWarningMessage: warnings(asked, (buttons) => buttons[0]) }, () => vscode.commands.executeCommand('berth.images.remove'));
      assert.ok(offered >= 2);
      assert.match(asked[0].message, /^Remove 2 images and tags: /);
      for (const id of [a, b]) await assert.rejects(docker.getImage(id).inspect(), /no such image/i, errorsShown());
      await noRowWhere('berth.images', (r) => r.objectId === a || r.objectId === b, 'both images to leave the view');
    });

    it('prunes dangling images once confirmed, listing them first', async () => {
      const dangling = await commitImage();
      images.push(dangling);
      await rowWhere('berth.images', (r) => r.objectId === dangling, 'the dangling image');
      const asked: Asked[] = [];
      const told: string[] = [];
      await withStubs({ showWarningMessage: warnings(asked, () => undefined) }, () => vscode.commands.executeCommand('berth.images.prune'));
      assert.match(asked[0].message, /^Remove \d+ dangling images\?$/);
      assert.ok(asked[0].detail?.includes(dangling.slice(7, 19)), 'the list names it');
      assert.ok(await docker.getImage(dangling).inspect(), 'declining removes nothing');
      // Confirming prunes every dangling image no container uses on this engine, not only ours.
      await withStubs(
        { showWarningMessage: warnings(asked, () => 'Prune'), showInformationMessage: async (message: string) => void told.push(message) },
        () => vscode.commands.executeCommand('berth.images.prune'),
      );
      await assert.rejects(docker.getImage(dangling).inspect(), /no such image/i, errorsShown());
      assert.match(told.join('\n'), /Pruned dangling images: \d+ removed, .+ reclaimed\./);
      await noRowWhere('berth.images', (r) => r.objectId === dangling, 'the pruned image to leave the view');
    });
  });

  describe('volumes', () => {
    const created = unique('vol-created');
    const others = [unique('vol-x'), unique('vol-y')];

    it('creates a named volume with labels, rejecting bad names and labels as typed', async () => {
      volumes.push(created);
      const seen: vscode.InputBoxOptions[] = [];
      await withStubs({ showInputBox: inputs(seen, [created, 'local', 'berth.test=1, purpose=vscode test']) }, () => vscode.commands.executeCommand('berth.volumes.create'));
      assert.equal(seen.length, 3);
      assert.match((await validation(seen[0], '')) ?? '', /Enter a name/);
      assert.match((await validation(seen[0], 'x')) ?? '', /at least two characters/);
      assert.match((await validation(seen[0], '-data')) ?? '', /starting with a letter or digit/);
      assert.equal(seen[1].value, 'local');
      assert.match((await validation(seen[2], '=x')) ?? '', /key=value/);
      const volume = await docker.getVolume(created).inspect();
      assert.equal(volume.Driver, 'local');
      assert.deepEqual(volume.Labels, { 'berth.test': '1', purpose: 'vscode test' });
      await rowWhere('berth.volumes', (r) => r.objectId === created, 'the new volume');
    });

    it('refuses to remove a volume a container uses, saying which', async () => {
      const user = unique('vol-user');
      await container(user, { Cmd: ['true'], HostConfig: { Binds: [`${created}:/data`] } });
      const row = await rowWhere('berth.volumes', (r) => r.objectId === created, 'the volume');
      const errors: string[] = [];
      const asked: Asked[] = [];
      await waitFor(
        async () => {
          await withStubs({ showErrorMessage: async (m: string) => void errors.push(m), showWarningMessage: warnings(asked, () => undefined) }, () =>
            vscode.commands.executeCommand('berth.volumes.remove', row),
          );
          return errors;
        },
        (list) => list.some((m) => m.includes(user)),
        'the refusal to name the container',
      );
      assert.match(errors[errors.length - 1], new RegExp(`Volumes in use cannot be removed\\. ${created} is used by containers: ${user}\\.`));
      assert.ok(await docker.getVolume(created).inspect(), 'nothing removed');
    });

    it('asks before removing a multi-selection, naming each, and removes them', async () => {
      for (const name of others) {
        volumes.push(name);
        await docker.createVolume({ Name: name, Labels: LABELS });
      }
      const selection = [await rowWhere('berth.volumes', (r) => r.objectId === others[0], 'x'), await rowWhere('berth.volumes', (r) => r.objectId === others[1], 'y')];
      const asked: Asked[] = [];
      await withStubs({ showWarningMessage: warnings(asked, () => undefined) }, () => vscode.commands.executeCommand('berth.volumes.remove', selection[1], selection));
      assert.equal(asked[0].message, `Remove 2 volumes: ${others[0]}, ${others[1]}?`);
      for (const name of others) assert.ok(await docker.getVolume(name).inspect(), 'declining removes nothing');
      await withStubs({ showWarningMessage: warnings(asked, () => 'Remove') }, () => vscode.commands.executeCommand('berth.volumes.remove', selection[1], selection));
      for (const name of others) await assert.rejects(docker.getVolume(name).inspect(), /no such volume/i, errorsShown());
      await noRowWhere('berth.volumes', (r) => others.includes(r.objectId ?? ''), 'the removed volumes to leave the view');
    });

    it('prunes unused volumes once confirmed, listing them and saying whether named ones go', async () => {
      const unused = unique('vol-unused');
      volumes.push(unused);
      await docker.createVolume({ Name: unused, Labels: LABELS });
      await rowWhere('berth.volumes', (r) => r.objectId === unused, 'the unused volume');
      const asked: Asked[] = [];
      await withStubs({ showWarningMessage: warnings(asked, () => undefined) }, () => vscode.commands.executeCommand('berth.volumes.prune'));
      assert.ok(asked[0].detail?.includes(unused), 'the list names it');
      assert.ok(!asked[0].detail?.split('\n').includes(created), 'a volume in use is not listed');
      assert.match(asked[0].detail ?? '', /named ones included|Named unused volumes/);
      // Confirming prunes every unused volume on this engine (named ones too), not only ours.
      const all = (buttons: string[]) => buttons.find((b) => b === 'Also Prune Named Volumes') ?? buttons.find((b) => b === 'Prune');
      await withStubs({ showWarningMessage: warnings(asked, all), showInformationMessage: async () => undefined }, () => vscode.commands.executeCommand('berth.volumes.prune'));
      await assert.rejects(docker.getVolume(unused).inspect(), /no such volume/i, errorsShown());
      assert.ok(await docker.getVolume(created).inspect(), 'the volume in use stays');
      await noRowWhere('berth.volumes', (r) => r.objectId === unused, 'the pruned volume to leave the view');
    });
  });

  describe('networks', () => {
    const name = unique('net');
    const octet = 100 + Math.floor(Math.random() * 150);
    const subnet = `10.231.${octet}.0/24`;
    let networkId = '';

    it('creates a network step by step, rejecting a bad name, subnet and gateway as typed', async () => {
      networks.push(name);
      const seen: vscode.InputBoxOptions[] = [];
      const picks: string[] = [];
      const pick = async (items: Array<{ label: string; driver?: string; internal?: boolean }>, options: vscode.QuickPickOptions) => {
        picks.push(options.placeHolder ?? '');
        return items.find((item) => item.driver === 'bridge') ?? items.find((item) => item.internal === true);
      };
      await withStubs({ showInputBox: inputs(seen, [name, subnet, `10.231.${octet}.1`, 'berth.test=1']), showQuickPick: pick }, () =>
        vscode.commands.executeCommand('berth.networks.create'),
      );
      assert.deepEqual(picks, ['Network driver', 'Outside access']);
      assert.match((await validation(seen[0], 'bad/name')) ?? '', /Invalid name/);
      assert.match((await validation(seen[0], 'bridge')) ?? '', /already exists/);
      assert.match((await validation(seen[1], '10.0.0.0/99')) ?? '', /CIDR/);
      assert.match((await validation(seen[1], `10.231.${octet}.7/24`)) ?? '', /host bits/);
      assert.equal(await validation(seen[1], ''), undefined, 'the subnet is optional');
      assert.match((await validation(seen[2], '10.232.0.1')) ?? '', /not inside the subnet/);
      assert.match((await validation(seen[2], 'gateway')) ?? '', /Enter an IP address/);
      const network = await docker.getNetwork(name).inspect();
      networkId = network.Id;
      assert.equal(network.Driver, 'bridge');
      assert.equal(network.Internal, true);
      assert.deepEqual(network.IPAM?.Config, [{ Subnet: subnet, Gateway: `10.231.${octet}.1` }]);
      await rowWhere('berth.networks', (r) => r.objectId === networkId, 'the new network');
    });

    it('refuses to remove a predefined network, saying why', async () => {
      const bridge = await rowWhere('berth.networks', (r) => r.label === 'bridge', 'the bridge network');
      const errors: string[] = [];
      const asked: Asked[] = [];
      await withStubs({ showErrorMessage: async (m: string) => void errors.push(m), showWarningMessage: warnings(asked, () => 'Remove') }, () =>
        vscode.commands.executeCommand('berth.networks.remove', bridge),
      );
      assert.deepEqual(errors, ['Cannot remove: bridge is predefined by Docker and cannot be removed.']);
      assert.deepEqual(asked, []);
    });

    it('connects a container picked in the palette, refuses removal while it is attached, and disconnects it', async () => {
      const member = unique('net-member');
      const joined = await container(member, {}, true);
      // From the palette: first the network, then the container (only those not on it are offered).
      const pick = async (items: Array<{ label: string; row?: Presentation; id?: string }>) => items.find((item) => item.row?.objectId === networkId || item.label === member);
      await withStubs({ showQuickPick: pick }, () => vscode.commands.executeCommand('berth.networks.connect'));
      assert.ok(Object.keys((await joined.inspect()).NetworkSettings.Networks).includes(name), 'connected');

      const row = await rowWhere('berth.networks', (r) => r.objectId === networkId, 'the network');
      const errors: string[] = [];
      const asked: Asked[] = [];
      await waitFor(
        async () => {
          await withStubs({ showErrorMessage: async (m: string) => void errors.push(m), showWarningMessage: warnings(asked, () => undefined) }, () =>
            vscode.commands.executeCommand('berth.networks.remove', row),
          );
          return errors;
        },
        (list) => list.some((m) => m.includes(member)),
        'the refusal to name the attached container',
      );
      assert.match(errors[errors.length - 1], /the engine refuses to remove a network while containers are attached/);
      assert.ok(await docker.getNetwork(networkId).inspect(), 'nothing removed');

      const offered: string[][] = [];
      const choose = async (items: Array<{ label: string }>) => {
        offered.push(items.map((i) => i.label));
        return items.find((i) => i.label === member);
      };
      await withStubs({ showQuickPick: choose }, () => vscode.commands.executeCommand('berth.networks.disconnect', row));
      assert.deepEqual(offered, [[member]], 'only the connected container is offered');
      assert.ok(!Object.keys((await joined.inspect()).NetworkSettings.Networks).includes(name), 'disconnected');
    });

    it('asks before removing a network, and removes it once no container is attached', async () => {
      const row = await rowWhere('berth.networks', (r) => r.objectId === networkId, 'the network');
      const asked: Asked[] = [];
      const errors: string[] = [];
      // Wait until the model has seen the disconnect: then the command asks instead of refusing.
      await waitFor(
        async () => {
          await withStubs({ showErrorMessage: async (m: string) => void errors.push(m), showWarningMessage: warnings(asked, () => undefined) }, () =>
            vscode.commands.executeCommand('berth.networks.remove', row),
          );
          return asked;
        },
        (list) => list.length > 0,
        'the question',
      );
      assert.equal(asked[0].message, `Remove network ${name}?`);
      assert.ok(await docker.getNetwork(networkId).inspect(), 'declining removes nothing');
      await withStubs({ showWarningMessage: warnings(asked, () => 'Remove') }, () => vscode.commands.executeCommand('berth.networks.remove', row));
      await assert.rejects(docker.getNetwork(networkId).inspect(), /not found|no such network/i, errorsShown());
      await noRowWhere('berth.networks', (r) => r.objectId === networkId, 'the network to leave the view');
    });

    it('prunes unused networks once confirmed, listing them first', async () => {
      const unused = unique('net-unused');
      networks.push(unused);
      const { id } = await docker.createNetwork({ Name: unused, Labels: LABELS });
      await rowWhere('berth.networks', (r) => r.objectId === id, 'the unused network');
      const asked: Asked[] = [];
      await withStubs({ showWarningMessage: warnings(asked, () => undefined) }, () => vscode.commands.executeCommand('berth.networks.prune'));
      assert.ok(asked[0].detail?.includes(`${unused} (bridge)`), 'the list names it');
      assert.ok(!/^(bridge|host|none) /m.test(asked[0].detail ?? ''), 'predefined networks are not listed');
      assert.ok(await docker.getNetwork(id).inspect(), 'declining removes nothing');
      // Confirming prunes every unused network on this engine, not only ours.
      await withStubs({ showWarningMessage: warnings(asked, () => 'Prune'), showInformationMessage: async () => undefined }, () => vscode.commands.executeCommand('berth.networks.prune'));
      await assert.rejects(docker.getNetwork(id).inspect(), /not found|no such network/i, errorsShown());
      await noRowWhere('berth.networks', (r) => r.objectId === id, 'the pruned network to leave the view');
    });
  });
});
