import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { ExecPseudoterminal } from '../../views/terminals/execTerminal';
import { ensureRunning, reportFailure, runningContainers, shellFor } from '../shared/containerTerminals';

/** The last command typed, offered again next time. */
const LAST_COMMAND_KEY = 'berth.exec.lastCommand';

/**
 * Runs a one-off command, as typed, in each chosen running container (through its shell, so
 * pipes and variables work), showing the output and the exit code in a terminal. Resolves to the
 * last exit code (undefined when nothing ran or it is unknown).
 */
export function execCommand(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown): Promise<number | undefined> => {
    const title = vscode.l10n.t('Exec Command');
    const rows = await runningContainers(ctx, clicked, selected, title);
    if (rows.length === 0) return undefined;
    const input = await vscode.window.showInputBox({
      title: rows.length === 1 ? vscode.l10n.t('Run a command in {0}', rows[0].label) : vscode.l10n.t('Run a command in {0} containers', rows.length),
      prompt: vscode.l10n.t("The command runs with the container's shell, so pipes and variables work."),
      placeHolder: 'ls -la /',
      value: ctx.extension.globalState.get<string>(LAST_COMMAND_KEY, ''),
      validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Type a command to run.') : undefined),
    });
    if (input === undefined || input.trim() === '') return undefined;
    await ctx.extension.globalState.update(LAST_COMMAND_KEY, input);

    let code: number | undefined;
    for (const row of rows) {
      try {
        if (!(await ensureRunning(ctx, row, title))) continue;
        const shell = await shellFor(ctx, row.objectId);
        // No shell in the container: run the words as they are.
        const cmd = shell ? [...shell, '-c', input] : input.trim().split(/\s+/);
        const pty = new ExecPseudoterminal(ctx.engine.engine, row.objectId, cmd, input);
        const terminal = vscode.window.createTerminal({ name: `${row.label}: ${input}`, pty, iconPath: new vscode.ThemeIcon('run') });
        terminal.show();
        code = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Running "{0}" in {1}', input, row.label), cancellable: true },
          (_progress, token) => {
            token.onCancellationRequested(() => pty.cancel());
            return pty.done;
          },
        );
      } catch (error) {
        reportFailure(ctx, title, row, error);
      }
    }
    return code;
  };
}
