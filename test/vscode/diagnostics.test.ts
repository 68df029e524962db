import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateBerth } from './helpers';

/** Berth's diagnostics of one rule, once there are some (or after the timeout). */
async function diagnosticsOf(uri: vscode.Uri, code = 'UnknownInstruction', timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'berth' && codeOf(d) === code);
    if (diagnostics.length > 0 || Date.now() > deadline) return diagnostics;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

async function waitUntil(test: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
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
    assert.equal(codeOf(diagnostic), 'UnknownInstruction');
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
    const unknown = () => vscode.languages.getDiagnostics(document.uri).filter((d) => codeOf(d) === 'UnknownInstruction');
    await waitUntil(() => unknown().length === 0);
    assert.deepEqual(unknown(), []);
  });

  it('offers the quick fix, and applying it clears the error', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM busybox:1.36\nRUNN echo ok\n' });
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await diagnosticsOf(document.uri);
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === "Change to 'RUN'");
    assert.ok(fix?.edit, `quick fix offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(1).text, 'RUN echo ok');
    await waitUntil(() => vscode.languages.getDiagnostics(document.uri).every((d) => codeOf(d) !== 'UnknownInstruction'));
    assert.ok(vscode.languages.getDiagnostics(document.uri).every((d) => codeOf(d) !== 'UnknownInstruction'));
  });

  it('follows berth.dockerfile.rules: a severity per rule, or off', async () => {
    const config = vscode.workspace.getConfiguration('berth.dockerfile');
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM busybox:1.36\nRUNN echo ok\n' });
    try {
      await config.update('rules', { UnknownInstruction: 'warning' }, vscode.ConfigurationTarget.Global);
      await waitUntil(() => (vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === 'UnknownInstruction')?.severity) === vscode.DiagnosticSeverity.Warning);
      assert.equal(vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === 'UnknownInstruction')?.severity, vscode.DiagnosticSeverity.Warning);
      await config.update('rules', { UnknownInstruction: 'off' }, vscode.ConfigurationTarget.Global);
      await waitUntil(() => vscode.languages.getDiagnostics(document.uri).every((d) => codeOf(d) !== 'UnknownInstruction'));
      assert.ok(vscode.languages.getDiagnostics(document.uri).every((d) => codeOf(d) !== 'UnknownInstruction'));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('links each diagnostic to its rule page', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'Dockerfile'));
    const [diagnostic] = await diagnosticsOf(document.uri);
    const code = diagnostic?.code;
    assert.ok(code && typeof code === 'object', 'the code carries a link');
    assert.match(code.target.toString(), /docs\/rules\/UnknownInstruction\.md$/);
    const page = await vscode.workspace.openTextDocument(code.target);
    assert.match(page.getText(), /^# UnknownInstruction/);
  });
});
