import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { errorDetail } from '../shared/errorDetail';
import { rowsOrPick } from '../shared/pick';
import { targets } from '../shared/selection';
import { containerNameProblem } from './containerName';

/** Asks for the new name, checked as it is typed against Docker's rule and the names in use. */
export function renameContainer(ctx: BerthContext) {
  return async (clicked: unknown) => {
    const title = vscode.l10n.t('Rename container');
    // One container at a time: a name cannot go to several.
    const [row] = await rowsOrPick(ctx, targets(clicked, undefined), 'container', { title });
    if (!row) return;
    const taken = ctx.engine.model.containers().filter((c) => c.id !== row.objectId).map((c) => c.name);
    const translate = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);
    const name = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t("New name for container '{0}'", row.label),
      value: row.label,
      valueSelection: [0, row.label.length],
      validateInput: (value) => containerNameProblem(value.trim(), taken, translate),
    });
    const newName = name?.trim().replace(/^\//, '');
    if (!newName || newName === row.label) return;
    try {
      await ctx.engine.engine.renameContainer(row.objectId, newName);
    } catch (error) {
      const detail = errorDetail(error);
      ctx.log.error(`${title} ${row.label}: ${detail}`);
      const message = /already in use/i.test(detail)
        ? vscode.l10n.t("Cannot rename '{0}': the name '{1}' is already in use by another container.", row.label, newName)
        : vscode.l10n.t("Cannot rename '{0}': {1}", row.label, detail);
      void vscode.window.showErrorMessage(message);
    }
  };
}
