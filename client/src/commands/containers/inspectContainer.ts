import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { inspectObject } from '../shared/inspectObject';

export function inspectContainer(ctx: BerthContext) {
  return inspectObject(ctx, 'container', () => vscode.l10n.t('Inspect container'));
}
