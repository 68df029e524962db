import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { LogOptions } from '../../engine/logs';
import { LogsPseudoterminal } from '../../views/terminals/logsTerminal';
import { reportFailure } from './containerTerminals';
import { ObjectRow } from './selection';

/** Log options from the settings: follow, `berth.logs.tail` lines, `berth.logs.timestamps`. */
export function logOptionsFromSettings(): LogOptions {
  const config = vscode.workspace.getConfiguration('berth');
  const tail = config.get<number>('logs.tail', 1000);
  return { follow: true, tail: Number.isInteger(tail) && tail >= 0 ? tail : 1000, timestamps: config.get<boolean>('logs.timestamps', false) };
}

/** Opens a terminal on a container's logs, after checking the container exists. */
export async function openLogsTerminal(ctx: BerthContext, row: ObjectRow, options: LogOptions, title: string): Promise<vscode.Terminal | undefined> {
  try {
    if ((await ctx.engine.engine.isRunning(row.objectId)) === undefined) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, vscode.l10n.t("Container '{0}' no longer exists.", row.label)));
      return undefined;
    }
  } catch (error) {
    reportFailure(ctx, title, row, error);
    return undefined;
  }
  const pty = new LogsPseudoterminal(ctx.engine.engine, row.objectId, options, ctx.engine.onEvent);
  const terminal = vscode.window.createTerminal({ name: vscode.l10n.t('Logs: {0}', row.label), pty, iconPath: new vscode.ThemeIcon('output') });
  terminal.show();
  return terminal;
}
