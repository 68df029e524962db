import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { ContainerSorting } from '../../views/presenters/trees';
import { updateViewSetting } from './viewOptions';

/** Sorts the Containers view by name or by creation, newest first (the `berth.containers.sortBy` setting). */
export function sortContainers(ctx: BerthContext) {
  return async (choice?: unknown) => {
    const current = ctx.views.settings.sortBy;
    let value: ContainerSorting | undefined = choice === 'name' || choice === 'created' ? choice : undefined;
    if (!value) {
      const items: Array<vscode.QuickPickItem & { value: ContainerSorting }> = [
        { value: 'name', label: vscode.l10n.t('By name') },
        { value: 'created', label: vscode.l10n.t('By creation time, newest first') },
      ];
      for (const item of items) if (item.value === current) item.detail = vscode.l10n.t('Current');
      value = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Sort Containers') }))?.value;
    }
    if (value && value !== current) await updateViewSetting('sortBy', value);
  };
}
