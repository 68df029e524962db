import * as vscode from 'vscode';
import { EngineError } from '../engine/errors';
import { EngineModel } from '../engine/model';
import { ObjectKind } from '../engine/records';
import { EngineService } from '../engineService';
import { Presentation, Translate } from './presenters/presentation';

export interface ResourceKind<T> {
  /** The kind of engine object this list shows. */
  kind: ObjectKind;
  /** The objects, from the model (which the engine's events keep current). */
  read(model: EngineModel): T[];
  present(item: T, t: Translate): Presentation;
}

const translate: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/**
 * A flat tree of one kind of engine object, read from the engine model. The engine is first
 * contacted when VS Code asks for the children (the view is visible); after that the model's
 * change events trigger `refresh()`, and no call is made while nothing happens.
 */
export class ResourceTreeProvider<T> implements vscode.TreeDataProvider<Presentation>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(
    private readonly resource: ResourceKind<T>,
    private readonly engineService: EngineService,
  ) {}

  get kind(): ObjectKind {
    return this.resource.kind;
  }

  refresh(): void {
    this.changeEmitter.fire();
  }

  async getChildren(element?: Presentation): Promise<Presentation[]> {
    if (element) return [];
    try {
      await this.engineService.firstListing();
      const model = this.engineService.model;
      // After a disconnect the model keeps its last records: show none, so the welcome explains.
      if (this.engineService.status.state === 'problem') return [];
      const items = this.resource.read(model);
      return items.map((item) => this.resource.present(item, translate)).sort((a, b) => a.label.localeCompare(b.label));
    } catch (error) {
      // An empty list lets the welcome view that matches the problem explain it.
      if (error instanceof EngineError) {
        this.engineService.report(error);
        return [];
      }
      throw error;
    }
  }

  getTreeItem(presentation: Presentation): vscode.TreeItem {
    const item = new vscode.TreeItem(presentation.label, vscode.TreeItemCollapsibleState.None);
    item.id = presentation.id;
    item.description = presentation.description;
    item.tooltip = presentation.tooltip ? new vscode.MarkdownString(presentation.tooltip) : undefined;
    item.iconPath = new vscode.ThemeIcon(presentation.icon, presentation.iconColor ? new vscode.ThemeColor(presentation.iconColor) : undefined);
    item.contextValue = presentation.contextValue;
    return item;
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
