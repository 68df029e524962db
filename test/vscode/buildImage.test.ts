import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import { startSecondEngine } from '../engine/secondEngine';
import { BASE_IMAGE, docker } from '../support/docker';
import { activateBerth } from './helpers';

/** What a scripted answer sees and does: the input as the command set it up. */
type FakeInput = {
  kind: 'pick' | 'input';
  title?: string;
  placeholder?: string;
  prompt?: string;
  value: string;
  validationMessage?: string | vscode.InputBoxValidationMessage;
  items: readonly vscode.QuickPickItem[];
  selectedItems: readonly vscode.QuickPickItem[];
  activeItems: readonly vscode.QuickPickItem[];
  canSelectMany: boolean;
  accept(): void;
  back(): void;
  type(value: string): void;
};
type Answer = (input: FakeInput) => void;

/**
 * Replaces createQuickPick/createInputBox with inputs that answer from `answers` in order, and
 * records what each step showed. Restored by the returned function.
 */
function scriptInputs(answers: Answer[], shown: Array<Pick<FakeInput, 'kind' | 'title' | 'placeholder' | 'prompt' | 'value'> & { items: string[]; selected: string[] }>): () => void {
  const window = vscode.window as { createQuickPick: unknown; createInputBox: unknown };
  const originals = { createQuickPick: window.createQuickPick, createInputBox: window.createInputBox };
  const make = (kind: 'pick' | 'input') => {
    const accept = new vscode.EventEmitter<void>();
    const hide = new vscode.EventEmitter<void>();
    const button = new vscode.EventEmitter<vscode.QuickInputButton>();
    const change = new vscode.EventEmitter<string>();
    const input: FakeInput & Record<string, unknown> = {
      kind,
      value: '',
      items: [],
      selectedItems: [],
      activeItems: [],
      canSelectMany: false,
      buttons: [],
      onDidAccept: accept.event,
      onDidHide: hide.event,
      onDidTriggerButton: button.event,
      onDidChangeValue: change.event,
      onDidChangeSelection: new vscode.EventEmitter().event,
      onDidChangeActive: new vscode.EventEmitter().event,
      accept: () => accept.fire(),
      back: () => button.fire(vscode.QuickInputButtons.Back),
      type: (value: string) => {
        input.value = value;
        change.fire(value);
      },
      show: () => {
        shown.push({
          kind,
          title: input.title,
          placeholder: input.placeholder,
          prompt: input.prompt,
          value: input.value,
          items: input.items.map((i) => i.label),
          selected: (input.canSelectMany ? input.selectedItems : input.activeItems).map((i) => i.label),
        });
        const answer = answers.shift();
        setTimeout(() => (answer ? answer(input) : hide.fire()), 0);
      },
      hide: () => hide.fire(),
      dispose: () => undefined,
    };
    return input;
  };
  window.createQuickPick = () => make('pick');
  window.createInputBox = () => make('input');
  return () => Object.assign(window, originals);
}

const choose = (...labels: string[]): Answer => (input) => {
  const items = input.items.filter((i) => labels.includes(i.label));
  if (input.canSelectMany) input.selectedItems = items;
  else input.activeItems = items.slice(0, 1);
  input.accept();
};
const keep: Answer = (input) => input.accept();
const enter = (value: string): Answer => (input) => {
  input.type(value);
  input.accept();
};
const back: Answer = (input) => input.back();

async function until<T>(read: () => T | Promise<T>, done: (value: T) => boolean, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) assert.fail(`waited for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Captures showInformationMessage/showErrorMessage/showWarningMessage texts while `run` runs. */
async function withMessages<T>(answerWarning: string | undefined, run: (messages: string[]) => Promise<T>): Promise<T> {
  const window = vscode.window as Record<string, unknown>;
  const originals = { showInformationMessage: window.showInformationMessage, showErrorMessage: window.showErrorMessage, showWarningMessage: window.showWarningMessage };
  const messages: string[] = [];
  window.showInformationMessage = async (message: string) => void messages.push(`info: ${message}`);
  window.showErrorMessage = async (message: string) => void messages.push(`error: ${message}`);
  window.showWarningMessage = async (message: string) => {
    messages.push(`warning: ${message}`);
    return answerWarning;
  };
  try {
    return await run(messages);
  } finally {
    Object.assign(window, originals);
  }
}

/** What `sh -c script` prints in a container of `image`. */
async function outputOf(image: string, script: string): Promise<string> {
  const container = await docker.createContainer({ Image: image, Cmd: ['sh', '-c', script], Tty: true, Labels: { 'berth.test': '1' } });
  try {
    await container.start();
    await container.wait();
    return ((await container.logs({ stdout: true, stderr: true })) as Buffer).toString('utf8').replace(/\r\n/g, '\n');
  } finally {
    await container.remove({ force: true });
  }
}

describe('Build Image from a Dockerfile', function () {
  this.timeout(180_000);
  const stamp = Date.now().toString(36);
  const root = mkdtempSync(path.join(tmpdir(), 'berth-vscode-build-'));
  const tags: string[] = [];
  const tagFor = (what: string) => {
    const tag = `berth-test-build-${what}-${stamp}:t`;
    tags.push(tag);
    return tag;
  };
  const dockerfileIn = (folder: string, text: string) => {
    const dir = path.join(root, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'Dockerfile'), text);
    return vscode.Uri.file(path.join(dir, 'Dockerfile'));
  };

  after(async function () {
    // Image removal is slow on the shared engine; leave ample time.
    this.timeout(600_000);
    await Promise.all(tags.map((tag) => docker.getImage(tag).remove({ force: true }).catch(() => undefined)));
    rmSync(root, { recursive: true, force: true });
  });

  it('asks for context, tag (with back), build args from the language server and the target, builds, and shows the image', async () => {
    const api = await activateBerth();
    const uri = dockerfileIn('My App', [
      `ARG BASE=${BASE_IMAGE}`,
      'FROM $BASE AS base',
      'LABEL berth.test=1',
      'ARG GREETING=hello',
      'RUN echo "$GREETING" > /greeting',
      'FROM base AS final',
      'RUN touch /final',
      '',
    ].join('\n'));
    const tag = tagFor('ok');
    const shown: Parameters<typeof scriptInputs>[1] = [];
    const restore = scriptInputs([
      keep, // context: the Dockerfile's folder
      (input) => {
        // An invalid tag is refused as typed, with a reason.
        input.type('My App');
        input.accept();
        assert.match(String(input.validationMessage), /lower case|spaces/i);
        enter('whatever:1')(input);
      },
      back, // at the build args: back to the tag
      enter(tag),
      choose('GREETING'),
      enter('bonjour'),
      choose('base'),
      keep, // options: none
    ], shown);
    try {
      await withMessages(undefined, async () => {
        await vscode.commands.executeCommand('berth.images.build', uri);
      });
    } finally {
      restore();
    }
    assert.equal(shown[1]?.value, 'my-app:latest', 'the tag defaults to the folder name, sanitised');
    assert.deepEqual(shown[2]?.items, ['BASE', 'GREETING'], 'ARGs as the language server reads them');
    assert.equal(shown[3]?.value, 'whatever:1', 'going back shows what was entered');
    assert.deepEqual(shown[4]?.items, ['BASE', 'GREETING']);
    assert.equal(shown[5]?.value, 'hello', "an ARG's value starts at its default");
    assert.deepEqual(shown[6]?.items, ['Last stage', 'base', 'final']);
    const image = await docker.getImage(tag).inspect();
    assert.equal(image.Config.Labels?.['berth.test'], '1');
    const row = await until(() => api.viewItems('berth.images'), (rows) => rows.some((r) => r.imageRef === tag), `${tag} in the Images view`);
    assert.equal(row.find((r) => r.imageRef === tag)?.objectId, image.Id);
    // The target stage was built with the argument given: the final stage's file is not there.
    assert.equal(await outputOf(tag, 'cat /greeting; ls /final 2>&1'), 'bonjour\nls: /final: No such file or directory\n');

    // The next build of the same Dockerfile offers the last choices.
    const again: Parameters<typeof scriptInputs>[1] = [];
    const restoreAgain = scriptInputs([keep], again);
    try {
      await vscode.commands.executeCommand('berth.images.build', uri);
    } finally {
      restoreAgain();
    }
    assert.equal(again[1]?.value, tag, 'the tag typed last time is the default (the user then dismissed the input)');
  });

  it('marks the Dockerfile line of a failing step and clears it on the next edit', async () => {
    await activateBerth();
    const uri = dockerfileIn('failing', [`FROM ${BASE_IMAGE}`, 'LABEL berth.test=1', 'RUN echo fine', '', '# the failing one', 'RUN echo failing && \\', '    exit 7', 'RUN echo never', ''].join('\n'));
    const restore = scriptInputs([keep, enter(tagFor('fail')), keep], []);
    const messages = await withMessages(undefined, async (messages) => {
      try {
        await vscode.commands.executeCommand('berth.images.build', uri);
      } finally {
        restore();
      }
      return messages;
    });
    assert.ok(messages.some((m) => /^error: Building .* failed at step 4\/5 .*non-zero code: 7/.test(m)), messages.join('\n'));
    const diagnostics = await until(() => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'berth.build'), (d) => d.length > 0, 'the build diagnostic');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.range.start.line, 5);
    assert.match(diagnostics[0]!.message, /returned a non-zero code: 7/);
    assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);

    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((edit) => edit.insert(new vscode.Position(4, 0), '# edited\n'));
    await until(() => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'berth.build'), (d) => d.length === 0, 'the diagnostic to go after an edit');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('cancels a running build from the progress notification and leaves nothing behind', async () => {
    await activateBerth();
    const marker = `berth-vscode-cancel-${stamp}`;
    const uri = dockerfileIn('cancel', [`FROM ${BASE_IMAGE}`, 'LABEL berth.test=1', `RUN echo ${marker} && sleep 30`, ''].join('\n'));
    const tag = tagFor('cancel');
    const window = vscode.window as { withProgress: unknown };
    const original = window.withProgress;
    const reported: string[] = [];
    // The notification's Cancel button, pressed once the long step is running.
    window.withProgress = (options: vscode.ProgressOptions, task: (p: vscode.Progress<{ message?: string }>, t: vscode.CancellationToken) => Thenable<unknown>) => {
      const source = new vscode.CancellationTokenSource();
      return Promise.resolve(task({ report: ({ message }) => {
        if (message) reported.push(message);
        if (message?.includes(marker)) setTimeout(() => source.cancel(), 500);
      } }, source.token));
    };
    const restore = scriptInputs([keep, enter(tag), choose('Do not use the build cache')], []);
    const messages = await withMessages(undefined, async (messages) => {
      try {
        await vscode.commands.executeCommand('berth.images.build', uri);
      } finally {
        restore();
        window.withProgress = original;
      }
      return messages;
    });
    assert.ok(reported.some((m) => m.startsWith('Step 3/3: RUN echo')), reported.join('\n'));
    assert.ok(messages.includes(`info: The build of ${tag} was cancelled.`), messages.join('\n'));
    await assert.rejects(docker.getImage(tag).inspect(), /no such image/i);
    await until(async () => (await docker.listContainers({ all: true })).filter((c) => c.Command.includes(marker)), (left) => left.length === 0, 'the step container to go');
  });

  it('warns before a classic build of BuildKit-only syntax, and builds nothing when declined', async () => {
    await activateBerth();
    const uri = dockerfileIn('buildkit', [`FROM ${BASE_IMAGE}`, 'RUN --mount=type=cache,target=/c true', ''].join('\n'));
    const tag = tagFor('buildkit');
    const restore = scriptInputs([keep, enter(tag), keep], []);
    const messages = await withMessages(undefined, async (messages) => {
      try {
        await vscode.commands.executeCommand('berth.images.build', uri);
      } finally {
        restore();
      }
      return messages;
    });
    assert.ok(messages.some((m) => m === 'warning: Dockerfile uses features that only BuildKit supports; the classic builder will fail or ignore them.'), messages.join('\n'));
    await assert.rejects(docker.getImage(tag).inspect(), /no such image/i);
  });

  it('from the palette, offers the Dockerfiles of the workspace', async () => {
    await activateBerth();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const window = vscode.window as { showQuickPick: unknown };
    const original = window.showQuickPick;
    const offered: string[] = [];
    window.showQuickPick = async (items: Array<{ label: string }>) => {
      offered.push(...items.map((i) => i.label));
      return undefined;
    };
    try {
      await vscode.commands.executeCommand('berth.images.build');
    } finally {
      window.showQuickPick = original;
    }
    assert.deepEqual(offered, ['Containerfile', 'Dockerfile']);
  });

  it("says why when the engine cannot be reached, in the engine's words", async () => {
    await activateBerth();
    const uri = dockerfileIn('noengine', [`FROM ${BASE_IMAGE}`, ''].join('\n'));
    const config = vscode.workspace.getConfiguration('berth');
    await config.update('docker.host', 'unix:///tmp/berth-test-no-engine.sock', vscode.ConfigurationTarget.Global);
    const restore = scriptInputs([keep, enter(tagFor('noengine')), keep], []);
    try {
      const messages = await withMessages(undefined, async (messages) => {
        await vscode.commands.executeCommand('berth.images.build', uri);
        return messages;
      });
      assert.ok(messages.some((m) => /^error: Building berth-test-build-noengine-.* failed: .*berth-test-no-engine\.sock/.test(m)), messages.join('\n'));
    } finally {
      restore();
      await config.update('docker.host', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('says what the engine said when it is stopped in the middle of a build, and leaves no image or step container', async () => {
    await activateBerth();
    // A second dockerd of the test's own stands in: the machine's engine is never stopped.
    const second = await startSecondEngine({ storageDriver: 'vfs' });
    const config = vscode.workspace.getConfiguration('berth');
    const marker = `berth-vscode-midbuild-${stamp}`;
    const uri = dockerfileIn('midbuild', [`FROM ${BASE_IMAGE}`, `RUN echo ${marker} && sleep 60`, ''].join('\n'));
    const tag = tagFor('midbuild');
    try {
      const direct = new Docker({ socketPath: second.socketPath });
      const loading = await direct.loadImage(await docker.getImage(BASE_IMAGE).get());
      await new Promise<void>((resolve, reject) => {
        loading.on('end', resolve);
        loading.on('error', reject);
        loading.resume();
      });
      await config.update('docker.host', `unix://${second.socketPath}`, vscode.ConfigurationTarget.Global);
      const restore = scriptInputs([keep, enter(tag), keep], []);
      const messages = await withMessages(undefined, async (messages) => {
        try {
          const building = vscode.commands.executeCommand('berth.images.build', uri);
          // Once the RUN step's container runs, the engine is stopped as `systemctl stop docker`
          // does (SIGTERM): dockerd kills the step (code 137) and reports it before it exits.
          await until(async () => (await direct.listContainers()).filter((c) => c.Command.includes(marker)), (running) => running.length > 0, 'the RUN step to run');
          await second.stopDaemon();
          await building;
        } finally {
          restore();
        }
        return messages;
      });
      const failures = messages.filter((m) => m.startsWith('error: '));
      assert.equal(failures.length, 1, messages.join('\n'));
      assert.match(failures[0], new RegExp(`^error: Building ${tag} failed at step 2/2 \\(RUN echo ${marker} && sleep 60\\): .*(137|connection to the engine ended)`));
      // Back up, the engine has no half-built image and no leftover step container.
      await second.startDaemon();
      await assert.rejects(direct.getImage(tag).inspect(), /no such image/i);
      assert.deepEqual((await direct.listContainers({ all: true })).filter((c) => c.Command.includes(marker)), []);
    } finally {
      await config.update('docker.host', undefined, vscode.ConfigurationTarget.Global);
      await second.stop();
    }
  });
});
