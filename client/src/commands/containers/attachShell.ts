import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { ShellPseudoterminal } from '../../views/terminals/shellTerminal';
import { ensureRunning, reportFailure, runningContainers, shellFor } from '../shared/containerTerminals';
import { ObjectRow } from '../shared/selection';

/**
 * Opens a terminal on a shell in each chosen running container. Resolves to the terminals opened
 * (tests look at them).
 */
export function attachShell(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown): Promise<vscode.Terminal[]> => {
    const title = vscode.l10n.t('Attach Shell');
    const opened: vscode.Terminal[] = [];
    for (const row of await runningContainers(ctx, clicked, selected, title)) {
      const terminal = await open(ctx, row, title);
      if (terminal) opened.push(terminal);
    }
    return opened;
  };
}

async function open(ctx: BerthContext, row: ObjectRow, title: string): Promise<vscode.Terminal | undefined> {
  try {
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Opening a shell in {0}', row.label) }, async () => {
      if (!(await ensureRunning(ctx, row, title))) return undefined;
      const shell = await shellFor(ctx, row.objectId);
      if (!shell) {
        void vscode.window.showErrorMessage(vscode.l10n.t("Container '{0}' has no shell (neither bash nor sh). Set berth.shell to the one it has.", row.label));
        return undefined;
      }
      // The real size follows as soon as the terminal opens (setDimensions).
      const session = await ctx.engine.engine.openShell(row.objectId, shell, { cols: 80, rows: 24 }, ['TERM=xterm-256color']);
      const pty = new ShellPseudoterminal(session);
      const shellName = shell[0].split('/').pop() ?? shell[0];
      const terminal = vscode.window.createTerminal({ name: `${row.label} (${shellName})`, pty, iconPath: new vscode.ThemeIcon('terminal') });
      terminal.show();
      return terminal;
    });
  } catch (error) {
    reportFailure(ctx, title, row, error);
    return undefined;
  }
}
