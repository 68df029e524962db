import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { inspectObject } from '../shared/inspectObject';

export function inspectVolume(ctx: BerthContext) {
  return inspectObject(ctx, 'volume', () => vscode.l10n.t('Inspect volume'));
}
