import * as vscode from 'vscode';

/**
 * The "berth.build" problems: where the last build of a Dockerfile failed. A Dockerfile's entry
 * goes when it is built again or edited.
 */
export class BuildDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('berth.build');
  private readonly subscriptions: vscode.Disposable[] = [
    this.collection,
    vscode.workspace.onDidChangeTextDocument((change) => {
      if (change.contentChanges.length > 0 && this.collection.has(change.document.uri)) this.collection.delete(change.document.uri);
    }),
  ];

  clear(dockerfile: vscode.Uri): void {
    this.collection.delete(dockerfile);
  }

  /** Marks `line` (0-based) of the Dockerfile with the builder's error. */
  report(dockerfile: vscode.Uri, line: number, lineText: string, message: string): void {
    const start = lineText.length - lineText.trimStart().length;
    const diagnostic = new vscode.Diagnostic(new vscode.Range(line, start, line, Math.max(lineText.length, start + 1)), message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'berth.build';
    this.collection.set(dockerfile, [diagnostic]);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
