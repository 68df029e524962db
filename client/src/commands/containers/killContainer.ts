import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { rowsOrPick } from '../shared/pick';
import { runOnEach, targets } from '../shared/selection';
import { inState } from './states';

/**
 * Sends SIGKILL. No confirmation: the container and its data stay, only its processes end at
 * once (the command's title says so).
 */
export function killContainer(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const title = vscode.l10n.t('Kill container');
    const rows = await rowsOrPick(ctx, targets(clicked, selected), 'container', { title, filter: inState('running', 'paused', 'restarting'), canPickMany: true });
    if (rows.length > 0) await runOnEach(ctx, rows, title, (id) => ctx.engine.engine.killContainer(id, 'SIGKILL'));
  };
}
