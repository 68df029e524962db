import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { askFilter } from './viewOptions';

/** Filters the Images view (kept per workspace); an optional text argument skips the question. */
export function filterImages(ctx: BerthContext) {
  return (text?: unknown) => askFilter(ctx, 'berth.images', vscode.l10n.t('Filter Images'), text);
}
