import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { rowsOrPick } from '../shared/pick';
import { runOnEach, targets } from '../shared/selection';
import { inState } from './states';

export function stopContainer(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const title = vscode.l10n.t('Stop container');
    const rows = await rowsOrPick(ctx, targets(clicked, selected), 'container', { title, filter: inState('running', 'paused', 'restarting'), canPickMany: true });
    if (rows.length > 0) await runOnEach(ctx, rows, title, (id) => ctx.engine.engine.containerAction(id, 'stop'));
  };
}
