import * as vscode from 'vscode';
import { EngineError } from '../engine/errors';
import { EngineModel } from '../engine/model';
import { ObjectKind } from '../engine/records';
import { EngineService } from '../engineService';
import { Presentation, Translate } from './presenters/presentation';
import { ShapedTree, TreeRow } from './presenters/trees';

export interface ResourceKind<T> {
  /** The kind of engine object this list shows. */
  kind: ObjectKind;
  /** The objects, from the model (which the engine's events keep current). */
  read(model: EngineModel): T[];
  present(item: T, t: Translate): Presentation;
}

/** How one view is shaped from the model: the rows, and what a tooltip adds when hovered. */
export interface TreeShape {
  /** The kind of engine object the view lists (its change events redraw the view). */
  kind: ObjectKind;
  build(model: EngineModel, t: Translate): ShapedTree;
  /** More Markdown for a row's tooltip, read from the engine only when the user hovers it. */
  resolveTooltip?(row: TreeRow, token: vscode.CancellationToken): Promise<string | undefined>;
}

export const translate: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

const EMPTY: ShapedTree = { rows: [], total: 0, shown: 0 };

/**
 * A tree of engine objects, shaped from the engine model by a TreeShape. The engine is first
 * contacted when VS Code asks for the children (the view is visible); after that the model's
 * change events trigger `refresh()`, and no call is made while nothing happens. The whole tree
 * is built at once from the model (cheap, no engine call), and a row's children are the ones
 * built with it; stable ids keep what the user expanded across refreshes.
 */
export class ResourceTreeProvider implements vscode.TreeDataProvider<TreeRow>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** The signature of the tree VS Code last asked for. */
  private shown: string | undefined;
  private readonly builtEmitter = new vscode.EventEmitter<ShapedTree>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  /** A fresh tree was built for the view (for its message and description). */
  readonly onDidBuild = this.builtEmitter.event;

  constructor(
    private readonly shape: TreeShape,
    private readonly engineService: EngineService,
  ) {}

  get kind(): ObjectKind {
    return this.shape.kind;
  }

  /**
   * Redraws the view, unless `force` is false and the tree it would show is the one it shows:
   * on a busy engine most events change nothing in a given view, and a redraw would close an
   * open tooltip and move the user's focus for nothing.
   */
  refresh(force = true): void {
    if (!force && this.shown !== undefined && this.engineService.status.state === 'ok') {
      try {
        if (signature(this.shape.build(this.engineService.model, translate)) === this.shown) return;
      } catch {
        // Redraw, and let getChildren report what went wrong.
      }
    }
    this.changeEmitter.fire();
  }

  /** The whole tree as the view would show it now. */
  async tree(): Promise<ShapedTree> {
    try {
      await this.engineService.firstListing();
      const model = this.engineService.model;
      // After a disconnect the model keeps its last records: show none, so the welcome explains.
      if (this.engineService.status.state === 'problem') return EMPTY;
      return this.indexed(this.shape.build(model, translate));
    } catch (error) {
      // An empty list lets the welcome view that matches the problem explain it.
      if (error instanceof EngineError) {
        this.engineService.report(error);
        return EMPTY;
      }
      throw error;
    }
  }

  /** Each row's parent by row id, from the tree last built (`TreeView.reveal` asks for it). */
  private parents = new Map<string, TreeRow>();

  private indexed(tree: ShapedTree): ShapedTree {
    const parents = new Map<string, TreeRow>();
    const visit = (rows: TreeRow[]) => {
      for (const row of rows) {
        for (const child of row.children ?? []) parents.set(child.id, row);
        if (row.children) visit(row.children);
      }
    };
    visit(tree.rows);
    this.parents = parents;
    return tree;
  }

  getParent(row: TreeRow): TreeRow | undefined {
    return this.parents.get(row.id);
  }

  async getChildren(element?: TreeRow): Promise<TreeRow[]> {
    if (element) return element.children ?? [];
    const tree = await this.tree();
    this.shown = signature(tree);
    this.builtEmitter.fire(tree);
    return tree.rows;
  }

  getTreeItem(row: TreeRow): vscode.TreeItem {
    const state = row.children === undefined ? vscode.TreeItemCollapsibleState.None : row.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(row.label, state);
    item.id = row.id;
    item.description = row.description;
    // Left unset when a hover can add to it, so that resolveTreeItem is asked.
    if (!this.shape.resolveTooltip) item.tooltip = row.tooltip ? new vscode.MarkdownString(row.tooltip) : undefined;
    item.iconPath = new vscode.ThemeIcon(row.icon, row.iconColor ? new vscode.ThemeColor(row.iconColor) : undefined);
    item.contextValue = row.contextValue;
    return item;
  }

  async resolveTreeItem(item: vscode.TreeItem, row: TreeRow, token: vscode.CancellationToken): Promise<vscode.TreeItem> {
    let extra: string | undefined;
    try {
      extra = await this.shape.resolveTooltip?.(row, token);
    } catch {
      // The tooltip shows what is known; an engine failure surfaces in the views anyway.
    }
    const markdown = [row.tooltip, extra].filter((part): part is string => !!part).join('\n\n');
    item.tooltip = markdown ? new vscode.MarkdownString(markdown) : undefined;
    return item;
  }

  dispose(): void {
    this.changeEmitter.dispose();
    this.builtEmitter.dispose();
  }
}

/** Everything a tree shows, as one string to compare. */
function signature(tree: ShapedTree): string {
  return JSON.stringify(tree);
}
