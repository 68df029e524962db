import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { renderDockerRun } from '../../engine/run/options';
import { executeRun, lastSettings, runImage } from '../run/runFlow';
import { targets } from '../shared/selection';

/**
 * Runs an image again with the settings it was last run with from Berth. From the palette, the
 * user picks among the images that have remembered settings; an image without any gets the Run flow.
 */
export function runImageAgain(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const remembered = lastSettings(ctx);
    const row = targets(clicked, undefined)[0] ?? targets(undefined, selected)[0];
    let image = row ? (row.imageRef ?? row.objectId) : undefined;
    if (!image) {
      const items = Object.entries(remembered).map(([ref, options]) => ({ label: ref, detail: renderDockerRun(options) }));
      if (items.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No image has been run from Berth yet: use Run… on an image first.'));
        return;
      }
      image = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Run Again with the Last Settings') }))?.label;
      if (!image) return;
    }
    const options = remembered[image];
    if (!options) return runImage(ctx, image);
    await executeRun(ctx, options);
  };
}
