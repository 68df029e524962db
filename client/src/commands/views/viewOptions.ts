import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { parseFilter } from '../../views/presenters/trees';
import { FilterableView } from '../../views/viewSettings';

/**
 * Writes a `berth.containers.*` setting where it takes effect: the workspace when the workspace
 * already sets it (a user setting would be hidden by it), else the user's settings.
 */
export async function updateViewSetting(key: 'groupBy' | 'sortBy', value: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('berth.containers');
  const inspected = config.inspect(key);
  const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(key, value, target);
}

/** Why a filter cannot be used, or undefined when it can (an InputBox's validateInput). */
export function validateFilter(text: string): string | undefined {
  const bad = parseFilter(text).find((term) => term.startsWith('='));
  return bad ? vscode.l10n.t('"{0}": a label filter needs a key before "=", e.g. com.docker.compose.project=shop', bad) : undefined;
}

/** Asks for a view's filter, showing the current one; empty text clears it. */
export async function askFilter(ctx: BerthContext, viewId: FilterableView, title: string, text?: unknown): Promise<void> {
  const given = typeof text === 'string' ? text : undefined;
  const value =
    given ??
    (await vscode.window.showInputBox({
      title,
      value: ctx.views.settings.filter(viewId) ?? '',
      prompt: vscode.l10n.t('Part of a name, image or state, a label key, or key=value; several words must all match. Empty clears the filter.'),
      placeHolder: vscode.l10n.t('e.g. web, running, com.docker.compose.project=shop'),
      validateInput: validateFilter,
    }));
  if (value === undefined || validateFilter(value)) return;
  await ctx.views.settings.setFilter(viewId, value);
}
