import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { EngineError } from '../../engine/errors';
import { stateOf } from '../containers/states';
import { rowsOrPick } from './pick';
import { ObjectRow, targets } from './selection';

/** The running containers a command acts on: the clicked or selected rows, else the user's pick. */
export function runningContainers(ctx: BerthContext, clicked: unknown, selected: unknown, title: string): Promise<ObjectRow[]> {
  return rowsOrPick(ctx, targets(clicked, selected), 'container', { title, filter: (row) => stateOf(row) === 'running' });
}

/**
 * Whether the container is still there and running, asking the engine (the row may be stale);
 * says why not when it is not.
 */
export async function ensureRunning(ctx: BerthContext, row: ObjectRow, title: string): Promise<boolean> {
  const running = await ctx.engine.engine.isRunning(row.objectId);
  if (running) return true;
  const message = running === undefined ? vscode.l10n.t("Container '{0}' no longer exists.", row.label) : vscode.l10n.t("Container '{0}' is not running. Start it first.", row.label);
  void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, message));
  return false;
}

/**
 * The shell to run: the `berth.shell` setting when set (split on spaces, e.g. `bash -l`), else
 * bash when the container has it, else sh. Undefined when the container has no sh to ask.
 */
export async function shellFor(ctx: BerthContext, containerId: string): Promise<string[] | undefined> {
  const configured = vscode.workspace.getConfiguration('berth').get<string>('shell', '').trim();
  if (configured) return configured.split(/\s+/);
  const detected = await ctx.engine.engine.detectShell(containerId);
  return detected ? [detected] : undefined;
}

/** Says that `title` failed for `row`, in the engine's words when the engine refused. */
export function reportFailure(ctx: BerthContext, title: string, row: ObjectRow, error: unknown): void {
  const detail = error instanceof EngineError ? error.detail : String(error);
  ctx.log.error(`${title} ${row.label}: ${detail}`);
  void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, `${row.label}: ${detail}`));
}
