import * as vscode from 'vscode';
import { ContainerGrouping, ContainerSorting } from './presenters/trees';

/** The views that can be filtered. */
export const FILTERABLE_VIEWS = ['berth.containers', 'berth.images'] as const;
export type FilterableView = (typeof FILTERABLE_VIEWS)[number];

export function isFilterable(viewId: string): viewId is FilterableView {
  return (FILTERABLE_VIEWS as readonly string[]).includes(viewId);
}

/**
 * How the user wants the views: grouping and sorting (settings, so they follow the user), and
 * the filters (per workspace, since what one looks for depends on the project). Publishes
 * `berth.containers.filtered` / `berth.images.filtered` for the Clear Filter buttons.
 */
export class ViewSettings implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<string>();
  private readonly subscriptions: vscode.Disposable[] = [this.changeEmitter];
  /** A view's way of showing changed: its id. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly workspaceState: vscode.Memento) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((change) => {
        if (change.affectsConfiguration('berth.containers')) this.changeEmitter.fire('berth.containers');
      }),
    );
    for (const viewId of FILTERABLE_VIEWS) void this.publish(viewId);
  }

  get groupBy(): ContainerGrouping {
    return vscode.workspace.getConfiguration('berth.containers').get<string>('groupBy') === 'none' ? 'none' : 'composeProject';
  }

  get sortBy(): ContainerSorting {
    return vscode.workspace.getConfiguration('berth.containers').get<string>('sortBy') === 'created' ? 'created' : 'name';
  }

  filter(viewId: FilterableView): string | undefined {
    return this.workspaceState.get<string>(filterKey(viewId)) || undefined;
  }

  /** Sets (or with empty text, clears) a view's filter. */
  async setFilter(viewId: FilterableView, text: string | undefined): Promise<void> {
    const value = text?.trim() || undefined;
    await this.workspaceState.update(filterKey(viewId), value);
    await this.publish(viewId);
    this.changeEmitter.fire(viewId);
  }

  private async publish(viewId: FilterableView): Promise<void> {
    await vscode.commands.executeCommand('setContext', `${viewId}.filtered`, this.filter(viewId) !== undefined);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function filterKey(viewId: string): string {
  return `berth.filter.${viewId}`;
}
