import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { rowsOrPick } from '../shared/pick';
import { runOnEach, targets } from '../shared/selection';

/** Asks first, naming what goes; running containers are stopped by the removal (force). */
export function removeContainer(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const rows = await rowsOrPick(ctx, targets(clicked, selected), 'container', { title: vscode.l10n.t('Remove container'), canPickMany: true });
    if (rows.length === 0) return;
    const names = rows.map((r) => r.label).join(', ');
    const question = rows.length === 1 ? vscode.l10n.t("Remove container '{0}'?", names) : vscode.l10n.t('Remove {0} containers: {1}?', rows.length, names);
    const remove = vscode.l10n.t('Remove');
    const removeWithVolumes = vscode.l10n.t('Remove with Anonymous Volumes');
    const answer = await vscode.window.showWarningMessage(
      question,
      { modal: true, detail: vscode.l10n.t('Running containers are stopped first. Named volumes are kept; anonymous volumes are removed only if you choose so.') },
      remove,
      removeWithVolumes,
    );
    if (answer !== remove && answer !== removeWithVolumes) return;
    const volumes = answer === removeWithVolumes;
    await runOnEach(ctx, rows, vscode.l10n.t('Remove container'), (id) => ctx.engine.engine.removeContainer(id, { force: true, volumes }));
  };
}
