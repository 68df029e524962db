import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { isStoppedState } from '../../engine/system';
import { formatBytes } from '../../views/presenters/presentation';
import { unlessCancelled } from '../shared/cancellation';
import { errorDetail } from '../shared/errorDetail';
import { nameList } from '../shared/nameList';

/** Removes every stopped container through the engine's prune, after a modal naming them. */
export function pruneContainers(ctx: BerthContext) {
  return async () => {
    const title = vscode.l10n.t('Remove stopped containers');
    await ctx.engine.firstListing();
    const stopped = ctx.engine.model.containers().filter((c) => isStoppedState(c.state));
    if (stopped.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no stopped containers to remove.'));
      return;
    }
    const remove = vscode.l10n.t('Remove');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Remove {0} stopped containers?', stopped.length),
      { modal: true, detail: nameList(stopped.map((c) => c.name)) + '\n\n' + vscode.l10n.t('Their anonymous volumes are kept. This cannot be undone.') },
      remove,
    );
    if (answer !== remove) return;
    try {
      const engine = ctx.engine.engine;
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) =>
        unlessCancelled(engine.pruneContainers(), token),
      );
      if (!result) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Stopped waiting for the engine; it may still finish removing the containers.'));
        return;
      }
      void vscode.window.showInformationMessage(vscode.l10n.t('Removed {0} containers; reclaimed {1}.', result.removed.length, formatBytes(result.spaceReclaimed)));
    } catch (error) {
      const detail = errorDetail(error);
      ctx.log.error(`${title}: ${detail}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, detail));
    }
  };
}
