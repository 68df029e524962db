import assert from 'node:assert/strict';
import type Docker from 'dockerode';
import { Engine } from '../../client/src/engine/engine';
import { resolveEndpoint } from '../../client/src/engine/endpoint';
import { EngineError } from '../../client/src/engine/errors';
import { ShellSession } from '../../client/src/engine/exec';
import { LogPipeline, unixTimeAfter } from '../../client/src/engine/logs';
import { BASE_IMAGE, docker } from './fixtures';

const stamp = Date.now().toString(36);

/** Collects a session's output until `pattern` shows up. */
function waitForOutput(session: ShellSession, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no ${pattern} in ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const subscription = session.onData((data) => {
      seen += data.toString('utf8');
      if (pattern.test(seen)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(seen);
      }
    });
  });
}

/** Reads a container's logs through the whole pipeline (no follow) into one string. */
async function readLogs(engine: Engine, id: string, options: { tail?: number | 'all'; timestamps?: boolean; since?: string } = {}): Promise<{ text: string; pipeline: LogPipeline }> {
  let text = '';
  const pipeline = new LogPipeline((t) => (text += t), { showTimestamps: options.timestamps ?? false, crlf: false });
  const { tty, stream } = await engine.openLogs(id, { follow: false, tail: options.tail ?? 'all', timestamps: options.timestamps ?? false, since: options.since });
  await pipeline.pump(stream, tty);
  pipeline.batcher.flush();
  return { text, pipeline };
}

describe('exec and logs against a real Docker engine', function () {
  this.timeout(30_000);
  const engine = new Engine(resolveEndpoint(undefined));
  const created: Docker.Container[] = [];

  async function container(what: string, cmd: string[], tty = false): Promise<Docker.Container> {
    const c = await docker.createContainer({ name: `berth-test-${what}-${stamp}`, Image: BASE_IMAGE, Cmd: cmd, Tty: tty, Labels: { 'berth.test': '1' } });
    created.push(c);
    await c.start();
    return c;
  }

  after(async () => {
    for (const c of created) await c.remove({ force: true }).catch(() => undefined);
  });

  it('finds sh in busybox (no bash there)', async () => {
    const c = await container('exec-shell', ['sleep', '300']);
    // busybox's sh names itself as the applet `sh`, other images give a path such as /bin/sh.
    assert.match((await engine.detectShell(c.id)) ?? '', /(^|\/)sh$/);
  });

  it('prefers bash when the container has one', async () => {
    // A stand-in bash (busybox has none): a script that runs sh.
    const c = await container('exec-bash', ['sh', '-c', 'printf "#!/bin/sh\\nexec sh \\"\\$@\\"\\n" > /bin/bash && chmod +x /bin/bash && touch /tmp/ready && sleep 300']);
    const deadline = Date.now() + 10_000;
    while ((await engine.runCommand(c.id, ['test', '-e', '/tmp/ready'], { onOutput: () => undefined })) !== 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await engine.detectShell(c.id), '/bin/bash');
    const session = await engine.openShell(c.id, ['/bin/bash'], { cols: 80, rows: 24 });
    session.write('echo from-$((40+2))\n');
    await waitForOutput(session, /from-42/);
    session.write('exit\n');
    assert.equal(await session.exited, 0);
  });

  it('runs a shell with a TTY: typing, output, exit code', async () => {
    const c = await container('exec-tty', ['sleep', '300']);
    const session = await engine.openShell(c.id, ['sh'], { cols: 80, rows: 24 });
    session.write('echo hel""lo\n');
    // The TTY echoes what was typed (`hel""lo`); the command's output is `hello`.
    await waitForOutput(session, /\r\nhello\r\n/);
    session.write('exit 3\n');
    assert.equal(await session.exited, 3);
  });

  it('resizes the TTY: stty size inside reports what was set', async () => {
    const c = await container('exec-resize', ['sleep', '300']);
    const session = await engine.openShell(c.id, ['sh'], { cols: 80, rows: 24 });
    session.write('stty size\n');
    await waitForOutput(session, /\r\n24 80\r\n/);
    await session.resize({ cols: 132, rows: 43 });
    session.write('stty size\n');
    await waitForOutput(session, /\r\n43 132\r\n/);
    session.write('exit\n');
    assert.equal(await session.exited, 0);
  });

  it('closing a session that still runs hangs up the shell and what it started', async () => {
    const c = await container('exec-close', ['sleep', '300']);
    const session = await engine.openShell(c.id, ['sh'], { cols: 80, rows: 24 });
    session.write('sleep 123\n');
    await waitForOutput(session, /sleep 123/);
    session.close();
    // 128 + SIGHUP, when the engine recorded it in time.
    assert.ok([129, undefined].includes(await session.exited));
    const deadline = Date.now() + 10_000;
    let processes: string[] = [];
    do {
      await new Promise((r) => setTimeout(r, 200));
      processes = (await c.top()).Processes.map((p: string[]) => p[p.length - 1]);
    } while (processes.length > 1 && Date.now() < deadline);
    assert.deepEqual(processes, ['sleep 300'], 'only the container\'s own process is left');
  });

  it('delivers Ctrl-C through the TTY as an interrupt', async () => {
    const c = await container('exec-ctrlc', ['sleep', '300']);
    const session = await engine.openShell(c.id, ['sh'], { cols: 80, rows: 24 });
    session.write('sleep 100\n');
    await new Promise((r) => setTimeout(r, 500));
    session.write('\x03');
    session.write('echo after-$?\n');
    // sh reports a command ended by SIGINT with status 130 (128 + 2).
    await waitForOutput(session, /after-130/);
    session.close();
  });

  it('runs a one-off command: stdout and stderr apart, and its exit code', async () => {
    const c = await container('exec-once', ['sleep', '300']);
    const out: Record<string, string> = { stdout: '', stderr: '' };
    const code = await engine.runCommand(c.id, ['sh', '-c', 'echo out; echo err >&2; exit 7'], { onOutput: (s, d) => (out[s] += d.toString()) });
    assert.equal(code, 7);
    assert.equal(out.stdout, 'out\n');
    assert.equal(out.stderr, 'err\n');
  });

  it('aborting a one-off command stops reading and ends the command in the container', async () => {
    const c = await container('exec-abort', ['sleep', '300']);
    const abort = new AbortController();
    let out = '';
    const running = engine.runCommand(c.id, ['sh', '-c', 'echo started; sleep 123'], { signal: abort.signal, onOutput: (_s, d) => (out += d.toString()) });
    const deadline = Date.now() + 10_000;
    while (!out.includes('started') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    abort.abort();
    assert.equal(await running, undefined);
    let processes: string[] = [];
    do {
      await new Promise((r) => setTimeout(r, 200));
      processes = (await c.top()).Processes.map((p: string[]) => p[p.length - 1]);
    } while (processes.length > 1 && Date.now() < deadline);
    assert.deepEqual(processes, ['sleep 300']);
  });

  it('fails with the engine\'s words for a stopped and for a missing container', async () => {
    const c = await container('exec-stopped', ['true']);
    await c.wait();
    await assert.rejects(engine.openShell(c.id, ['sh'], { cols: 80, rows: 24 }), (e: unknown) => e instanceof EngineError && /is not running/i.test(e.detail));
    await assert.rejects(engine.runCommand('berth-test-no-such-container', ['true'], { onOutput: () => undefined }), (e: unknown) => e instanceof EngineError && /no such container/i.test(e.detail));
  });

  it('demultiplexes logs of a container writing to both streams', async () => {
    const c = await container('logs-both', ['sh', '-c', 'echo out; echo err >&2; echo out2']);
    await c.wait();
    const { text } = await readLogs(engine, c.id);
    assert.deepEqual(text.split('\n').filter(Boolean).sort(), ['err', 'out', 'out2']);
  });

  it('passes a TTY container\'s logs raw', async () => {
    const c = await container('logs-tty', ['sh', '-c', 'printf "\\033[31mred\\033[0m\\n"'], true);
    await c.wait();
    const { text } = await readLogs(engine, c.id);
    assert.equal(text, '\x1b[31mred\x1b[0m\r\n');
  });

  it('tails, and shows or hides timestamps', async () => {
    const c = await container('logs-tail', ['sh', '-c', 'for i in 1 2 3 4 5; do echo line$i; done']);
    await c.wait();
    assert.equal((await readLogs(engine, c.id, { tail: 2 })).text, 'line4\nline5\n');
    const stamped = (await readLogs(engine, c.id, { tail: 1, timestamps: true })).text;
    assert.match(stamped, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+Z line5\n$/);
  });

  it('takes the engine\'s timestamps out of a line longer than 16 KiB that it cut into several messages', async () => {
    const c = await container('logs-long', ['sh', '-c', 'busybox head -c 40000 /dev/zero | busybox tr "\\0" a; echo; echo next']);
    await c.wait();
    assert.equal((await readLogs(engine, c.id)).text, `${'a'.repeat(40000)}\nnext\n`);
    const stamped = (await readLogs(engine, c.id, { timestamps: true })).text.split('\n');
    assert.match(stamped[0], /^\S+Z a+$/);
    assert.equal(stamped[0].length, 31 + 40000);
  });

  it('resumes after the last line seen: since that time nothing repeats', async () => {
    const c = await container('logs-since', ['sh', '-c', 'for i in 1 2 3; do echo line$i; done']);
    await c.wait();
    const first = await readLogs(engine, c.id);
    assert.equal(first.text, 'line1\nline2\nline3\n');
    const since = first.pipeline.resumeSince();
    assert.ok(since);
    assert.equal((await readLogs(engine, c.id, { since })).text, '');
    assert.equal(unixTimeAfter('2024-05-01T10:00:00.999999999Z'), `${Date.parse('2024-05-01T10:00:01Z') / 1000}.000000000`);
  });

  it('follows new lines and stops when aborted', async () => {
    const c = await container('logs-follow', ['sh', '-c', 'i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.2; done']);
    const abort = new AbortController();
    let text = '';
    const pipeline = new LogPipeline((t) => (text += t), { showTimestamps: false, crlf: true, batching: { intervalMs: 5 } });
    const { tty, stream } = await engine.openLogs(c.id, { follow: true, tail: 'all', timestamps: false }, abort.signal);
    const pumped = pipeline.pump(stream, tty);
    const deadline = Date.now() + 10_000;
    while (!/tick 3\r\n/.test(text) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.match(text, /^tick 0\r\ntick 1\r\ntick 2\r\ntick 3\r\n/);
    abort.abort();
    await pumped;
    pipeline.dispose();
    assert.ok((await docker.getContainer(c.id).inspect()).State.Running, 'aborting the view leaves the container running');
  });
});
