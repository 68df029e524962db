import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { runOnContainers, targets } from './selection';

export function startContainer(ctx: BerthContext) {
  return (clicked: unknown, selected: unknown) =>
    runOnContainers(ctx, targets(clicked, selected), vscode.l10n.t('Start container'), (id) => ctx.engine.engine.containerAction(id, 'start'));
}
