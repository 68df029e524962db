import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { withEngineProgress } from '../shared/feedback';
import { rowsOrPick } from '../shared/pick';
import { targets } from '../shared/selection';

/** Connects a container that is not on the network yet, picked by name. */
export function connectNetwork(ctx: BerthContext) {
  return async (clicked: unknown) => {
    const title = vscode.l10n.t('Connect Container to Network');
    const [row] = await rowsOrPick(ctx, targets(clicked, undefined), 'network', { title, filter: (r) => r.label !== 'none' && r.label !== 'host' });
    if (!row) return;
    const network = ctx.engine.model.networks().find((n) => n.id === row.objectId);
    const attached = new Set(network?.containers ?? []);
    const candidates = ctx.engine.model.containers().filter((c) => !attached.has(c.id));
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Every container is already connected to {0}.', row.label));
      return;
    }
    const items = candidates.map((c) => ({ label: c.name, description: `${c.state} · ${c.image}`, id: c.id }));
    const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Container to connect to {0}', row.label), matchOnDescription: true });
    if (!picked) return;
    await withEngineProgress(ctx, vscode.l10n.t('Connect container'), () => ctx.engine.engine.connectNetwork(row.objectId, picked.id));
  };
}
