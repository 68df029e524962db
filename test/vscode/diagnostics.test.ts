import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateBerth } from './helpers';

async function diagnosticsOf(uri: vscode.Uri, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'berth');
    if (diagnostics.length > 0 || Date.now() > deadline) return diagnostics;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the Dockerfile language server', () => {
  before(activateBerth);

  it('reports an unknown instruction as an error on its exact range', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'Dockerfile'));
    await vscode.window.showTextDocument(document);
    const [diagnostic, ...others] = await diagnosticsOf(document.uri);
    assert.ok(diagnostic, 'a diagnostic arrives');
    assert.equal(others.length, 0);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.code, 'UnknownInstruction');
    const line = document.lineAt(diagnostic.range.start.line).text;
    assert.equal(document.getText(diagnostic.range), 'RUNN');
    assert.match(line, /^RUNN chmod/);
  });

  it('updates the diagnostics as the document is edited', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM busybox\nRUN echo ok\n' });
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(1, 0, 1, 3), 'EXPOZE');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const [diagnostic] = await diagnosticsOf(document.uri);
    assert.ok(diagnostic);
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character], [1, 0, 6]);
    assert.match(diagnostic.message, /EXPOZE/);
    assert.match(diagnostic.message, /EXPOSE/);

    const fix = new vscode.WorkspaceEdit();
    fix.replace(document.uri, new vscode.Range(1, 0, 1, 6), 'RUN');
    assert.ok(await vscode.workspace.applyEdit(fix));
    const deadline = Date.now() + 10_000;
    while (vscode.languages.getDiagnostics(document.uri).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri), []);
  });
});
