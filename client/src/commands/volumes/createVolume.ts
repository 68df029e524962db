import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { parseLabels, validateLabels, validateVolumeName } from '../shared/validation';
import { translate, withEngineProgress } from '../shared/feedback';

/** Name (required, checked as typed), driver (default local), optional labels. */
export function createVolume(ctx: BerthContext) {
  return async () => {
    const title = vscode.l10n.t('Create Volume');
    const existing = new Set(ctx.engine.model.volumes().map((v) => v.name));
    const name = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Volume name'),
      placeHolder: 'my-data',
      validateInput: (value) => validateVolumeName(value, translate) ?? (existing.has(value.trim()) ? vscode.l10n.t('A volume named {0} already exists.', value.trim()) : undefined),
    });
    if (name === undefined || validateVolumeName(name, translate)) return;
    const driver = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Volume driver'),
      value: 'local',
      validateInput: (value) => (/^[a-zA-Z0-9][a-zA-Z0-9_.:/-]*$/.test(value.trim()) ? undefined : vscode.l10n.t('Enter a driver name, e.g. local.')),
    });
    if (driver === undefined) return;
    const labelText = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Labels (optional), as key=value separated by commas'),
      placeHolder: 'project=web, tier=db',
      validateInput: (value) => validateLabels(value, translate),
    });
    if (labelText === undefined) return;
    const labels = parseLabels(labelText);
    if (!labels) return;
    await withEngineProgress(ctx, vscode.l10n.t('Create volume'), () => ctx.engine.engine.createVolume({ name: name.trim(), driver: driver.trim(), labels }));
  };
}
