import * as vscode from 'vscode';
import { Engine } from '../../engine/engine';
import { EngineError } from '../../engine/errors';
import { LogOptions, LogPipeline } from '../../engine/logs';
import { EngineEvent } from '../../engine/records';
import { errorText, note } from './terminalText';

/**
 * A terminal showing a container's logs, colours kept. Following stops when the terminal closes
 * (the request is aborted); when the container stops, the view waits for it to start again
 * (the engine's `start` event) and continues after the last line it showed, so nothing repeats.
 * Output reaches the terminal in batches at a bounded rate; the HTTP stream pauses while too
 * much waits, so a container printing without pause does not freeze the window.
 */
export class LogsPseudoterminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  readonly onDidWrite = this.writeEmitter.event;
  private readonly pipeline: LogPipeline;
  private abort: AbortController | undefined;
  private eventSubscription: vscode.Disposable | undefined;
  private starts = 0;
  private wake: (() => void) | undefined;
  private closed = false;
  /** Resolves when the view stops following for good (closed, container gone, or no follow). */
  readonly finished: Promise<void>;
  private resolveFinished!: () => void;
  private opened = 0;

  constructor(
    private readonly engine: Pick<Engine, 'openLogs' | 'isRunning'>,
    private readonly containerId: string,
    private readonly options: LogOptions,
    private readonly onEvent: vscode.Event<EngineEvent>,
  ) {
    this.pipeline = new LogPipeline((text) => this.writeEmitter.fire(text), { showTimestamps: options.timestamps, crlf: true });
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
  }

  /** How many log requests the view has made (one, plus one per restart it followed). */
  get requests(): number {
    return this.opened;
  }

  open(): void {
    this.eventSubscription = this.onEvent((event) => {
      if (event.kind !== 'container' || event.id !== this.containerId) return;
      if (event.action === 'start') this.starts++;
      if (event.action === 'start' || event.action === 'destroy') this.wake?.();
    });
    this.follow().finally(() => this.resolveFinished());
  }

  private async follow(): Promise<void> {
    let first = true;
    while (!this.closed) {
      const since = first ? this.options.since : (this.pipeline.resumeSince() ?? this.options.since);
      const tail = first ? this.options.tail : 'all';
      first = false;
      this.abort = new AbortController();
      const startsBefore = this.starts;
      try {
        const { tty, stream } = await this.engine.openLogs(this.containerId, { ...this.options, since, tail }, this.abort.signal);
        this.opened++;
        await this.pipeline.pump(stream, tty);
      } catch (error) {
        if (!this.closed) await this.say(errorText(error instanceof EngineError ? error.detail : String(error)));
        return;
      }
      if (this.closed) return;
      if (!this.options.follow) {
        await this.say(note(vscode.l10n.t('End of the logs (not following).')));
        return;
      }
      const running = await this.engine.isRunning(this.containerId).catch(() => undefined);
      if (running === undefined) {
        await this.say(note(vscode.l10n.t('The container was removed.')));
        return;
      }
      if (running) continue;
      await this.say(note(vscode.l10n.t('The container stopped. The logs continue when it starts again.')));
      if (this.starts === startsBefore) await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
      if (!this.closed && (await this.engine.isRunning(this.containerId).catch(() => undefined)) === undefined) {
        await this.say(note(vscode.l10n.t('The container was removed.')));
        return;
      }
    }
  }

  /** A note of Berth's own, after what the container wrote so far. */
  private async say(text: string): Promise<void> {
    await this.pipeline.batcher.drained();
    if (!this.closed) this.writeEmitter.fire(text);
  }

  handleInput(): void {
    // The logs are read-only; keys do nothing.
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.abort?.abort();
    this.wake?.();
    this.eventSubscription?.dispose();
    this.pipeline.dispose();
    this.writeEmitter.dispose();
  }
}
