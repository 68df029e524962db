import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { formatBytes, shortId } from '../../views/presenters/presentation';
import { withEngineProgress } from '../shared/feedback';

/** Removes dangling images no container uses, after listing them; says how much space came back. */
export function pruneImages(ctx: BerthContext) {
  return async () => {
    await ctx.engine.firstListing();
    const dangling = ctx.engine.model.images().filter((image) => image.tags.length === 0 && (image.containers ?? []).length === 0);
    if (dangling.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no dangling images to prune.'));
      return;
    }
    const prune = vscode.l10n.t('Prune');
    const list = dangling.map((image) => `${shortId(image.id)} (${formatBytes(image.size)})`).join('\n');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Remove {0} dangling images?', dangling.length),
      { modal: true, detail: vscode.l10n.t('Untagged images no container uses:') + '\n' + list },
      prune,
    );
    if (answer !== prune) return;
    const result = await withEngineProgress(ctx, vscode.l10n.t('Prune dangling images'), () => ctx.engine.engine.pruneImages());
    if (result) void vscode.window.showInformationMessage(vscode.l10n.t('Pruned dangling images: {0} removed, {1} reclaimed.', result.removed.length, formatBytes(result.spaceReclaimed)));
  };
}
