import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { PruneResult } from '../../engine/objectResults';
import { pruneEstimate } from '../../engine/system';
import { formatBytes } from '../../views/presenters/presentation';
import { unlessCancelled } from '../shared/cancellation';
import { errorDetail } from '../shared/errorDetail';

/** The networks every engine has; a prune never removes them. */
const BUILT_IN_NETWORKS = new Set(['bridge', 'host', 'none']);

/**
 * `docker system prune`: first what else to include (unused volumes; every unused image rather
 * than only dangling ones), then a modal saying what goes and how much space that frees (from
 * the engine's disk usage), then one prune per kind with a progress that can be cancelled
 * between kinds.
 */
export function pruneSystem(ctx: BerthContext) {
  return async () => {
    const title = vscode.l10n.t('Remove unused Docker data');
    const engine = ctx.engine.engine;
    let df;
    try {
      df = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Docker disk usage') }, () => engine.diskUsage());
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, errorDetail(error)));
      return;
    }

    const volumesItem = { label: vscode.l10n.t('Also remove unused volumes'), detail: vscode.l10n.t('Volumes no container uses, with the data in them.'), option: 'volumes' as const };
    const imagesItem = { label: vscode.l10n.t('Remove all unused images'), detail: vscode.l10n.t('Every image no container uses, not only dangling ones. They must be pulled or built again.'), option: 'allImages' as const };
    const chosen = await vscode.window.showQuickPick([volumesItem, imagesItem], {
      title,
      canPickMany: true,
      placeHolder: vscode.l10n.t('Stopped containers, unused networks, dangling images and build cache go. Choose what else, then press Enter.'),
    });
    if (!chosen) return;
    const options = { volumes: chosen.some((c) => c.option === 'volumes'), allImages: chosen.some((c) => c.option === 'allImages') };

    await ctx.engine.firstListing();
    const unusedNetworks = ctx.engine.model.networks().filter((n) => !BUILT_IN_NETWORKS.has(n.name) && (n.containers ?? []).length === 0);
    const estimate = pruneEstimate(df, options);
    const lines = [
      vscode.l10n.t('{0} stopped containers ({1})', estimate.containers.count, formatBytes(estimate.containers.reclaimable)),
      vscode.l10n.t('{0} unused networks', unusedNetworks.length),
      options.allImages
        ? vscode.l10n.t('{0} unused images ({1})', estimate.images.count, formatBytes(estimate.images.reclaimable))
        : vscode.l10n.t('{0} dangling images ({1})', estimate.images.count, formatBytes(estimate.images.reclaimable)),
      vscode.l10n.t('{0} build cache entries ({1})', estimate.buildCache.count, formatBytes(estimate.buildCache.reclaimable)),
    ];
    if (estimate.volumes) lines.push(vscode.l10n.t('{0} unused volumes ({1})', estimate.volumes.count, formatBytes(estimate.volumes.reclaimable)));
    const total = estimate.containers.reclaimable + estimate.images.reclaimable + estimate.buildCache.reclaimable + (estimate.volumes?.reclaimable ?? 0);
    const remove = vscode.l10n.t('Remove');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Remove unused Docker data and free about {0}?', formatBytes(total)),
      { modal: true, detail: lines.map((line) => `• ${line}`).join('\n') + '\n\n' + vscode.l10n.t('Running containers and what they use are kept. This cannot be undone.') },
      remove,
    );
    if (answer !== remove) return;

    // Containers first: they hold networks, volumes and images.
    const steps: Array<{ label: string; run: () => Promise<PruneResult> }> = [
      { label: vscode.l10n.t('stopped containers'), run: () => engine.pruneContainers() },
      { label: vscode.l10n.t('unused networks'), run: () => engine.pruneNetworks() },
      ...(options.volumes ? [{ label: vscode.l10n.t('unused volumes'), run: () => engine.pruneVolumes({ all: true }) }] : []),
      { label: options.allImages ? vscode.l10n.t('unused images') : vscode.l10n.t('dangling images'), run: () => engine.pruneImages({ all: options.allImages }) },
      { label: vscode.l10n.t('build cache'), run: () => engine.pruneBuildCache() },
    ];
    let reclaimed = 0;
    let removed = 0;
    const failures: string[] = [];
    let cancelled = false;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      for (const step of steps) {
        if (token.isCancellationRequested) {
          cancelled = true;
          break;
        }
        progress.report({ message: step.label, increment: 100 / steps.length });
        try {
          const result = await unlessCancelled(step.run(), token);
          if (!result) {
            cancelled = true;
            break;
          }
          reclaimed += result.spaceReclaimed;
          removed += result.removed.length;
        } catch (error) {
          const detail = errorDetail(error);
          ctx.log.error(`${title} (${step.label}): ${detail}`);
          failures.push(`${step.label}: ${detail}`);
        }
      }
    });
    const summary = cancelled
      ? vscode.l10n.t('Stopped before the end: removed {0} objects, reclaimed {1}.', removed, formatBytes(reclaimed))
      : vscode.l10n.t('Removed {0} objects, reclaimed {1}.', removed, formatBytes(reclaimed));
    if (failures.length > 0) void vscode.window.showErrorMessage(`${summary} ${vscode.l10n.t('{0} failed: {1}', title, failures.join('; '))}`);
    else void vscode.window.showInformationMessage(summary);
  };
}
