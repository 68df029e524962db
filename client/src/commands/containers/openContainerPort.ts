import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { publishedUrls } from '../../views/presenters/ports';
import { rowsOrPick } from '../shared/pick';
import { targets } from '../shared/selection';

/** Opens a published TCP port of a running container in the browser; asks which when several. */
export function openContainerPort(ctx: BerthContext) {
  return async (clicked: unknown) => {
    const title = vscode.l10n.t('Open in browser');
    const [row] = await rowsOrPick(ctx, targets(clicked, undefined), 'container', { title, filter: (r) => r.contextValue === 'container.running.ports' });
    if (!row) return;
    const container = ctx.engine.model.containers().find((c) => c.id === row.objectId);
    const urls = publishedUrls(container?.ports);
    if (!container || container.state !== 'running' || urls.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t("Container '{0}' is not running with a published TCP port: there is nothing to open. Publish one with -p HOST:CONTAINER when you run it.", row.label));
      return;
    }
    let url = urls[0].url;
    if (urls.length > 1) {
      const chosen = await vscode.window.showQuickPick(
        urls.map((u) => ({ label: u.url, description: vscode.l10n.t('container port {0}', u.containerPort), url: u.url })),
        { title, placeHolder: vscode.l10n.t("Which port of '{0}'?", row.label) },
      );
      if (!chosen) return;
      url = chosen.url;
    }
    await vscode.env.openExternal(vscode.Uri.parse(url));
  };
}
