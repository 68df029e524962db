import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { rowsOrPick } from '../shared/pick';
import { runOnEach, targets } from '../shared/selection';
import { inState } from './states';

/** Freezes the container's processes; Unpause lets them carry on where they were. */
export function pauseContainer(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const title = vscode.l10n.t('Pause container');
    const rows = await rowsOrPick(ctx, targets(clicked, selected), 'container', { title, filter: inState('running'), canPickMany: true });
    if (rows.length > 0) await runOnEach(ctx, rows, title, (id) => ctx.engine.engine.pauseContainer(id));
  };
}
