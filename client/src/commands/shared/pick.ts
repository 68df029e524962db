import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { ObjectKind } from '../../engine/records';
import { RESOURCE_KIND_BY_OBJECT } from '../../views/resources';
import { ObjectRow } from './selection';

export interface PickOptions {
  title: string;
  /** Only rows this accepts are offered, e.g. running containers for Stop. */
  filter?: (row: ObjectRow) => boolean;
  canPickMany?: boolean;
}

/**
 * For a command run from the palette (no tree row): lets the user choose the objects, from the
 * same model and presenters the views use. Resolves to [] when the user cancels or nothing fits.
 */
export async function pickObjects(ctx: BerthContext, kind: ObjectKind, options: PickOptions): Promise<ObjectRow[]> {
  await ctx.engine.firstListing();
  const resource = RESOURCE_KIND_BY_OBJECT[kind];
  const translate = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);
  const rows = resource
    .read(ctx.engine.model)
    .map((item) => resource.present(item, translate))
    .filter((row): row is ObjectRow => typeof row.objectId === 'string')
    .filter((row) => !options.filter || options.filter(row));
  if (rows.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0}: there is nothing to choose from.', options.title));
    return [];
  }
  const items = rows.map((row) => ({ label: row.label, description: row.description, row }));
  if (options.canPickMany) {
    const chosen = await vscode.window.showQuickPick(items, { title: options.title, canPickMany: true, matchOnDescription: true });
    return (chosen ?? []).map((item) => item.row);
  }
  const chosen = await vscode.window.showQuickPick(items, { title: options.title, matchOnDescription: true });
  return chosen ? [chosen.row] : [];
}

/** The rows a command acts on: the clicked or selected tree rows, else the user's pick. */
export async function rowsOrPick(ctx: BerthContext, rows: ObjectRow[], kind: ObjectKind, options: PickOptions): Promise<ObjectRow[]> {
  return rows.length > 0 ? rows : pickObjects(ctx, kind, options);
}

