import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { containerNames } from '../shared/feedback';
import { rowsOrPick } from '../shared/pick';
import { ObjectRow, runOnEach, targets } from '../shared/selection';
import { planImageRemoval } from './removalPlan';

/**
 * Asks first, naming each image or tag. A tag row of an image with other tags only untags that
 * name. An image that containers use is named with them, and only Force Remove is offered.
 */
export function removeImage(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const rows = await rowsOrPick(ctx, targets(clicked, selected), 'image', { title: vscode.l10n.t('Remove Image'), canPickMany: true });
    if (rows.length === 0) return;
    const plan = planImageRemoval(rows, ctx.engine.model.images());
    if (plan.steps.length === 0) return;
    const names = [...plan.deleted.map((d) => d.name), ...plan.untagOnly];
    const question =
      names.length > 1
        ? vscode.l10n.t('Remove {0} images and tags: {1}?', names.length, names.join('; '))
        : plan.deleted.length === 1
          ? vscode.l10n.t('Remove image {0}?', names[0])
          : vscode.l10n.t('Untag {0}?', names[0]);
    const details: string[] = [];
    if (plan.untagOnly.length > 0) details.push(vscode.l10n.t('Only the name goes for {0}: the image keeps its other tags.', plan.untagOnly.join(', ')));
    const inUse = plan.deleted.filter((d) => d.containers.length > 0);
    for (const image of inUse) details.push(vscode.l10n.t('{0} is used by containers: {1}.', image.name, containerNames(ctx, image.containers).join(', ')));
    if (inUse.length > 0) details.push(vscode.l10n.t('Force Remove deletes it even so; the engine still refuses while one of those containers is running.'));
    const remove = vscode.l10n.t('Remove');
    const force = vscode.l10n.t('Force Remove');
    const choice = inUse.length > 0 ? force : remove;
    const answer = await vscode.window.showWarningMessage(question, { modal: true, detail: details.join('\n') || undefined }, choice);
    if (answer !== choice) return;
    const forced = new Set(answer === force ? inUse.map((d) => d.id) : []);
    const steps: ObjectRow[] = plan.steps.map((step) => ({ id: step.target, objectId: step.target, label: step.target, icon: '', contextValue: '' }));
    await runOnEach(ctx, steps, vscode.l10n.t('Remove image'), async (target) => {
      // A target (a tag, or a dangling image's id) appears in one step only.
      const step = plan.steps.find((s) => s.target === target)!;
      await ctx.engine.engine.removeImage(target, { force: step.deletesImage && forced.has(step.imageId) });
    });
  };
}
