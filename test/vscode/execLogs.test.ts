import assert from 'node:assert/strict';
import type Docker from 'dockerode';
import * as vscode from 'vscode';
import { Engine } from '../../client/src/engine/engine';
import { resolveEndpoint } from '../../client/src/engine/endpoint';
import { EngineEvent } from '../../client/src/engine/records';
import { ExecPseudoterminal } from '../../client/src/views/terminals/execTerminal';
import { LogsPseudoterminal } from '../../client/src/views/terminals/logsTerminal';
import { ShellPseudoterminal } from '../../client/src/views/terminals/shellTerminal';
import { BASE_IMAGE, docker } from '../support/docker';
import { activateBerth, note } from './helpers';

type Row = { id: string; label: string; contextValue: string; objectId?: string };

/** Everything a Pseudoterminal writes, with a way to wait for some of it. */
function recorder(pty: vscode.Pseudoterminal): { text(): string; waitFor(pattern: RegExp, timeoutMs?: number): Promise<void> } {
  let text = '';
  pty.onDidWrite((t) => (text += t));
  return {
    text: () => text,
    async waitFor(pattern, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(text)) {
        if (Date.now() > deadline) assert.fail(`no ${pattern} in ${JSON.stringify(text)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

describe('exec and logs commands on a real engine', () => {
  const stamp = Date.now().toString(36);
  const engine = new Engine(resolveEndpoint(undefined));
  const containers: Docker.Container[] = [];
  const terminals: vscode.Terminal[] = [];

  async function running(what: string, cmd = ['sleep', '300']): Promise<Docker.Container> {
    const container = await docker.createContainer({ name: `berth-test-${what}-${stamp}`, Image: BASE_IMAGE, Cmd: cmd, Labels: { 'berth.test': '1' } });
    containers.push(container);
    await container.start();
    return container;
  }

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

  /** Runs `body` with showErrorMessage recording instead of showing. */
  async function errorsOf(body: () => Promise<unknown>): Promise<string[]> {
    const original = vscode.window.showErrorMessage;
    const shown: string[] = [];
    (vscode.window as { showErrorMessage: unknown }).showErrorMessage = async (message: string) => {
      shown.push(message);
      return undefined;
    };
    try {
      await body();
    } finally {
      (vscode.window as { showErrorMessage: unknown }).showErrorMessage = original;
    }
    return shown;
  }

  after(async () => {
    terminals.forEach((t) => t.dispose());
    for (const c of containers) await c.remove({ force: true }).catch(() => undefined);
  });

  it('Attach Shell opens a terminal named after the container', async () => {
    const name = `berth-test-shell-${stamp}`;
    await running('shell');
    await vscode.commands.executeCommand('berth.containers.focus');
    const before = vscode.window.terminals.length;
    const opened = (await vscode.commands.executeCommand('berth.containers.attachShell', await rowOf(name, 'container.running'))) as vscode.Terminal[];
    terminals.push(...opened);
    assert.equal(opened.length, 1);
    assert.equal(opened[0].name, `${name} (sh)`);
    assert.ok(vscode.window.terminals.includes(opened[0]));
    assert.equal(vscode.window.terminals.length, before + 1);
  });

  it('the shell terminal types, resizes, shows the exit code and closes on a key', async () => {
    const container = await running('shell-pty');
    const pty = new ShellPseudoterminal(await engine.openShell(container.id, ['sh'], { cols: 80, rows: 24 }));
    const out = recorder(pty);
    let closed = false;
    pty.onDidClose(() => (closed = true));
    pty.open({ columns: 100, rows: 30 });
    // The resize is its own request; let it land before asking.
    await new Promise((r) => setTimeout(r, 300));
    pty.handleInput('stty size\r');
    await out.waitFor(/\r\n30 100\r\n/);
    pty.setDimensions({ columns: 120, rows: 40 });
    await new Promise((r) => setTimeout(r, 300));
    pty.handleInput('stty size\r');
    await out.waitFor(/\r\n40 120\r\n/);
    pty.handleInput('exit 5\r');
    assert.equal(await pty.exited, 5);
    await out.waitFor(/Shell exited with code 5\. Press any key to close the terminal\./);
    assert.equal(closed, false, 'the terminal stays until a key is pressed');
    pty.handleInput('x');
    assert.equal(closed, true);
  });

  it('Exec Command runs the typed command, shows its output and gives its exit code', async () => {
    const name = `berth-test-exec-${stamp}`;
    await running('exec');
    const original = vscode.window.showInputBox;
    const asked: Array<vscode.InputBoxOptions | undefined> = [];
    (vscode.window as { showInputBox: unknown }).showInputBox = async (options?: vscode.InputBoxOptions) => {
      asked.push(options);
      return 'echo from-exec; echo oops >&2; exit 4';
    };
    let code: unknown;
    try {
      code = await vscode.commands.executeCommand('berth.containers.execCommand', await rowOf(name, 'container.running'));
      // The second run offers the command typed last.
      await vscode.commands.executeCommand('berth.containers.execCommand', await rowOf(name, 'container.running'));
    } finally {
      (vscode.window as { showInputBox: unknown }).showInputBox = original;
    }
    assert.equal(code, 4);
    assert.equal(asked[1]?.value, 'echo from-exec; echo oops >&2; exit 4');
    assert.equal(await asked[0]?.validateInput?.('  '), 'Type a command to run.');
    const terminal = vscode.window.terminals.find((t) => t.name === `${name}: echo from-exec; echo oops >&2; exit 4`);
    assert.ok(terminal, 'a terminal named after the container and the command');
    terminals.push(...vscode.window.terminals.filter((t) => t.name.startsWith(`${name}:`)));

    const pty = new ExecPseudoterminal(engine, containers[containers.length - 1].id, ['sh', '-c', 'echo from-exec; echo oops >&2; exit 4'], 'the command');
    const out = recorder(pty);
    pty.open();
    assert.equal(await pty.done, 4);
    assert.match(out.text(), /from-exec\r\n/);
    assert.match(out.text(), /\x1b\[31moops\r\n\x1b\[0m/, 'stderr in red');
    assert.match(out.text(), /Command exited with code 4\./);
    pty.close();

    const long = new ExecPseudoterminal(engine, containers[containers.length - 1].id, ['sh', '-c', 'echo begun; sleep 100'], 'sleep');
    const longOut = recorder(long);
    long.open();
    await longOut.waitFor(/begun/);
    long.cancel();
    assert.equal(await long.done, undefined);
    assert.match(longOut.text(), /The command was stopped\./);
    long.close();
  });

  it('View Logs opens a logs terminal; the logs view follows, survives a restart without repeats, and stops when closed', async () => {
    const name = `berth-test-logs-${stamp}`;
    const container = await running('logs', ['sh', '-c', 'echo boot; i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.2; done']);
    const opened = (await vscode.commands.executeCommand('berth.containers.viewLogs', await rowOf(name, 'container.running'))) as vscode.Terminal[];
    terminals.push(...opened);
    assert.deepEqual(opened.map((t) => t.name), [`Logs: ${name}`]);

    // The engine's real event stream, as the extension's EngineService forwards it.
    const events = new vscode.EventEmitter<EngineEvent>();
    const abort = new AbortController();
    let eventsOpen!: () => void;
    const watching = new Promise<void>((resolve) => (eventsOpen = resolve));
    void engine.watchEvents((e) => events.fire(e), abort.signal, eventsOpen).catch(() => undefined);
    await watching;
    const pty = new LogsPseudoterminal(engine, container.id, { follow: true, tail: 'all', timestamps: false }, events.event);
    const out = recorder(pty);
    try {
      pty.open();
      await out.waitFor(/^boot\r\ntick 0\r\ntick 1\r\n/);
      await container.stop({ t: 1 });
      await out.waitFor(/The container stopped\. The logs continue when it starts again\./);
      await container.start();
      await out.waitFor(/starts again\.[\s\S]*boot\r\ntick 0\r\n/);
      assert.equal(out.text().match(/^boot\r$/gm)?.length, 2, 'each run\'s lines once: nothing repeats after the restart');
      assert.equal(pty.requests, 2);
    } finally {
      pty.close();
      abort.abort();
      events.dispose();
    }
    await pty.finished;
    assert.ok((await container.inspect()).State.Running, 'closing the view leaves the container running');
  });

  it('View Logs... asks for tail, since, timestamps and follow, checking what is typed', async () => {
    const name = `berth-test-logs-options-${stamp}`;
    await running('logs-options', ['sh', '-c', 'for i in 1 2 3 4 5; do echo line$i; done; sleep 300']);
    const window = vscode.window as { showInputBox: unknown; showQuickPick: unknown };
    const originals = { showInputBox: window.showInputBox, showQuickPick: window.showQuickPick };
    const answers = ['2', '10m'];
    const checks: Array<string | undefined> = [];
    let offered: string[] = [];
    window.showInputBox = async (options: vscode.InputBoxOptions) => {
      const answer = answers.shift();
      for (const typed of answer === '2' ? ['ten', 'all', '-1', '2'] : ['yesterday', '', '2h', '2024-05-01T10:00:00Z']) {
        checks.push((await options.validateInput?.(typed)) as string | undefined);
      }
      return answer;
    };
    window.showQuickPick = async (items: vscode.QuickPickItem[]) => {
      offered = items.map((i) => `${i.label}${i.picked ? ' (picked)' : ''}`);
      return items.filter((i) => i.label === 'Timestamps');
    };
    let terminal: vscode.Terminal | undefined;
    try {
      terminal = (await vscode.commands.executeCommand('berth.containers.viewLogsWithOptions', await rowOf(name, 'container.running'))) as vscode.Terminal;
    } finally {
      Object.assign(window, originals);
    }
    assert.ok(terminal);
    terminals.push(terminal);
    assert.equal(terminal.name, `Logs: ${name}`);
    assert.deepEqual(offered, ['Follow (picked)', 'Timestamps']);
    const badTail = 'Type a whole number of lines (0 or more), or "all".';
    const badSince = 'Type a duration (30s, 10m, 2h, 1h30m), an RFC 3339 time (2024-05-01T10:00:00Z) or a date (2024-05-01).';
    assert.deepEqual(checks, [badTail, undefined, badTail, undefined, badSince, undefined, undefined, undefined]);
    // Not following: the view finishes by itself.
    const { finished } = (terminal.creationOptions as vscode.ExtensionTerminalOptions & { pty: { finished?: Promise<void> } }).pty;
    assert.ok(finished instanceof Promise, 'the terminal runs on a logs view');
    await finished;
  });

  it('from the palette, Attach Shell offers only running containers to pick from', async () => {
    const name = `berth-test-shell-pick-${stamp}`;
    await running('shell-pick');
    await rowOf(name, 'container.running');
    const window = vscode.window as { showQuickPick: unknown };
    const original = window.showQuickPick;
    let offered: Array<{ label: string; row: Row }> = [];
    window.showQuickPick = async (items: Array<{ label: string; row: Row }>) => {
      offered = items;
      return items.find((i) => i.label === name);
    };
    let opened: vscode.Terminal[];
    try {
      opened = (await vscode.commands.executeCommand('berth.containers.attachShell')) as vscode.Terminal[];
    } finally {
      window.showQuickPick = original;
    }
    terminals.push(...opened);
    assert.ok(offered.length > 0);
    assert.ok(offered.every((i) => i.row.contextValue === 'container.running'), 'only running containers');
    assert.deepEqual(opened.map((t) => t.name), [`${name} (sh)`]);
  });

  it('a logs view of 200,000 lines writes in few large batches', async () => {
    const container = await running('logs-flood', ['sh', '-c', "seq 1 200000 | sed 's/^/flood line /'"]);
    await container.wait();
    const pty = new LogsPseudoterminal(engine, container.id, { follow: false, tail: 'all', timestamps: false }, new vscode.EventEmitter<EngineEvent>().event);
    let writes = 0;
    let largest = 0;
    let lines = 0;
    pty.onDidWrite((text) => {
      writes++;
      largest = Math.max(largest, text.length);
      for (let i = text.indexOf('flood line'); i >= 0; i = text.indexOf('flood line', i + 1)) lines++;
    });
    const started = performance.now();
    pty.open();
    await pty.finished;
    const ms = performance.now() - started;
    pty.close();
    assert.equal(lines, 200_000);
    assert.ok(writes < 200, `${writes} writes for 200,000 lines`);
    assert.ok(largest <= 256 * 1024, 'no write larger than the batcher allows');
    note(`logs view, 200,000 lines: ${writes} writes to the terminal, largest ${(largest / 1024).toFixed(0)} K characters, all written in ${ms.toFixed(0)} ms`);
  });

  it('says why when the container is not running or gone, and opens no terminal', async () => {
    const stopped = await docker.createContainer({ name: `berth-test-stopped-${stamp}`, Image: BASE_IMAGE, Cmd: ['true'], Labels: { 'berth.test': '1' } });
    containers.push(stopped);
    const stoppedRow = { ...(await rowOf(`berth-test-stopped-${stamp}`)), contextValue: 'container.running' };
    const goneRow = { id: 'gone', objectId: 'berth-test-no-such-container', label: 'berth-test-gone', contextValue: 'container.running' };
    const before = vscode.window.terminals.length;
    const original = vscode.window.showInputBox;
    (vscode.window as { showInputBox: unknown }).showInputBox = async () => 'true';
    let shown: string[];
    try {
      shown = await errorsOf(async () => {
        await vscode.commands.executeCommand('berth.containers.attachShell', stoppedRow);
        await vscode.commands.executeCommand('berth.containers.attachShell', goneRow);
        await vscode.commands.executeCommand('berth.containers.execCommand', stoppedRow);
        await vscode.commands.executeCommand('berth.containers.execCommand', goneRow);
        await vscode.commands.executeCommand('berth.containers.viewLogs', goneRow);
      });
    } finally {
      (vscode.window as { showInputBox: unknown }).showInputBox = original;
    }
    const notRunning = `Container 'berth-test-stopped-${stamp}' is not running. Start it first.`;
    const gone = "Container 'berth-test-gone' no longer exists.";
    assert.deepEqual(shown, [
      `Attach Shell failed: ${notRunning}`,
      `Attach Shell failed: ${gone}`,
      `Exec Command failed: ${notRunning}`,
      `Exec Command failed: ${gone}`,
      `View Logs failed: ${gone}`,
    ]);
    assert.equal(vscode.window.terminals.length, before);
  });
});
