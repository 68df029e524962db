/** Timers, injectable so tests can step time by hand. */
export interface Scheduler {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Scheduler = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface BatcherOptions {
  /** The least time between two writes to the sink. */
  intervalMs?: number;
  /** The most characters one write carries; more waits for the next tick. */
  maxWrite?: number;
  /** Above this many queued characters the source is asked to pause... */
  highWater?: number;
  /** ...and below this many it is asked to resume. */
  lowWater?: number;
  /** Called with true when the queue grew past highWater, false once it fell under lowWater. */
  onPressure?: (paused: boolean) => void;
  scheduler?: Scheduler;
}

export const DEFAULT_BATCHING = { intervalMs: 16, maxWrite: 256 * 1024, highWater: 1024 * 1024, lowWater: 256 * 1024 } as const;

/**
 * Coalesces many small pieces of text into few writes: a sink such as a terminal must not get
 * one message per chunk of a container printing hundreds of thousands of lines. Writes happen
 * at most every `intervalMs`, each at most `maxWrite` long, so a flood reaches the sink at a
 * bounded rate; what cannot be written yet queues, and a queue past `highWater` asks the source
 * to pause (backpressure) until it drains under `lowWater`.
 */
export class WriteBatcher {
  private readonly options: Required<Omit<BatcherOptions, 'onPressure'>> & Pick<BatcherOptions, 'onPressure'>;
  private queue: string[] = [];
  private length = 0;
  private timer: unknown;
  private lastWrite = -Infinity;
  private paused = false;
  private disposed = false;
  private readonly drainWaiters: Array<() => void> = [];

  constructor(
    private readonly sink: (text: string) => void,
    options: BatcherOptions = {},
  ) {
    this.options = { ...DEFAULT_BATCHING, scheduler: realTimers, ...options };
  }

  /** Characters waiting to be written. */
  get queued(): number {
    return this.length;
  }

  /** Whether the source has been asked to pause. */
  get isPaused(): boolean {
    return this.paused;
  }

  push(text: string): void {
    if (this.disposed || text.length === 0) return;
    this.queue.push(text);
    this.length += text.length;
    if (!this.paused && this.length > this.options.highWater) {
      this.paused = true;
      this.options.onPressure?.(true);
    }
    this.schedule();
  }

  /**
   * Writes everything queued now (still in pieces of at most `maxWrite`), e.g. for a short
   * remainder once the source ended. A long queue is better left to drain: see `drained`.
   */
  flush(): void {
    while (this.length > 0) {
      this.cancelTimer();
      this.tick();
    }
    this.cancelTimer();
  }

  /** Resolves once everything pushed so far has been written (or the batcher was disposed). */
  drained(): Promise<void> {
    if (this.length === 0 || this.disposed) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Drops what is queued and stops; later pushes are ignored. */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.queue = [];
    this.length = 0;
    this.drainWaiters.splice(0).forEach((resolve) => resolve());
  }

  private schedule(): void {
    if (this.timer !== undefined || this.length === 0) return;
    const now = Date.now();
    const wait = Math.max(0, this.lastWrite + this.options.intervalMs - now);
    this.timer = this.options.scheduler.set(() => this.tick(), wait);
  }

  private tick(): void {
    this.timer = undefined;
    if (this.disposed || this.length === 0) return;
    let text = this.queue.length === 1 ? this.queue[0] : this.queue.join('');
    let rest = '';
    if (text.length > this.options.maxWrite) {
      let cut = this.options.maxWrite;
      // Never split a surrogate pair between two writes.
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
      rest = text.slice(cut);
      text = text.slice(0, cut);
    }
    this.queue = rest ? [rest] : [];
    this.length = rest.length;
    this.write(text);
    this.release();
    this.schedule();
  }

  private write(text: string): void {
    this.lastWrite = Date.now();
    this.sink(text);
  }

  private release(): void {
    if (this.paused && this.length < this.options.lowWater) {
      this.paused = false;
      this.options.onPressure?.(false);
    }
    if (this.length === 0) this.drainWaiters.splice(0).forEach((resolve) => resolve());
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.options.scheduler.clear(this.timer);
    this.timer = undefined;
  }
}
