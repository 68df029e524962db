import * as vscode from 'vscode';
import { ObjectKind } from '../engine/records';
import { EngineService } from '../engineService';
import { flattenRows, ShapedTree, TreeRow } from './presenters/trees';
import { Presentation } from './presenters/presentation';
import { resourceViews } from './resources';
import { ResourceTreeProvider } from './resourceTree';
import { FilterableView, isFilterable, ViewSettings } from './viewSettings';

/** A row as the API gives it: what the view shows, and the row it is under. */
export type ViewRow = Presentation & { parentId?: string };

export interface Views {
  /** Redraws every view from the model. */
  refreshAll(): void;
  /**
   * Every row a view shows, depth-first and flattened (a group, then its children, each child
   * with `parentId`), whether expanded or not. Used by the extension's API and its tests.
   */
  items(viewId: string): Promise<ViewRow[]>;
  /** What a view shows beside its title and above its rows right now. */
  header(viewId: string): { description?: string; message?: string };
  /** Grouping, sorting and filters of the views. */
  readonly settings: ViewSettings;
  /**
   * Shows, selects and focuses the row of an engine object in its kind's view (expanding its
   * group); for an image under several tags, the row of `imageRef` when given. False when the
   * view does not show it (yet).
   */
  reveal(kind: ObjectKind, objectId: string, imageRef?: string): Promise<boolean>;
}

/** The message when the filter hides every object of a view that has some. */
function noMatch(viewId: FilterableView, filter: string): string {
  return viewId === 'berth.containers' ? vscode.l10n.t('No containers match the filter "{0}".', filter) : vscode.l10n.t('No images match the filter "{0}".', filter);
}

export function registerViews(engineService: EngineService, workspaceState: vscode.Memento, subscriptions: vscode.Disposable[]): Views {
  const settings = new ViewSettings(workspaceState);
  const shaped = resourceViews(engineService, settings);
  subscriptions.push(settings, shaped);
  const providers: ResourceTreeProvider[] = [];
  const byView = new Map<string, ResourceTreeProvider>();
  const treeViews = new Map<string, vscode.TreeView<TreeRow>>();

  for (const { viewId, shape } of shaped.views) {
    const provider = new ResourceTreeProvider(shape, engineService);
    providers.push(provider);
    byView.set(viewId, provider);
    const treeView = vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
    subscriptions.push(provider, treeView);
    treeViews.set(viewId, treeView);

    // Beside the title: the address the engine failed on (Containers view only: a tree message
    // would hide the welcome view that explains it), else the filter in use.
    let last: ShapedTree | undefined;
    const describe = () => {
      const status = engineService.status;
      const filter = isFilterable(viewId) ? settings.filter(viewId) : undefined;
      if (status.state === 'problem') {
        treeView.description = viewId === 'berth.containers' ? vscode.l10n.t('Engine: {0}', status.error.address) : undefined;
        treeView.message = undefined;
        return;
      }
      treeView.description = filter ? vscode.l10n.t('filter: {0}', filter) : undefined;
      // Only when the filter hides everything: an empty engine keeps its welcome view.
      treeView.message = isFilterable(viewId) && filter && last && last.total > 0 && last.shown === 0 ? noMatch(viewId, filter) : undefined;
    };
    subscriptions.push(
      provider.onDidBuild((tree) => {
        last = tree;
        describe();
      }),
      engineService.onStatus(describe),
      settings.onDidChange((changed) => {
        if (changed !== viewId) return;
        describe();
        provider.refresh();
      }),
    );
    describe();
  }

  const refreshAll = () => providers.forEach((p) => p.refresh());

  subscriptions.push(
    // The model already batches a burst of events; a container change also changes which
    // images, volumes and networks are in use, and the container rows shown under them.
    engineService.onDidChange((kind) => {
      for (const provider of providers) if (provider.kind === kind || kind === 'container') provider.refresh(false);
    }),
    engineService.onReconnect(refreshAll),
    // When the engine goes away or comes back, what the views show changes as a whole.
    engineService.onStatus(refreshAll),
  );

  const items = async (viewId: string): Promise<ViewRow[]> => {
    const provider = byView.get(viewId);
    if (!provider) return [];
    return flattenRows((await provider.tree()).rows).map(({ children: _children, expanded: _expanded, ...row }: TreeRow) => row);
  };
  const header = (viewId: string) => {
    const treeView = treeViews.get(viewId);
    return { description: treeView?.description, message: treeView?.message };
  };
  const reveal = async (kind: ObjectKind, objectId: string, imageRef?: string): Promise<boolean> => {
    const found = [...byView].find(([, provider]) => provider.kind === kind);
    const treeView = found && treeViews.get(found[0]);
    if (!found || !treeView) return false;
    const rows = flattenRows((await found[1].tree()).rows).filter((r) => r.objectId === objectId);
    const row = rows.find((r) => imageRef !== undefined && r.imageRef === imageRef) ?? rows[0];
    if (!row) return false;
    await treeView.reveal(row, { select: true, focus: true });
    return true;
  };
  return { refreshAll, items, header, settings, reveal };
}
