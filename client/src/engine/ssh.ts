import { ChildProcess, spawn } from 'node:child_process';
import { Agent, AgentOptions } from 'node:http';
import { Duplex } from 'node:stream';

/**
 * `ssh://` engines the way the docker CLI reaches them: the system's `ssh` runs
 * `docker system dial-stdio` on the remote host, and HTTP goes over that process's stdin and
 * stdout. Using the system's ssh means the user's ssh config, keys, agent and jump hosts apply
 * as they do in a terminal. One process per HTTP connection; idle connections are kept a few
 * seconds so that a burst of calls does not pay one handshake each.
 */

export interface SshTarget {
  host: string;
  user?: string;
  port?: number;
  /** Options put before the user's, e.g. `-F file` in tests; never read from user settings. */
  extraArgs?: readonly string[];
}

/** How long an idle connection (an ssh process) is kept for the next call. */
const IDLE_CONNECTION_MS = 5_000;
/** Kept after a failure to say why; ssh's own messages are short. */
const STDERR_LIMIT = 4_096;

/**
 * The ssh command line, as an argv array (never a shell string). BatchMode makes ssh fail
 * rather than ask for a password or a host key confirmation that nobody could answer; the
 * connect timeout keeps an unreachable host from hanging a call for minutes.
 */
export function sshArgv(target: SshTarget): string[] {
  const args = ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=15', '-T', ...(target.extraArgs ?? [])];
  if (target.user) args.push('-l', target.user);
  if (target.port) args.push('-p', String(target.port));
  args.push('--', target.host, 'docker', 'system', 'dial-stdio');
  return args;
}

/** The ssh process ended (or could not start) before the engine answered; carries ssh's words. */
export class SshFailure extends Error {
  readonly code = 'BERTH_SSH';
  constructor(
    readonly stderr: string,
    readonly exitCode: number | null,
    readonly spawnError?: NodeJS.ErrnoException,
  ) {
    super(spawnError ? `ssh could not be started: ${spawnError.message}` : stderr.trim() || `ssh exited with code ${String(exitCode)}`);
    this.name = 'SshFailure';
  }
}

export type SshProblem = 'ssh' | 'wrongHost' | 'notRunning';

/** Why an ssh connection failed, in words a person can act on, followed by ssh's own. */
export function describeSshFailure(error: unknown): { problem: SshProblem; detail: string } | undefined {
  if (!(error instanceof SshFailure)) return undefined;
  if (error.spawnError) {
    const missing = error.spawnError.code === 'ENOENT';
    return { problem: 'ssh', detail: missing ? 'ssh was not found: install an OpenSSH client and make sure ssh is on the PATH' : `ssh could not be started: ${error.spawnError.message}` };
  }
  const said = lastLines(error.stderr);
  const detail = (reason: string) => (said ? `${reason}: ${said}` : `${reason} (ssh exited with code ${String(error.exitCode)})`);
  const text = error.stderr;
  if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No (ED25519|RSA|ECDSA)? ?host key is known/i.test(text)) {
    return { problem: 'ssh', detail: detail("The remote host's key is not known or has changed; connect once with ssh in a terminal to check and accept it") };
  }
  if (/Permission denied \(|Too many authentication failures/i.test(text)) {
    return { problem: 'ssh', detail: detail('The remote host refused the login; check the user name and that your key (or ssh agent) is accepted') };
  }
  if (/Could not resolve hostname|Name or service not known|Temporary failure in name resolution/i.test(text)) {
    return { problem: 'wrongHost', detail: detail('The remote host name could not be resolved') };
  }
  if (/Connection refused|Connection timed out|timed out|No route to host|Network is unreachable|Connection closed by|Connection reset/i.test(text)) {
    return { problem: 'wrongHost', detail: detail('ssh could not connect to the remote host') };
  }
  if (error.exitCode === 127 || /docker: (command )?not found|docker: No such file|unknown command "system"|'dial-stdio' is not a docker command/i.test(text)) {
    return { problem: 'notRunning', detail: detail('docker (with `docker system dial-stdio`) was not found on the remote host') };
  }
  if (/Cannot connect to the Docker daemon|Is the docker daemon running|docker\.sock/i.test(text)) {
    return { problem: 'notRunning', detail: detail('No Docker engine answers on the remote host') };
  }
  return { problem: 'ssh', detail: detail('The ssh connection to the engine failed') };
}

function lastLines(stderr: string): string {
  // ssh warns about newly added host keys on success too; the failure is said last.
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !/^Warning: Permanently added/.test(l));
  return lines.slice(-3).join(' ');
}

/**
 * The stdio of one ssh process as the socket an HTTP request runs over. It has the few socket
 * methods Node's http client and Agent call (timeouts, keep-alive, ref). The end of the stream
 * is passed on only once the process has exited, so that a failure comes out as an SshFailure
 * carrying ssh's stderr rather than as a bare "socket hang up".
 */
export class SshStream extends Duplex {
  private stderr = '';
  private idleTimer: NodeJS.Timeout | undefined;
  private idleMs = 0;
  private answered = false;

  constructor(private readonly child: ChildProcess) {
    super({ allowHalfOpen: false });
    const { stdout, stdin, stderr } = child;
    stderr?.setEncoding('utf8');
    stderr?.on('data', (text: string) => {
      this.stderr = (this.stderr + text).slice(-STDERR_LIMIT);
    });
    stdout?.on('data', (chunk: Buffer) => {
      this.answered = true;
      this.touch();
      if (!this.push(chunk)) stdout.pause();
    });
    // Writes after the process died fail with EPIPE; the exit says why, so it is reported instead.
    stdin?.on('error', () => undefined);
    child.once('error', (error: NodeJS.ErrnoException) => this.destroy(new SshFailure('', null, error)));
    child.once('close', (code, signal) => {
      if (this.destroyed) return;
      if (code === 0 || (this.answered && signal === null && !this.stderr.trim())) this.push(null);
      else this.destroy(new SshFailure(this.stderr, code));
    });
  }

  /** Whether ssh wrote anything to stdout, i.e. the engine was reached. */
  get reachedEngine(): boolean {
    return this.answered;
  }

  override _read(): void {
    this.child.stdout?.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.touch();
    const stdin = this.child.stdin;
    if (!stdin || stdin.destroyed) return callback();
    stdin.write(chunk, () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.child.stdin?.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.clearIdle();
    this.child.stdin?.destroy();
    this.child.stdout?.destroy();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    callback(error);
  }

  /** As net.Socket: emits 'timeout' after `ms` without traffic; 0 turns it off. */
  setTimeout(ms: number, callback?: () => void): this {
    this.idleMs = ms;
    if (callback) {
      if (ms === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    this.touch();
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    this.child.ref();
    for (const io of [this.child.stdin, this.child.stdout, this.child.stderr]) (io as { ref?: () => void } | null)?.ref?.();
    return this;
  }

  /** An idle kept-alive connection must not keep the process (VS Code's extension host, a test) alive. */
  unref(): this {
    this.child.unref();
    for (const io of [this.child.stdin, this.child.stdout, this.child.stderr]) (io as { unref?: () => void } | null)?.unref?.();
    return this;
  }

  private touch(): void {
    this.clearIdle();
    if (this.idleMs > 0 && !this.destroyed) {
      this.idleTimer = setTimeout(() => this.emit('timeout'), this.idleMs);
      this.idleTimer.unref();
    }
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}

/** Spawns ssh; a seam so that unit tests can run something else. */
export type SshSpawner = (args: string[]) => ChildProcess;

const spawnSsh: SshSpawner = (args) => spawn('ssh', args, { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });

/** An http Agent whose connections are `ssh ... docker system dial-stdio` processes. */
export class SshAgent extends Agent {
  constructor(
    private readonly target: SshTarget,
    private readonly spawner: SshSpawner = spawnSsh,
    options: AgentOptions = { keepAlive: true, timeout: IDLE_CONNECTION_MS, maxFreeSockets: 4 },
  ) {
    super(options);
  }

  /** Node's Agent takes the returned stream as the connection's socket. */
  override createConnection(): Duplex {
    return new SshStream(this.spawner(sshArgv(this.target)));
  }
}
