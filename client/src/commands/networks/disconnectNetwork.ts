import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { containerNames, withEngineProgress } from '../shared/feedback';
import { rowsOrPick } from '../shared/pick';
import { targets } from '../shared/selection';

/** Disconnects one of the containers connected to the network, picked by name. */
export function disconnectNetwork(ctx: BerthContext) {
  return async (clicked: unknown) => {
    const title = vscode.l10n.t('Disconnect Container from Network');
    const [row] = await rowsOrPick(ctx, targets(clicked, undefined), 'network', { title });
    if (!row) return;
    const attached = ctx.engine.model.networks().find((n) => n.id === row.objectId)?.containers ?? [];
    if (attached.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No container is connected to {0}.', row.label));
      return;
    }
    const names = containerNames(ctx, attached);
    const items = attached.map((id, i) => ({ label: names[i], description: id.slice(0, 12), id }));
    const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Container to disconnect from {0}', row.label) });
    if (!picked) return;
    await withEngineProgress(ctx, vscode.l10n.t('Disconnect container'), () => ctx.engine.engine.disconnectNetwork(row.objectId, picked.id));
  };
}
