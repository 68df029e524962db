import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { ObjectKind } from '../../engine/records';
import { errorDetail } from './errorDetail';
import { rowsOrPick } from './pick';
import { targets } from './selection';

/**
 * `docker inspect` for one kind: the engine's JSON, pretty-printed, in a read-only editor, one
 * per chosen object.
 */
export function inspectObject(ctx: BerthContext, kind: ObjectKind, title: () => string) {
  return async (clicked: unknown, selected: unknown) => {
    const rows = await rowsOrPick(ctx, targets(clicked, selected), kind, { title: title(), canPickMany: true });
    for (const row of rows) {
      try {
        const json = await ctx.engine.engine.inspect(kind, row.objectId);
        // Several at once open side by side as tabs, not one preview replacing the other.
        await ctx.documents.show(`${row.imageRef ?? row.label}.json`, JSON.stringify(json, null, 2) + '\n', { language: 'json', preview: rows.length === 1 });
      } catch (error) {
        const detail = errorDetail(error);
        ctx.log.error(`${title()} ${row.label}: ${detail}`);
        void vscode.window.showErrorMessage(vscode.l10n.t("Cannot inspect '{0}': {1}", row.label, detail));
      }
    }
  };
}
