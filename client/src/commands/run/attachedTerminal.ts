import * as vscode from 'vscode';
import { BerthContext } from '../../context';

/**
 * A terminal on an interactive container's TTY, through the Engine API's attach stream (not exec):
 * what is typed goes to the container's stdin, its output is shown as is, the terminal's size is
 * the TTY's. Closing the terminal closes stdin (the container was made with StdinOnce, so a shell
 * ends); when the container's process ends, the terminal says so and stays open to be read.
 */
export function openAttachedTerminal(ctx: BerthContext, containerId: string, name: string, stream: NodeJS.ReadWriteStream): vscode.Terminal {
  const writeEmitter = new vscode.EventEmitter<string>();
  let ended = false;
  const onData = (chunk: Buffer) => writeEmitter.fire(chunk.toString('utf8'));
  const onEnd = () => {
    if (ended) return;
    ended = true;
    writeEmitter.fire(`\r\n${vscode.l10n.t("[The container's process ended. Close this terminal when done.]")}\r\n`);
  };
  const resize = (dimensions: vscode.TerminalDimensions | undefined) => {
    if (!dimensions || ended) return;
    ctx.engine.engine.resizeContainer(containerId, dimensions.rows, dimensions.columns).catch((error: unknown) => ctx.log.warn(`Resizing ${name}: ${String(error)}`));
  };
  const pty: vscode.Pseudoterminal = {
    onDidWrite: writeEmitter.event,
    open: (dimensions) => {
      stream.on('data', onData);
      stream.on('end', onEnd);
      stream.on('close', onEnd);
      stream.on('error', onEnd);
      resize(dimensions);
    },
    setDimensions: resize,
    handleInput: (data) => {
      if (!ended) stream.write(data);
    },
    close: () => {
      stream.removeListener('data', onData);
      if (!ended) stream.end();
      writeEmitter.dispose();
    },
  };
  return vscode.window.createTerminal({ name: vscode.l10n.t('Container: {0}', name), pty, iconPath: new vscode.ThemeIcon('vm') });
}
