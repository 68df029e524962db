import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { runOnEach, targets } from '../shared/selection';

export function startContainer(ctx: BerthContext) {
  return (clicked: unknown, selected: unknown) =>
    runOnEach(ctx, targets(clicked, selected), vscode.l10n.t('Start container'), (id) => ctx.engine.engine.containerAction(id, 'start'));
}
