import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { translate, withEngineProgress } from '../shared/feedback';
import { rowsOrPick } from '../shared/pick';
import { targets } from '../shared/selection';
import { splitReference, validateImageReference } from '../shared/validation';

/** Adds a name to an image; the InputBox checks it as Docker would, as it is typed. */
export function tagImage(ctx: BerthContext) {
  return async (clicked: unknown) => {
    const [row] = await rowsOrPick(ctx, targets(clicked, undefined), 'image', { title: vscode.l10n.t('Tag Image') });
    if (!row) return;
    const current = row.imageRef ?? '';
    const text = await vscode.window.showInputBox({
      title: vscode.l10n.t('Tag Image {0}', row.imageRef ?? row.label),
      prompt: vscode.l10n.t('New name as [registry[:port]/]repository[:tag]; without a tag, latest.'),
      value: current,
      valueSelection: current ? [current.length - splitReference(current).tag.length, current.length] : undefined,
      validateInput: (value) => validateImageReference(value, translate),
    });
    if (text === undefined || validateImageReference(text, translate)) return;
    const { repository, tag } = splitReference(text.trim());
    await withEngineProgress(ctx, vscode.l10n.t('Tag image'), () => ctx.engine.engine.tagImage(row.objectId, repository, tag));
  };
}
