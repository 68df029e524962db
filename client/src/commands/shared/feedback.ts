import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { EngineError } from '../../engine/errors';
import { Translate } from '../../views/presenters/presentation';

/** `vscode.l10n.t` as a plain function, for the pure validators and formatters. */
export const translate: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/** The engine's own words for a failure, else the error as text. */
export function detailOf(error: unknown): string {
  return error instanceof EngineError ? error.detail : error instanceof Error ? error.message : String(error);
}

/** Container names for ids, from the model (a short id when the model does not know it). */
export function containerNames(ctx: BerthContext, ids: readonly string[]): string[] {
  const names = new Map(ctx.engine.model.containers().map((c) => [c.id, c.name]));
  return ids.map((id) => names.get(id) ?? id.slice(0, 12));
}

/**
 * Runs one engine call in a cancellable progress notification. Cancelling stops waiting (the
 * engine may still finish; the views then show what it did). Failures are logged and shown with
 * the engine's words. Resolves to the result, or undefined when cancelled or failed.
 */
export async function withEngineProgress<T>(ctx: BerthContext, title: string, action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) =>
        new Promise<T | undefined>((resolve, reject) => {
          const cancelled = token.onCancellationRequested(() => resolve(undefined));
          action()
            .then(resolve, reject)
            .finally(() => cancelled.dispose());
        }),
    );
  } catch (error) {
    const detail = detailOf(error);
    ctx.log.error(`${title}: ${detail}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, detail));
    return undefined;
  }
}
