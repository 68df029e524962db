import * as vscode from 'vscode';
import { ObjectKind } from '../engine/records';
import { EngineService } from '../engineService';
import { Presentation } from './presenters/presentation';
import { RESOURCE_VIEWS } from './resources';
import { ResourceTreeProvider } from './resourceTree';

/** A burst of events (a `docker compose up`) should cost one listing, not one per event. */
const EVENT_DEBOUNCE_MS = 150;

export interface Views {
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
    const treeView = vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: false });
    subscriptions.push(provider, treeView);
    if (viewId === 'berth.containers') {
      // The welcome text is static; the address it failed on goes beside the view's title
      // (a tree message would hide the welcome view).
      subscriptions.push(engineService.onStatus((status) => {
        treeView.description = status.state === 'problem' ? vscode.l10n.t('Engine: {0}', status.error.address) : undefined;
      }));
    }
  }

  const pending = new Map<ObjectKind, NodeJS.Timeout>();
  const refreshSoon = (kind: ObjectKind) => {
    if (pending.has(kind)) return;
    pending.set(kind, setTimeout(() => {
      pending.delete(kind);
      providers.filter((p) => p.kind === kind).forEach((p) => p.refresh());
    }, EVENT_DEBOUNCE_MS));
  };
  const refreshAll = () => providers.forEach((p) => p.refresh());

  subscriptions.push(
    engineService.onEvent((event) => {
      if (event.kind === 'other') return;
      refreshSoon(event.kind);
      // A container's start, stop or removal changes which volumes and networks are in use.
      if (event.kind === 'container') refreshSoon('network');
    }),
    engineService.onReconnect(refreshAll),
    // When the engine goes away, rows already shown are stale: re-list, so the welcome view explains.
    engineService.onStatus((status) => status.state === 'problem' && refreshAll()),
    { dispose: () => pending.forEach((timer) => clearTimeout(timer)) },
  );
  const items = async (viewId: string) => (await byView.get(viewId)?.getChildren()) ?? [];
  return { refreshAll, items };
}
