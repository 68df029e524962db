import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { EngineError } from '../../engine/errors';
import { Presentation } from '../../views/presenters/presentation';

/**
 * The containers a tree command acts on: the selection when the clicked row is part of it
 * (multi-select), else the clicked row.
 */
export function targets(clicked: unknown, selected: unknown): Presentation[] {
  const rows = Array.isArray(selected) ? (selected as Presentation[]) : [];
  const row = clicked as Presentation | undefined;
  if (row && rows.some((r) => r.id === row.id)) return rows;
  return row ? [row] : [];
}

/**
 * Runs `action` on each container with a progress notification that can be cancelled between
 * containers, and says which failed and why (the engine's own words).
 */
export async function runOnContainers(ctx: BerthContext, rows: Presentation[], title: string, action: (id: string) => Promise<void>): Promise<void> {
  const failures: string[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    for (const row of rows) {
      if (token.isCancellationRequested) break;
      progress.report({ message: row.label, increment: 100 / rows.length });
      try {
        await action(row.id);
      } catch (error) {
        const detail = error instanceof EngineError ? error.detail : String(error);
        ctx.log.error(`${title} ${row.label}: ${detail}`);
        failures.push(`${row.label}: ${detail}`);
      }
    }
  });
  if (failures.length > 0) void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, failures.join('; ')));
}
