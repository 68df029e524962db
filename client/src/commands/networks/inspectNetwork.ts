import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { inspectObject } from '../shared/inspectObject';

export function inspectNetwork(ctx: BerthContext) {
  return inspectObject(ctx, 'network', () => vscode.l10n.t('Inspect network'));
}
