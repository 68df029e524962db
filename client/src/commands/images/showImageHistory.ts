import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { formatImageHistory } from '../../views/presenters/imageHistory';
import { shortId } from '../../views/presenters/presentation';
import { translate, withEngineProgress } from '../shared/feedback';
import { rowsOrPick } from '../shared/pick';
import { targets } from '../shared/selection';

/** The image's layers with sizes and the instructions that made them, in a read-only Markdown document. */
export function showImageHistory(ctx: BerthContext) {
  return async (clicked: unknown) => {
    const [row] = await rowsOrPick(ctx, targets(clicked, undefined), 'image', { title: vscode.l10n.t('Show Image History') });
    if (!row) return;
    const name = row.imageRef ?? shortId(row.objectId);
    const history = await withEngineProgress(ctx, vscode.l10n.t('Read image history'), () => ctx.engine.engine.imageHistory(row.objectId));
    if (!history) return;
    await ctx.documents.show(`${name.replace(/:/g, '_')}.history.md`, formatImageHistory(name, history, translate), { language: 'markdown' });
  };
}
