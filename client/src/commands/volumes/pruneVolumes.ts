import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { formatBytes } from '../../views/presenters/presentation';
import { withEngineProgress } from '../shared/feedback';

/** Set by the engine (API 1.42 and later) on the volumes it made without a name. */
const ANONYMOUS = 'com.docker.volume.anonymous';

/**
 * Lists the unused volumes before pruning. From API 1.42 the engine prunes only anonymous ones
 * by default, so both choices are offered, each saying which volumes go; older engines prune
 * every unused volume, and the question says so.
 */
export function pruneVolumes(ctx: BerthContext) {
  return async () => {
    await ctx.engine.firstListing();
    const unused = ctx.engine.model.volumes().filter((v) => (v.containers ?? []).length === 0);
    if (unused.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no unused volumes to prune.'));
      return;
    }
    const scope = await withEngineProgress(ctx, vscode.l10n.t('Prune volumes'), () => ctx.engine.engine.volumePruneDefault());
    if (!scope) return;
    const anonymous = unused.filter((v) => v.labels?.[ANONYMOUS] !== undefined);
    const named = unused.filter((v) => v.labels?.[ANONYMOUS] === undefined);
    const list = (volumes: typeof unused) => volumes.map((v) => v.name).join('\n');
    let all: boolean;
    if (scope === 'all') {
      const prune = vscode.l10n.t('Prune');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('Remove {0} unused volumes and their data?', unused.length),
        { modal: true, detail: vscode.l10n.t('This engine prunes every volume no container uses, named ones included:') + '\n' + list(unused) },
        prune,
      );
      if (answer !== prune) return;
      all = true;
    } else {
      const anonymousOnly = vscode.l10n.t('Prune Anonymous Volumes');
      const alsoNamed = vscode.l10n.t('Also Prune Named Volumes');
      const detail = [
        vscode.l10n.t('Anonymous unused volumes ({0}):', anonymous.length) + '\n' + (list(anonymous) || '-'),
        vscode.l10n.t('Named unused volumes ({0}), kept unless you also prune them:', named.length) + '\n' + (list(named) || '-'),
      ].join('\n\n');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Prune unused volumes?'), { modal: true, detail }, anonymousOnly, alsoNamed);
      if (answer !== anonymousOnly && answer !== alsoNamed) return;
      all = answer === alsoNamed;
    }
    const result = await withEngineProgress(ctx, vscode.l10n.t('Prune volumes'), () => ctx.engine.engine.pruneVolumes({ all }));
    if (result) void vscode.window.showInformationMessage(vscode.l10n.t('Pruned volumes: {0} removed, {1} reclaimed.', result.removed.length, formatBytes(result.spaceReclaimed)));
  };
}
