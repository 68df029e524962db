import { existsSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Engine } from './engine';
import { classifyEngineError, EngineError } from './errors';
import { EngineEvent } from './records';

export interface WatcherListener {
  onEvent(event: EngineEvent): void;
  /** The stream (re)connected: anything cached from before may be stale. */
  onConnected(): void;
  onDisconnected(error: EngineError | undefined): void;
}

/** First wait after a failed attempt. */
const MIN_BACKOFF_MS = 250;
/** The longest wait while the engine was healthy a short while ago: it is probably restarting. */
const RECENT_BACKOFF_MS = 1_000;
/** How long after the engine was last healthy the short waits last. */
const RECENTLY_HEALTHY_MS = 120_000;
/** The longest wait otherwise (an engine that is not installed, or down for long). */
const MAX_BACKOFF_MS = 30_000;

/**
 * The wait before reconnect attempt `failures` (1 for the first failure in a row). An engine that
 * was healthy within the last two minutes is most likely restarting, so it is tried at least
 * every second and is back in the views within about a second of answering again; after that
 * (and for an engine that never answered) the wait doubles up to 30 s, so a machine without
 * Docker costs a failed connect every 30 s and nothing else. For a unix socket the wait is
 * also cut short when the socket file appears (see EventWatcher).
 */
export function reconnectDelay(failures: number, msSinceHealthy: number | undefined): number {
  const exponential = MIN_BACKOFF_MS * 2 ** Math.max(0, Math.min(failures - 1, 16));
  const recentlyHealthy = msSinceHealthy !== undefined && msSinceHealthy < RECENTLY_HEALTHY_MS;
  return Math.min(exponential, recentlyHealthy ? RECENT_BACKOFF_MS : MAX_BACKOFF_MS);
}

/**
 * Keeps one `/events` stream open, reconnecting when the engine goes away. This is what lets the
 * views stay current with zero API calls while nothing happens. When the stream ends, one attempt
 * is made at once (a failure is reported within a call's time, so the views say so quickly);
 * after that the waits follow reconnectDelay, and for a unix socket a new socket file (the
 * engine starting again) ends the wait at once, without polling.
 */
export class EventWatcher {
  private readonly abort = new AbortController();
  private readonly listeners = new Set<WatcherListener>();
  private wakeUp: (() => void) | undefined;
  private running = false;
  private open = false;

  constructor(
    private readonly engine: Engine,
    listener?: WatcherListener,
    private readonly delay: typeof reconnectDelay = reconnectDelay,
  ) {
    if (listener) this.listeners.add(listener);
  }

  /** True while the event stream is open: a read made now cannot miss a later change. */
  get connected(): boolean {
    return this.open;
  }

  /** Adds a listener (e.g. the EngineModel) besides the one given at construction. */
  addListener(listener: WatcherListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.loop();
  }

  /** Skips the current backoff wait, e.g. when the user asks to retry. */
  retryNow(): void {
    this.wakeUp?.();
  }

  dispose(): void {
    this.open = false;
    this.abort.abort();
    this.wakeUp?.();
  }

  private async loop(): Promise<void> {
    let failures = 0;
    let lastHealthy: number | undefined;
    while (!this.abort.signal.aborted) {
      let failure: EngineError | undefined;
      let wasOpen = false;
      let openedAt = 0;
      const socketBefore = this.socketExists();
      try {
        // Ping first so that a missing engine is reported at once, not after a stream timeout.
        await this.engine.version();
        // Connected means the stream is open, not merely that the engine answered: a listener
        // that re-reads everything on connect must not read before the stream follows changes.
        // An engine that does not report the opening (a test double) reports it by its first event.
        const opened = () => {
          if (this.open || this.abort.signal.aborted) return;
          this.open = true;
          wasOpen = true;
          openedAt = Date.now();
          failures = 0;
          this.emit((l) => l.onConnected());
        };
        await this.engine.watchEvents(
          (event) => {
            opened();
            this.emit((l) => l.onEvent(event));
          },
          this.abort.signal,
          opened,
        );
      } catch (error) {
        failure = classifyEngineError(error, this.engine.endpoint);
      }
      if (wasOpen) lastHealthy = Date.now();
      this.open = false;
      if (this.abort.signal.aborted) return;
      this.emit((l) => l.onDisconnected(failure));
      // A stream that ends after it was open a while: the engine is stopping or restarting. Ask
      // again at once, so that a stopped engine is reported without waiting. (A stream that keeps
      // closing as soon as it opens goes through the waits, so it cannot spin.)
      if (wasOpen && Date.now() - openedAt >= 1_000) continue;
      failures++;
      await this.sleep(this.delay(failures, lastHealthy === undefined ? undefined : Date.now() - lastHealthy), socketBefore === false);
    }
  }

  private emit(call: (listener: WatcherListener) => void): void {
    for (const listener of [...this.listeners]) call(listener);
  }

  /** Whether the unix socket file exists; undefined for other endpoints. */
  private socketExists(): boolean | undefined {
    const endpoint = this.engine.endpoint;
    return endpoint.kind === 'unix' ? existsSync(endpoint.socketPath) : undefined;
  }

  /**
   * Waits `ms`, or less when retryNow is called or the engine's unix socket file appears
   * (`socketWasMissing`: it was missing at the failed attempt, so one that exists already has
   * appeared since).
   */
  private sleep(ms: number, socketWasMissing = false): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const socket = this.watchSocket(done);
      if (socketWasMissing && this.socketExists()) setImmediate(done);
      const onAbort = () => done();
      this.abort.signal.addEventListener('abort', onAbort);
      const self = this;
      function done() {
        clearTimeout(timer);
        socket?.close();
        self.abort.signal.removeEventListener('abort', onAbort);
        if (self.wakeUp === done) self.wakeUp = undefined;
        resolve();
      }
      this.wakeUp = done;
    });
  }

  /**
   * Watches the folder of a unix socket endpoint for the socket being made again (dockerd
   * removes its socket when it stops and makes it when it starts). Undefined for other
   * endpoints, or when the folder cannot be watched.
   */
  private watchSocket(wake: () => void): { close(): void } | undefined {
    const endpoint = this.engine.endpoint;
    if (endpoint.kind !== 'unix') return undefined;
    const name = basename(endpoint.socketPath);
    try {
      const watcher = watch(dirname(endpoint.socketPath), { persistent: false }, (_event, file) => {
        if (file === null || file === name) wake();
      });
      watcher.on('error', () => watcher.close());
      return watcher;
    } catch {
      return undefined;
    }
  }
}
