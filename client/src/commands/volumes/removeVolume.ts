import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { containerNames } from '../shared/feedback';
import { rowsOrPick } from '../shared/pick';
import { runOnEach, targets } from '../shared/selection';

/**
 * Refuses volumes that containers use, naming them (the engine would refuse too); asks before
 * removing the others, naming each.
 */
export function removeVolume(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const rows = await rowsOrPick(ctx, targets(clicked, selected), 'volume', { title: vscode.l10n.t('Remove Volume'), canPickMany: true });
    if (rows.length === 0) return;
    const users = new Map(ctx.engine.model.volumes().map((v) => [v.name, v.containers ?? []]));
    const inUse = rows.filter((row) => (users.get(row.objectId) ?? []).length > 0);
    if (inUse.length > 0) {
      const reasons = inUse.map((row) => vscode.l10n.t('{0} is used by containers: {1}', row.objectId, containerNames(ctx, users.get(row.objectId)!).join(', ')));
      void vscode.window.showErrorMessage(vscode.l10n.t('Volumes in use cannot be removed. {0}. Remove those containers first.', reasons.join('; ')));
    }
    const free = rows.filter((row) => !inUse.includes(row));
    if (free.length === 0) return;
    const names = free.map((row) => row.objectId).join(', ');
    const question = free.length === 1 ? vscode.l10n.t('Remove volume {0}?', names) : vscode.l10n.t('Remove {0} volumes: {1}?', free.length, names);
    const remove = vscode.l10n.t('Remove');
    const answer = await vscode.window.showWarningMessage(question, { modal: true, detail: vscode.l10n.t('The data in it is deleted for good.') }, remove);
    if (answer !== remove) return;
    await runOnEach(ctx, free, vscode.l10n.t('Remove volume'), (name) => ctx.engine.engine.removeVolume(name));
  };
}
