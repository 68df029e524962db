import * as vscode from 'vscode';

/**
 * `work`, or undefined as soon as the user cancels. The engine may still finish what it was
 * asked (an HTTP request cannot be taken back); the user just stops waiting for it.
 */
export function unlessCancelled<T>(work: Promise<T>, token: vscode.CancellationToken): Promise<T | undefined> {
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  let subscription: vscode.Disposable | undefined;
  const cancelled = new Promise<undefined>((resolve) => {
    subscription = token.onCancellationRequested(() => resolve(undefined));
  });
  return Promise.race([work, cancelled]).finally(() => subscription?.dispose());
}
