import * as vscode from 'vscode';
import { EngineService } from '../engineService';
import { Presentation } from './presenters/presentation';
import { RESOURCE_VIEWS } from './resources';
import { ResourceTreeProvider } from './resourceTree';

export interface Views {
  /** Redraws every view from the model. */
  refreshAll(): void;
  /** What a view shows right now (used by the extension's API and its tests). */
  items(viewId: string): Promise<Presentation[]>;
}

export function registerViews(engineService: EngineService, subscriptions: vscode.Disposable[]): Views {
  const providers: ResourceTreeProvider<unknown>[] = [];
  const byView = new Map<string, ResourceTreeProvider<unknown>>();
  for (const { viewId, createProvider } of RESOURCE_VIEWS) {
    const provider = createProvider(engineService);
    providers.push(provider);
    byView.set(viewId, provider);
    const treeView = vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: false, canSelectMany: true });
    subscriptions.push(provider, treeView);
    if (viewId === 'berth.containers') {
      // The welcome text is static; the address it failed on goes beside the view's title
      // (a tree message would hide the welcome view).
      subscriptions.push(engineService.onStatus((status) => {
        treeView.description = status.state === 'problem' ? vscode.l10n.t('Engine: {0}', status.error.address) : undefined;
      }));
    }
  }

  const refreshAll = () => providers.forEach((p) => p.refresh());

  subscriptions.push(
    // The model already batches a burst of events; a container change also changes which
    // images, volumes and networks are in use.
    engineService.onDidChange((kind) => {
      for (const provider of providers) if (provider.kind === kind || kind === 'container') provider.refresh();
    }),
    engineService.onReconnect(refreshAll),
    // When the engine goes away or comes back, what the views show changes as a whole.
    engineService.onStatus(refreshAll),
  );
  const items = async (viewId: string) => (await byView.get(viewId)?.getChildren()) ?? [];
  return { refreshAll, items };
}
