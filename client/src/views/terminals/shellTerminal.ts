import { StringDecoder } from 'node:string_decoder';
import * as vscode from 'vscode';
import { WriteBatcher } from '../../engine/batcher';
import { ShellSession } from '../../engine/exec';
import { note } from './terminalText';

/**
 * A VS Code terminal backed by a shell in a container (an exec with a TTY). Keys go to the TTY
 * as typed (Ctrl-C included), output comes back raw; the terminal's size is the TTY's. When the
 * shell ends, the terminal says with which exit code and stays until a key is pressed, so the
 * last output can still be read.
 */
export class ShellPseudoterminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  private readonly text = new StringDecoder('utf8');
  private readonly batcher: WriteBatcher;
  private subscription: { dispose(): void } | undefined;
  private ended = false;
  private closed = false;
  /** The shell's exit code once it ended (undefined when the engine does not know). */
  readonly exited: Promise<number | undefined>;

  constructor(private readonly session: ShellSession) {
    this.batcher = new WriteBatcher((text) => this.writeEmitter.fire(text), {
      intervalMs: 8,
      onPressure: (paused) => (paused ? session.pause() : session.resume()),
    });
    this.exited = session.exited.then((code) => {
      this.ended = true;
      if (!this.closed) {
        this.batcher.push(this.text.end());
        this.batcher.flush();
        const message = code === undefined ? vscode.l10n.t('The shell ended.') : vscode.l10n.t('Shell exited with code {0}.', code);
        this.writeEmitter.fire(note(`${message} ${vscode.l10n.t('Press any key to close the terminal.')}`));
      }
      return code;
    });
  }

  open(initialDimensions: vscode.TerminalDimensions | undefined): void {
    if (initialDimensions) this.setDimensions(initialDimensions);
    this.subscription = this.session.onData((data) => this.batcher.push(this.text.write(data)));
  }

  handleInput(data: string): void {
    if (this.ended) {
      this.closeEmitter.fire();
      this.close();
    } else this.session.write(data);
  }

  setDimensions(dimensions: vscode.TerminalDimensions): void {
    this.session.resize({ cols: dimensions.columns, rows: dimensions.rows }).catch(() => undefined);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.subscription?.dispose();
    this.batcher.dispose();
    this.session.close();
    this.writeEmitter.dispose();
    this.closeEmitter.dispose();
  }
}
