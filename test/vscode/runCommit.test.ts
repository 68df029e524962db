import assert from 'node:assert/strict';
import net from 'node:net';
import * as vscode from 'vscode';
import { BASE_IMAGE, docker } from '../support/docker';
import { activateBerth } from './helpers';

type Row = { id: string; label: string; contextValue: string; objectId?: string; imageRef?: string };

/** What the scripted user does at one quick input: choose an item, type values (each checked), or press Back. */
type Answer = { pick: string } | { pickIfOffered: string } | { type: string[] } | 'back';

interface Seen {
  kind: 'pick' | 'text';
  title: string;
  items: string[];
  /** The validation message after each typed value. */
  messages: Array<string | undefined>;
}

/**
 * Replaces createQuickPick/createInputBox with scripted stand-ins: each shown input takes the
 * next answer from `script`. Everything shown is recorded in `seen`.
 */
function scriptQuickInputs(script: Answer[]): { seen: Seen[]; restore: () => void } {
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = { createQuickPick: window.createQuickPick, createInputBox: window.createInputBox };
  const seen: Seen[] = [];
  const make = (kind: 'pick' | 'text') => {
    const accept = new vscode.EventEmitter<void>();
    const hide = new vscode.EventEmitter<void>();
    const button = new vscode.EventEmitter<vscode.QuickInputButton>();
    const change = new vscode.EventEmitter<string>();
    const input = {
      title: '', placeholder: '', prompt: '', value: '', validationMessage: undefined as string | undefined,
      items: [] as vscode.QuickPickItem[], activeItems: [] as vscode.QuickPickItem[], selectedItems: [] as vscode.QuickPickItem[],
      buttons: [] as vscode.QuickInputButton[], matchOnDescription: false, ignoreFocusOut: false,
      onDidAccept: accept.event, onDidHide: hide.event, onDidTriggerButton: button.event, onDidChangeValue: change.event,
      dispose: () => [accept, hide, button, change].forEach((e) => e.dispose()),
      hide: () => hide.fire(),
      show: () => {
        const record: Seen = { kind, title: input.title, items: input.items.map((i) => i.label), messages: [] };
        seen.push(record);
        // An optional answer applies only when the pick offers that item.
        while (typeof script[0] === 'object' && 'pickIfOffered' in script[0]) {
          const optional = script[0] as { pickIfOffered: string };
          if (kind === 'pick' && input.items.some((i) => i.label.includes(optional.pickIfOffered))) {
            script[0] = { pick: optional.pickIfOffered };
            break;
          }
          script.shift();
        }
        const answer = script.shift() as Exclude<Answer, { pickIfOffered: string }> | undefined;
        setTimeout(() => {
          if (answer === undefined) return hide.fire();
          if (answer === 'back') return button.fire(vscode.QuickInputButtons.Back);
          if ('pick' in answer) {
            const item = input.items.find((i) => i.label.includes(answer.pick));
            if (!item) return hide.fire();
            input.selectedItems = [item];
            return accept.fire();
          }
          for (const value of answer.type) {
            input.value = value;
            change.fire(value);
            record.messages.push(input.validationMessage);
          }
          accept.fire();
        }, 0);
      },
    };
    return input;
  };
  window.createQuickPick = () => make('pick');
  window.createInputBox = () => make('text');
  return { seen, restore: () => Object.assign(window, originals) };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForRow(viewId: string, match: (row: Row) => boolean, what: string): Promise<Row> {
  const api = await activateBerth();
  const deadline = Date.now() + 20_000;
  for (;;) {
    const row = ((await api.viewItems(viewId)) as Row[]).find(match);
    if (row || Date.now() > deadline) {
      assert.ok(row, `${what} shows in ${viewId}`);
      return row;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Replaces a vscode.window message function for the duration of `body`, answering with `answer`. */
async function withMessages<T>(name: 'showErrorMessage' | 'showInformationMessage' | 'showWarningMessage', answer: string | undefined, body: (messages: string[]) => PromiseLike<T>): Promise<T> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window[name];
  const messages: string[] = [];
  window[name] = async (message: string) => {
    messages.push(message);
    return answer;
  };
  try {
    return await body(messages);
  } finally {
    window[name] = original;
  }
}

describe('run and commit on a real engine, through the quick input flows', function () {
  this.timeout(90_000);
  const stamp = Date.now().toString(36);
  const name = `berth-test-runflow-${stamp}`;
  const taken = `berth-test-runflow-taken-${stamp}`;
  const repo = `berth-test-commit-${stamp}`;
  let port = 0;

  before(async () => {
    port = await freePort();
    await vscode.commands.executeCommand('berth.containers.focus');
  });

  after(async () => {
    for (const n of [name, taken]) await docker.getContainer(n).remove({ force: true }).catch(() => undefined);
    await docker.getImage(`${repo}:v1`).remove().catch(() => undefined);
  });

  it('runs an image from its row: each field checked as typed, Back works, More options, copy the command, run', async () => {
    const image = await waitForRow('berth.images', (r) => r.imageRef === BASE_IMAGE, BASE_IMAGE);
    const { seen, restore } = scriptQuickInputs([
      { pickIfOffered: 'Start from the defaults' },
      { type: ['-bad name', name] },
      { type: ['99999', `127.0.0.1:${port}:80`] },
      'back', // at Env: back to Ports
      { type: [`127.0.0.1:${port}:80`] },
      { type: ["A=1 'B=two words'"] },
      { type: ['relative:path', '/scratch'] },
      { pick: 'Detached' },
      { pick: 'More options' },
      { pick: 'Command' },
      { type: ['sleep 300'] },
      { pick: 'Labels' },
      { type: ['berth.test=1'] },
      { pick: 'Done' },
      { pick: 'Copy docker run command' },
      { pick: 'Run' },
    ]);
    try {
      await withMessages('showInformationMessage', undefined, () => vscode.commands.executeCommand('berth.images.run', image));
    } finally {
      restore();
    }
    const texts = seen.filter((s) => s.kind === 'text');
    assert.match(texts[0].messages[0] ?? '', /not a valid container name/);
    assert.equal(texts[0].messages[1], undefined);
    assert.match(texts[1].messages[0] ?? '', /container port must be a number from 1 to 65535/);
    assert.match(texts[2].title, /Environment/);
    assert.match(texts[3].title, /Ports/, 'Back at Environment showed Ports again');
    assert.match(texts[5].messages[0] ?? '', /must be absolute/);
    const clipboard = await vscode.env.clipboard.readText();
    assert.equal(clipboard, `docker run -d --name ${name} -p 127.0.0.1:${port}:80 -e A=1 -e 'B=two words' -v /scratch --label berth.test=1 ${BASE_IMAGE} sleep 300`);

    const row = await waitForRow('berth.containers', (r) => r.label === name && /^container\.running(\.|$)/.test(r.contextValue), name);
    const inspect = await docker.getContainer(row.objectId!).inspect();
    assert.deepEqual(inspect.Config.Cmd, ['sleep', '300']);
    assert.ok(inspect.Config.Env.includes('B=two words'));
    assert.equal(inspect.Config.Labels['berth.test'], '1');
    assert.deepEqual(inspect.HostConfig.PortBindings, { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port) }] });
  });

  it('copies a container as a docker run command', async () => {
    const row = await waitForRow('berth.containers', (r) => r.label === name, name);
    await withMessages('showInformationMessage', undefined, () => vscode.commands.executeCommand('berth.containers.copyRunCommand', row));
    assert.equal(await vscode.env.clipboard.readText(), `docker run -d --name ${name} -p 127.0.0.1:${port}:80 -e A=1 -e 'B=two words' --label berth.test=1 ${BASE_IMAGE} sleep 300`);
  });

  it('reports a taken port by number, and removes the created container only when asked', async () => {
    const image = await waitForRow('berth.images', (r) => r.imageRef === BASE_IMAGE, BASE_IMAGE);
    const { restore } = scriptQuickInputs([
      { pickIfOffered: 'Start from the defaults' },
      { type: [taken] },
      { type: [`127.0.0.1:${port}:80`] },
      { type: [''] },
      { type: [''] },
      { pick: 'Detached' },
      { pick: 'More options' },
      { pick: 'Command' },
      { type: ['sleep 300'] },
      { pick: 'Labels' },
      { type: ['berth.test=1'] },
      { pick: 'Done' },
      { pick: 'Run' },
    ]);
    try {
      const messages = await withMessages('showErrorMessage', 'Remove the Container', async (messages) => {
        await vscode.commands.executeCommand('berth.images.run', image);
        return messages;
      });
      assert.equal(messages.length, 1);
      assert.match(messages[0], new RegExp(`was created but did not start: Host port ${port} is already taken by another container`));
    } finally {
      restore();
    }
    await assert.rejects(docker.getContainer(taken).inspect(), /no such container/i);
  });

  it('runs again with the last settings', async () => {
    await docker.getContainer(name).remove({ force: true });
    const image = await waitForRow('berth.images', (r) => r.imageRef === BASE_IMAGE, BASE_IMAGE);
    // The taken-port run was the last from this image; run again offers its settings first.
    const { seen, restore } = scriptQuickInputs([]);
    try {
      await withMessages('showInformationMessage', undefined, async () => withMessages('showErrorMessage', undefined, () => vscode.commands.executeCommand('berth.images.runAgain', image)));
    } finally {
      restore();
    }
    assert.equal(seen.length, 0, 'no questions');
    const row = await waitForRow('berth.containers', (r) => r.label === taken && /^container\.running(\.|$)/.test(r.contextValue), taken);
    assert.deepEqual((await docker.getContainer(row.objectId!).inspect()).Config.Cmd, ['sleep', '300']);
  });

  it('reports a missing image clearly', async () => {
    const ref = `berth-test-no-such-image-${stamp}:1`;
    const { restore } = scriptQuickInputs([{ type: [''] }, { type: [''] }, { type: [''] }, { type: [''] }, { pick: 'Detached' }, { pick: 'Run' }]);
    try {
      const messages = await withMessages('showErrorMessage', undefined, async (messages) => {
        await vscode.commands.executeCommand('berth.images.run', { id: ref, label: ref, objectId: ref, imageRef: ref, contextValue: 'image.tagged', icon: 'package' });
        return messages;
      });
      assert.deepEqual(messages, [`Cannot run ${ref}: The image '${ref}' is not on this engine; build or pull it first.`]);
    } finally {
      restore();
    }
  });

  it('commits a container from its row: bad tag and bad change refused as typed; the image appears in the Images view', async () => {
    const row = await waitForRow('berth.containers', (r) => r.label === taken, taken);
    const { seen, restore } = scriptQuickInputs([
      { type: ['Bad:Tag', `${repo}:v1`] },
      { type: ['Berth Test'] },
      { type: ['made from a row'] },
      { pick: 'Add a change' },
      { type: ['RUN echo no', 'ENV STAGE=committed'] },
      { pick: 'Add a change' },
      { type: ['EXPOSE 8080'] },
      { pick: 'Continue' },
      { pick: 'Pause the container' },
    ]);
    try {
      await withMessages('showInformationMessage', undefined, () => vscode.commands.executeCommand('berth.containers.commit', row));
    } finally {
      restore();
    }
    const texts = seen.filter((s) => s.kind === 'text');
    assert.match(texts[0].messages[0] ?? '', /not a valid repository name/);
    assert.match(texts[3].messages[0] ?? '', /'RUN' cannot be applied by a commit/);
    const imageRow = await waitForRow('berth.images', (r) => r.imageRef === `${repo}:v1`, `${repo}:v1`);
    const image = await docker.getImage(imageRow.objectId!).inspect();
    assert.ok(image.Config.Env.includes('STAGE=committed'));
    // The container's own port (80, published when it was run) stays; the change adds 8080.
    assert.deepEqual(image.Config.ExposedPorts, { '80/tcp': {}, '8080/tcp': {} });
    assert.equal(image.Author, 'Berth Test');
    assert.equal(image.Comment, 'made from a row');
  });
});
