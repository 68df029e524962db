import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { containerNames } from '../shared/feedback';
import { rowsOrPick } from '../shared/pick';
import { runOnEach, targets } from '../shared/selection';

const PREDEFINED = new Set(['bridge', 'host', 'none']);

/**
 * Refuses the predefined networks and networks with containers attached, saying why and naming
 * the containers (the engine refuses both); asks before removing the others.
 */
export function removeNetwork(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const rows = await rowsOrPick(ctx, targets(clicked, selected), 'network', {
      title: vscode.l10n.t('Remove Network'),
      canPickMany: true,
      filter: (row) => !PREDEFINED.has(row.label),
    });
    if (rows.length === 0) return;
    const networks = new Map(ctx.engine.model.networks().map((n) => [n.id, n]));
    const reasons: string[] = [];
    const free = rows.filter((row) => {
      const network = networks.get(row.objectId);
      const name = network?.name ?? row.label;
      if (PREDEFINED.has(name)) {
        reasons.push(vscode.l10n.t('{0} is predefined by Docker and cannot be removed', name));
        return false;
      }
      const attached = network?.containers ?? [];
      if (attached.length > 0) {
        reasons.push(vscode.l10n.t('{0} has containers connected: {1}; the engine refuses to remove a network while containers are attached, so disconnect them first', name, containerNames(ctx, attached).join(', ')));
        return false;
      }
      return true;
    });
    if (reasons.length > 0) void vscode.window.showErrorMessage(vscode.l10n.t('Cannot remove: {0}.', reasons.join('; ')));
    if (free.length === 0) return;
    const names = free.map((row) => networks.get(row.objectId)?.name ?? row.label).join(', ');
    const question = free.length === 1 ? vscode.l10n.t('Remove network {0}?', names) : vscode.l10n.t('Remove {0} networks: {1}?', free.length, names);
    const remove = vscode.l10n.t('Remove');
    const answer = await vscode.window.showWarningMessage(question, { modal: true, detail: vscode.l10n.t('No container is connected to it now.') }, remove);
    if (answer !== remove) return;
    await runOnEach(ctx, free, vscode.l10n.t('Remove network'), (id) => ctx.engine.engine.removeNetwork(id));
  };
}
