import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { askFilter } from './viewOptions';

/** Filters the Containers view (kept per workspace); an optional text argument skips the question. */
export function filterContainers(ctx: BerthContext) {
  return (text?: unknown) => askFilter(ctx, 'berth.containers', vscode.l10n.t('Filter Containers'), text);
}
