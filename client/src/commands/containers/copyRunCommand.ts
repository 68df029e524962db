import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { EngineError } from '../../engine/errors';
import { renderDockerRun } from '../../engine/run/options';
import { runOptionsFromInspect } from '../../engine/run/reconstruct';
import { rowsOrPick } from '../shared/pick';
import { targets } from '../shared/selection';

/**
 * Copies the `docker run` command that would recreate a container, rebuilt from its inspect:
 * only what differs from its image (env, labels, command, user, workdir) and the engine's defaults.
 */
export function copyRunCommand(ctx: BerthContext) {
  return async (clicked: unknown) => {
    const [row] = await rowsOrPick(ctx, targets(clicked, undefined), 'container', { title: vscode.l10n.t('Copy as docker run Command') });
    if (!row) return;
    try {
      const container = await ctx.engine.engine.inspectContainer(row.objectId);
      if (!container) {
        void vscode.window.showErrorMessage(vscode.l10n.t("The container '{0}' no longer exists.", row.label));
        return;
      }
      const image = await ctx.engine.engine.inspectImage(container.Image);
      const command = renderDockerRun(runOptionsFromInspect(container, image));
      await vscode.env.clipboard.writeText(command);
      void vscode.window.showInformationMessage(vscode.l10n.t('Copied: {0}', command));
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Copy as docker run Command failed: {0}', error instanceof EngineError ? error.detail : String(error)));
    }
  };
}
