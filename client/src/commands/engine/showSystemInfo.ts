import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { systemInfoMarkdown } from '../../views/presenters/systemReport';
import { errorDetail } from '../shared/errorDetail';

/** `docker info`, the parts a user looks for, as a Markdown document. */
export function showSystemInfo(ctx: BerthContext) {
  return async () => {
    const title = vscode.l10n.t('Docker engine information');
    try {
      const engine = ctx.engine.engine;
      const info = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => engine.systemInfo());
      const translate = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);
      await ctx.documents.show('docker-info.md', systemInfoMarkdown(info, engine.endpoint.address, translate), { language: 'markdown' });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, errorDetail(error)));
    }
  };
}
