import * as vscode from 'vscode';

/** The URI scheme of Berth's generated, read-only documents (inspect output, history, info). */
export const READONLY_SCHEME = 'berth-readonly';

export interface ReadonlyDocuments {
  /**
   * Opens `content` in an editor the user cannot change or be asked to save. `name` becomes the
   * tab title (keep its extension, e.g. `web.json`, so VS Code picks the language); showing the
   * same name again replaces the content in place.
   */
  show(name: string, content: string, options?: { language?: string; preview?: boolean }): Promise<vscode.TextEditor>;
}

/**
 * One content provider for every generated document, registered once. Documents live as long
 * as VS Code keeps them open; their text is dropped when they close.
 */
export function registerReadonlyDocuments(subscriptions: vscode.Disposable[]): ReadonlyDocuments {
  const contents = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent: (uri) => contents.get(uri.toString()) ?? '',
  };
  subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(READONLY_SCHEME, provider),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.scheme === READONLY_SCHEME) contents.delete(document.uri.toString());
    }),
  );
  return {
    async show(name, content, options = {}) {
      // The name is the path, so it must not contain separators of its own.
      const uri = vscode.Uri.from({ scheme: READONLY_SCHEME, path: '/' + name.replace(/[\\/]/g, '_') });
      const key = uri.toString();
      const known = contents.has(key);
      contents.set(key, content);
      if (known) changed.fire(uri);
      let document = await vscode.workspace.openTextDocument(uri);
      if (options.language && document.languageId !== options.language) document = await vscode.languages.setTextDocumentLanguage(document, options.language);
      return vscode.window.showTextDocument(document, { preview: options.preview ?? true });
    },
  };
}
