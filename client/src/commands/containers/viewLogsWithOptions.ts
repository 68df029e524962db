import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { LogOptions, parseSince, parseTail } from '../../engine/logs';
import { rowsOrPick } from '../shared/pick';
import { logOptionsFromSettings, openLogsTerminal } from '../shared/logsTerminal';
import { targets } from '../shared/selection';

/** Asks for tail, since, timestamps and follow, then shows the logs of the chosen container. */
export function viewLogsWithOptions(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown): Promise<vscode.Terminal | undefined> => {
    const title = vscode.l10n.t('View Logs...');
    const [row] = await rowsOrPick(ctx, targets(clicked, selected), 'container', { title });
    if (!row) return undefined;
    const options = await askOptions(title, row.label);
    return options && openLogsTerminal(ctx, row, options, title);
  };
}

async function askOptions(title: string, name: string): Promise<LogOptions | undefined> {
  const defaults = logOptionsFromSettings();
  const tailText = await vscode.window.showInputBox({
    title: `${title} ${name}`,
    prompt: vscode.l10n.t('How many of the last lines to show: a number, or "all".'),
    value: String(defaults.tail),
    validateInput: (value) => (parseTail(value) === undefined ? vscode.l10n.t('Type a whole number of lines (0 or more), or "all".') : undefined),
  });
  if (tailText === undefined) return undefined;
  const sinceText = await vscode.window.showInputBox({
    title: `${title} ${name}`,
    prompt: vscode.l10n.t('Only lines since: a duration such as 10m or 2h, a time such as 2024-05-01T10:00:00Z, or empty for no limit.'),
    placeHolder: '10m',
    validateInput: (value) =>
      value.trim() !== '' && parseSince(value) === undefined ? vscode.l10n.t('Type a duration (30s, 10m, 2h, 1h30m), an RFC 3339 time (2024-05-01T10:00:00Z) or a date (2024-05-01).') : undefined,
  });
  if (sinceText === undefined) return undefined;
  const follow = { label: vscode.l10n.t('Follow'), description: vscode.l10n.t('keep showing new lines'), picked: true };
  const timestamps = { label: vscode.l10n.t('Timestamps'), description: vscode.l10n.t('show when each line was written'), picked: defaults.timestamps };
  const chosen = await vscode.window.showQuickPick([follow, timestamps], { title: `${title} ${name}`, canPickMany: true });
  if (chosen === undefined) return undefined;
  return {
    tail: parseTail(tailText) ?? defaults.tail,
    since: sinceText.trim() === '' ? undefined : parseSince(sinceText),
    follow: chosen.includes(follow),
    timestamps: chosen.includes(timestamps),
  };
}
