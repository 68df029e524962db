import { StringDecoder } from 'node:string_decoder';
import * as vscode from 'vscode';
import { WriteBatcher } from '../../engine/batcher';
import { StreamName } from '../../engine/demux';
import { Engine } from '../../engine/engine';
import { EngineError } from '../../engine/errors';
import { errorText, note, toTerminalText } from './terminalText';

/**
 * A terminal showing one command run in a container without a TTY: stdout as it comes, stderr
 * in red, then the exit code. The command starts when the terminal opens; closing the terminal
 * (or `cancel`) stops it. The terminal stays until a key is pressed.
 */
export class ExecPseudoterminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  private readonly abort = new AbortController();
  private readonly decoders = new Map<StreamName, StringDecoder>();
  private readonly batcher = new WriteBatcher((text) => this.writeEmitter.fire(text));
  private finished = false;
  private closed = false;
  private resolveDone!: (code: number | undefined) => void;
  /** The exit code once the command ended; undefined when cancelled, failed or unknown. */
  readonly done = new Promise<number | undefined>((resolve) => (this.resolveDone = resolve));

  constructor(
    private readonly engine: Pick<Engine, 'runCommand'>,
    private readonly containerId: string,
    private readonly cmd: string[],
    /** What the first line shows, e.g. the command as typed. */
    private readonly title: string,
  ) {}

  open(): void {
    this.writeEmitter.fire(`\x1b[2m$ ${this.title}\x1b[0m\r\n`);
    this.run().then(this.resolveDone, () => this.resolveDone(undefined));
  }

  private async run(): Promise<number | undefined> {
    let code: number | undefined;
    try {
      code = await this.engine.runCommand(this.containerId, this.cmd, { signal: this.abort.signal, onOutput: (stream, data) => this.output(stream, data) });
    } catch (error) {
      this.finish(errorText(error instanceof EngineError ? error.detail : String(error)));
      throw error;
    }
    if (this.abort.signal.aborted) this.finish(note(vscode.l10n.t('The command was stopped.')));
    else if (code === undefined) this.finish(note(vscode.l10n.t('The command ended; its exit code is unknown.')));
    else this.finish(note(vscode.l10n.t('Command exited with code {0}.', code)));
    return code;
  }

  private output(stream: StreamName, data: Buffer): void {
    let decoder = this.decoders.get(stream);
    if (!decoder) this.decoders.set(stream, (decoder = new StringDecoder('utf8')));
    const text = toTerminalText(decoder.write(data));
    this.batcher.push(stream === 'stderr' && text ? `\x1b[31m${text}\x1b[0m` : text);
  }

  private finish(message: string): void {
    this.finished = true;
    if (this.closed) return;
    this.batcher.flush();
    this.writeEmitter.fire(`${message}\x1b[2m${vscode.l10n.t('Press any key to close the terminal.')}\x1b[0m`);
  }

  /** Stops the command (the engine layer hangs up its process) and the reading of its output. */
  cancel(): void {
    this.abort.abort();
  }

  handleInput(): void {
    if (!this.finished) return;
    this.closeEmitter.fire();
    this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    this.batcher.dispose();
    this.writeEmitter.dispose();
    this.closeEmitter.dispose();
  }
}
