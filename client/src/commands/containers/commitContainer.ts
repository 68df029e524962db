import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { EngineError } from '../../engine/errors';
import { checkCommitChange, COMMIT_INSTRUCTIONS } from '../../engine/run/commitChanges';
import { parseImageReference } from '../../engine/run/fields';
import { shortId } from '../../views/presenters/presentation';
import { isBack, MultiStepInput, Step } from '../shared/multiStep';
import { rowsOrPick } from '../shared/pick';
import { targets } from '../shared/selection';

const t = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);

/**
 * Commit…: makes an image from a container. Asks repository:tag, author, message, the changes
 * (Dockerfile instructions, each checked with Berth's parser as it is typed) and whether to pause;
 * commits with cancellable progress, then reveals the new image in the Images view.
 */
export function commitContainer(ctx: BerthContext) {
  return async (clicked: unknown) => {
    const [row] = await rowsOrPick(ctx, targets(clicked, undefined), 'container', { title: t('Commit Container') });
    if (!row) return;
    const language = vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
    const title = t('Commit {0}', row.label);
    const state = { reference: '', author: '', message: '', changes: [] as string[], pause: true };

    const askReference: Step = async (input) => {
      state.reference = (
        await input.text({
          title: `${title}: ${t('Repository and tag')}`,
          prompt: t('The new image as repository:tag (the tag defaults to latest).'),
          placeholder: 'myapp:snapshot',
          value: state.reference,
          validate: (value) => {
            const parsed = parseImageReference(value, t);
            return parsed.ok ? undefined : parsed.error;
          },
        })
      ).trim();
      return askAuthor;
    };
    const askAuthor: Step = async (input) => {
      state.author = (await input.text({ title: `${title}: ${t('Author')}`, prompt: t('Optional, e.g. Jane Doe <jane@example.com>.'), value: state.author })).trim();
      return askMessage;
    };
    const askMessage: Step = async (input) => {
      state.message = (await input.text({ title: `${title}: ${t('Message')}`, prompt: t('Optional: what this image holds.'), value: state.message })).trim();
      return editChanges;
    };
    const editChanges: Step = async (input) => {
      for (;;) {
        const next = { label: `$(arrow-right) ${t('Continue')}`, detail: state.changes.length === 0 ? t('No changes to the image configuration') : undefined, change: -1 };
        const add = { label: `$(add) ${t('Add a change…')}`, detail: COMMIT_INSTRUCTIONS.join(', '), change: -2 };
        const existing = state.changes.map((change, i) => ({ label: `$(close) ${change}`, description: t('Remove this change'), change: i }));
        const chosen = await input.pick({ title: `${title}: ${t('Changes')}`, placeholder: t('Dockerfile instructions applied to the new image'), items: [next, add, ...existing] });
        if (chosen.change === -1) return askPause;
        if (chosen.change >= 0) {
          state.changes.splice(chosen.change, 1);
          continue;
        }
        try {
          const change = await input.text({
            title: `${title}: ${t('Add a change')}`,
            prompt: t('One instruction: {0}.', COMMIT_INSTRUCTIONS.join(', ')),
            placeholder: 'CMD ["nginx", "-g", "daemon off;"]',
            validate: (value) => checkCommitChange(value, t, language),
          });
          state.changes.push(change.trim());
        } catch (error) {
          if (!isBack(error)) throw error;
        }
      }
    };
    const askPause: Step = async (input) => {
      const pause = { label: t('Pause the container while committing'), detail: t('Recommended: the files do not change during the commit.') };
      const noPause = { label: t('Do not pause'), detail: t('The container keeps running; files written meanwhile may be caught half-way.') };
      state.pause = (await input.pick({ title: `${title}: ${t('Pause')}`, items: [pause, noPause], activeItem: state.pause ? pause : noPause })) === pause;
      return undefined;
    };

    if (!(await MultiStepInput.run(askReference))) return;
    const reference = parseImageReference(state.reference, t);
    if (!reference.ok) return;
    try {
      const imageId = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Committing {0} as {1}', row.label, `${reference.value.repo}:${reference.value.tag}`), cancellable: true }, (_progress, token) => {
        const abort = new AbortController();
        const subscription = token.onCancellationRequested(() => abort.abort());
        return ctx.engine.engine
          .commitContainer(row.objectId, { ...reference.value, author: state.author, message: state.message, changes: state.changes, pause: state.pause }, abort.signal)
          .finally(() => subscription.dispose());
      });
      void vscode.window.showInformationMessage(t('Committed {0} as {1} ({2}).', row.label, `${reference.value.repo}:${reference.value.tag}`, shortId(imageId)));
      await vscode.commands.executeCommand('berth.images.focus');
      if (!(await revealWhenListed(ctx, imageId, `${reference.value.repo}:${reference.value.tag}`))) ctx.log.warn(`The committed image ${imageId} did not appear in the Images view`);
    } catch (error) {
      const detail = error instanceof EngineError ? error.detail : String(error);
      ctx.log.error(`Commit ${row.label}: ${detail}`);
      void vscode.window.showErrorMessage(t('Commit of {0} failed: {1}', row.label, detail));
    }
  };
}

/** Reveals the new image once the engine's events have brought it into the model (ten seconds at most). */
async function revealWhenListed(ctx: BerthContext, imageId: string, imageRef: string): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (!(await ctx.views.reveal('image', imageId, imageRef))) {
    if (Date.now() > deadline) return false;
    // The next change of the model, or a second at most.
    await new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      };
      const subscription = ctx.engine.onDidChange(finish);
      const timer = setTimeout(finish, 1_000);
    });
  }
  return true;
}
