import * as vscode from 'vscode';

/**
 * A terminal that shows a build's output as it comes ("Build <tag>"). Text written before the
 * terminal opened is kept and shown when it does; closing the terminal calls `onClose` (which
 * cancels a running build).
 */
export class BuildTerminal implements vscode.Disposable {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly terminal: vscode.Terminal;
  private pending: string[] | undefined = [];
  private closed = false;

  constructor(name: string, onClose: () => void) {
    const pty: vscode.Pseudoterminal = {
      onDidWrite: this.writeEmitter.event,
      open: () => {
        const pending = this.pending ?? [];
        this.pending = undefined;
        for (const text of pending) this.writeEmitter.fire(text);
      },
      close: () => {
        this.closed = true;
        onClose();
      },
    };
    this.terminal = vscode.window.createTerminal({ name, pty, iconPath: new vscode.ThemeIcon('package') });
  }

  get name(): string {
    return this.terminal.name;
  }

  show(): void {
    this.terminal.show(true);
  }

  /** Writes builder output; bare line breaks become the terminal's `\r\n`. */
  write(text: string): void {
    if (this.closed) return;
    const normalized = text.replace(/\r?\n/g, '\r\n');
    if (this.pending) this.pending.push(normalized);
    else this.writeEmitter.fire(normalized);
  }

  /** A line of Berth's own (not the builder's), set apart in bold. */
  note(text: string): void {
    this.write(`\x1b[1m${text}\x1b[0m\n`);
  }

  dispose(): void {
    this.terminal.dispose();
    this.writeEmitter.dispose();
  }
}
