import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { rowsOrPick } from '../shared/pick';
import { logOptionsFromSettings, openLogsTerminal } from '../shared/logsTerminal';
import { targets } from '../shared/selection';

/** Follows each chosen container's logs in a terminal, with the settings' tail and timestamps. */
export function viewLogs(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown): Promise<vscode.Terminal[]> => {
    const title = vscode.l10n.t('View Logs');
    const opened: vscode.Terminal[] = [];
    for (const row of await rowsOrPick(ctx, targets(clicked, selected), 'container', { title })) {
      const terminal = await openLogsTerminal(ctx, row, logOptionsFromSettings(), title);
      if (terminal) opened.push(terminal);
    }
    return opened;
  };
}
