import type Docker from 'dockerode';
import type { Duplex } from 'node:stream';

/** How long to wait for the engine to record an exec's exit code once its stream ended. */
const EXIT_CODE_WAIT_MS = 3_000;

export interface TerminalSize {
  cols: number;
  rows: number;
}

/**
 * An interactive process in a container (a shell), with a TTY, over the engine's hijacked
 * connection: what is written goes to its TTY as raw bytes (so Ctrl-C is a SIGINT), what it
 * prints comes back raw (colours and all).
 */
export class ShellSession {
  private readonly dataListeners = new Set<(data: Buffer) => void>();
  private readonly early: Buffer[] = [];
  private ended = false;
  /** The process's exit code once the stream ended; undefined when the engine does not know. */
  readonly exited: Promise<number | undefined>;

  constructor(
    private readonly exec: Docker.Exec,
    private readonly socket: Duplex,
    /** Calls the engine (classifying failures); the session does not own the connection. */
    private readonly call: <T>(request: () => Promise<T>) => Promise<T>,
    /** Ends the shell and what it started, for a close while it still runs. */
    private readonly hangUp: () => Promise<void> = async () => undefined,
  ) {
    socket.on('data', (data: Buffer) => {
      if (this.dataListeners.size === 0) this.early.push(data);
      for (const listener of this.dataListeners) listener(data);
    });
    this.exited = new Promise<void>((resolve) => {
      socket.once('end', resolve);
      socket.once('close', resolve);
      socket.once('error', () => resolve());
    }).then(() => {
      this.ended = true;
      return exitCodeOf(exec);
    });
  }

  get id(): string {
    return this.exec.id;
  }

  /** Output arrives here; what came before the first listener is handed to it first. */
  onData(listener: (data: Buffer) => void): { dispose(): void } {
    this.dataListeners.add(listener);
    for (const data of this.early.splice(0)) listener(data);
    return { dispose: () => this.dataListeners.delete(listener) };
  }

  write(data: string | Buffer): void {
    if (!this.ended && !this.socket.destroyed) this.socket.write(data);
  }

  /** Tells the TTY its size (what `stty size` and full-screen programs see). */
  async resize(size: TerminalSize): Promise<void> {
    if (this.ended) return;
    await this.call(() => this.exec.resize({ h: size.rows, w: size.cols }));
  }

  /** Stops reading the process's output for a while (backpressure); `resume` reads on. */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  /**
   * Closes the connection, and hangs up a shell that still runs: the engine keeps an exec's
   * process alive when its client goes away, so without this every closed terminal would leave
   * a shell (and whatever it was running) behind in the container.
   */
  close(): void {
    const running = !this.ended;
    this.socket.end();
    this.socket.destroy();
    if (running) this.hangUp().catch(() => undefined);
  }
}

/** The exit code of a finished exec; the engine may record it a moment after the stream ends. */
export async function exitCodeOf(exec: Docker.Exec): Promise<number | undefined> {
  const deadline = Date.now() + EXIT_CODE_WAIT_MS;
  for (;;) {
    try {
      const info = await exec.inspect();
      if (!info.Running && typeof info.ExitCode === 'number') return info.ExitCode;
    } catch {
      return undefined;
    }
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
