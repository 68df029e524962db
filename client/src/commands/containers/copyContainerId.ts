import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { rowsOrPick } from '../shared/pick';
import { targets } from '../shared/selection';

/** The full id of each chosen container, one per line. */
export function copyContainerId(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const title = vscode.l10n.t('Copy container ID');
    const rows = await rowsOrPick(ctx, targets(clicked, selected), 'container', { title, canPickMany: true });
    if (rows.length === 0) return;
    await vscode.env.clipboard.writeText(rows.map((r) => r.objectId).join('\n'));
    const message = rows.length === 1 ? vscode.l10n.t("Copied the ID of '{0}'.", rows[0].label) : vscode.l10n.t('Copied {0} container IDs.', rows.length);
    ctx.extension.subscriptions.push(vscode.window.setStatusBarMessage(message, 4000));
  };
}
