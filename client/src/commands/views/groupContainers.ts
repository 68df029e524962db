import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { ContainerGrouping } from '../../views/presenters/trees';
import { updateViewSetting } from './viewOptions';

/** Groups the Containers view by Compose project, or not (the `berth.containers.groupBy` setting). */
export function groupContainers(ctx: BerthContext) {
  return async (choice?: unknown) => {
    const current = ctx.views.settings.groupBy;
    let value: ContainerGrouping | undefined = choice === 'composeProject' || choice === 'none' ? choice : undefined;
    if (!value) {
      const items: Array<vscode.QuickPickItem & { value: ContainerGrouping }> = [
        { value: 'composeProject', label: vscode.l10n.t('By Compose project'), description: vscode.l10n.t('containers of no project stay at the top level') },
        { value: 'none', label: vscode.l10n.t('No grouping') },
      ];
      for (const item of items) if (item.value === current) item.detail = vscode.l10n.t('Current');
      value = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Group Containers') }))?.value;
    }
    if (value && value !== current) await updateViewSetting('groupBy', value);
  };
}
