import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { inspectObject } from '../shared/inspectObject';

export function inspectImage(ctx: BerthContext) {
  return inspectObject(ctx, 'image', () => vscode.l10n.t('Inspect image'));
}
