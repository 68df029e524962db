import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { diskUsageMarkdown } from '../../views/presenters/systemReport';
import { unlessCancelled } from '../shared/cancellation';
import { errorDetail } from '../shared/errorDetail';

/** `docker system df` as a Markdown table; sizing can take a while, so it can be cancelled. */
export function showDiskUsage(ctx: BerthContext) {
  return async () => {
    const title = vscode.l10n.t('Docker disk usage');
    try {
      const engine = ctx.engine.engine;
      const df = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => unlessCancelled(engine.diskUsage(), token));
      if (!df) return;
      const translate = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);
      await ctx.documents.show('docker-disk-usage.md', diskUsageMarkdown(df, translate), { language: 'markdown' });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, errorDetail(error)));
    }
  };
}
