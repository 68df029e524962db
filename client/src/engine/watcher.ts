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
  private wakeUp: (() => void) | undefined;
  private running = false;

  constructor(
    private readonly engine: Engine,
    private readonly listener: WatcherListener,
  ) {}

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
        this.listener.onConnected();
        backoff = MIN_BACKOFF_MS;
        await this.engine.watchEvents((event) => this.listener.onEvent(event), this.abort.signal);
      } catch (error) {
        failure = classifyEngineError(error, this.engine.endpoint);
      }
      if (this.abort.signal.aborted) return;
      this.listener.onDisconnected(failure);
      await this.sleep(backoff);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
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
