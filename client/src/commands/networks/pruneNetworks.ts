import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { withEngineProgress } from '../shared/feedback';

const PREDEFINED = new Set(['bridge', 'host', 'none']);

/** Removes the networks no container uses, after listing them. */
export function pruneNetworks(ctx: BerthContext) {
  return async () => {
    await ctx.engine.firstListing();
    const unused = ctx.engine.model.networks().filter((n) => !PREDEFINED.has(n.name) && (n.containers ?? []).length === 0);
    if (unused.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no unused networks to prune.'));
      return;
    }
    const prune = vscode.l10n.t('Prune');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Remove {0} unused networks?', unused.length),
      { modal: true, detail: vscode.l10n.t('Networks no container uses:') + '\n' + unused.map((n) => `${n.name} (${n.driver})`).join('\n') },
      prune,
    );
    if (answer !== prune) return;
    const result = await withEngineProgress(ctx, vscode.l10n.t('Prune networks'), () => ctx.engine.engine.pruneNetworks());
    if (result) void vscode.window.showInformationMessage(vscode.l10n.t('Pruned networks: {0} removed.', result.removed.length));
  };
}
