import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { EngineError } from '../../engine/errors';
import { Presentation } from '../../views/presenters/presentation';

/** A tree row that stands for one engine object (group rows have no `objectId`). */
export type ObjectRow = Presentation & { objectId: string };

/**
 * The objects a tree command acts on: the selection when the clicked row is part of it
 * (multi-select), else the clicked row. Group rows (a Compose project, a repository) are skipped.
 */
export function targets(clicked: unknown, selected: unknown): ObjectRow[] {
  const rows = Array.isArray(selected) ? (selected as Presentation[]) : [];
  const row = clicked as Presentation | undefined;
  const chosen = row && rows.some((r) => r.id === row.id) ? rows : row ? [row] : [];
  return chosen.filter((r): r is ObjectRow => typeof r?.objectId === 'string' && r.objectId.length > 0);
}

/**
 * Runs `action` on each object with a progress notification that can be cancelled between
 * objects, and says which failed and why (the engine's own words).
 */
export async function runOnEach(ctx: BerthContext, rows: ObjectRow[], title: string, action: (objectId: string, row: ObjectRow) => Promise<void>): Promise<void> {
  const failures: string[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    for (const row of rows) {
      if (token.isCancellationRequested) break;
      progress.report({ message: row.label, increment: 100 / rows.length });
      try {
        await action(row.objectId, row);
      } catch (error) {
        const detail = error instanceof EngineError ? error.detail : String(error);
        ctx.log.error(`${title} ${row.label}: ${detail}`);
        failures.push(`${row.label}: ${detail}`);
      }
    }
  });
  if (failures.length > 0) void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, failures.join('; ')));
}
