import { Engine } from './engine';
import { classifyEngineError, EngineError } from './errors';
import { EngineEvent } from './records';

export interface WatcherListener {
  onEvent(event: EngineEvent): void;
  /** The stream (re)connected: anything cached from before may be stale. */
  onConnected(): void;
  onDisconnected(error: EngineError | undefined): void;
}

const MIN_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

/**
 * Keeps one `/events` stream open, reconnecting with exponential backoff when the engine goes
 * away. This is what lets the views stay current with zero API calls while nothing happens.
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
    let backoff = MIN_BACKOFF_MS;
    while (!this.abort.signal.aborted) {
      let failure: EngineError | undefined;
      try {
        // Ping first so that a missing engine is reported at once, not after a stream timeout.
        await this.engine.version();
        backoff = MIN_BACKOFF_MS;
        // Connected means the stream is open, not merely that the engine answered: a listener
        // that re-reads everything on connect must not read before the stream follows changes.
        // An engine that does not report the opening (a test double) reports it by its first event.
        const opened = () => {
          if (this.open || this.abort.signal.aborted) return;
          this.open = true;
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
      this.open = false;
      if (this.abort.signal.aborted) return;
      this.emit((l) => l.onDisconnected(failure));
      await this.sleep(backoff);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }

  private emit(call: (listener: WatcherListener) => void): void {
    for (const listener of [...this.listeners]) call(listener);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
