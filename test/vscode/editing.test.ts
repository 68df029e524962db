import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateBerth } from './helpers';

async function waitFor<T>(read: () => Thenable<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('editing a Dockerfile in VS Code', () => {
  before(activateBerth);

  it('completes instructions where they are legal, and flags as you type', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'FROM busybox:1.36 AS base\nRUN --mo'));
    const flags = await waitFor(
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(1, 8)),
      (list) => list.items.length > 0,
    );
    const labels = flags.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => l.startsWith('--mount')), `flags offered: ${labels.join(', ')}`);

    await editor.edit((edit) => edit.insert(new vscode.Position(1, 8), 'unt=type=cache,target=/x true\n'));
    const instructions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(2, 0));
    const names = instructions.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label).split(' ')[0].toUpperCase());
    for (const expected of ['RUN', 'COPY', 'WORKDIR', 'HEALTHCHECK']) assert.ok(names.includes(expected), `${expected} offered`);
  });

  it('shows hover documentation for instructions and flags', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM busybox:1.36\nRUN --network=none echo hi\nEXPOSE 8080\n' });
    await vscode.window.showTextDocument(document);
    const onRun = await waitFor(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(1, 1)), (h) => h.length > 0);
    assert.match(hoverText(onRun), /RUN/);
    const onFlag = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(1, 7));
    assert.match(hoverText(onFlag), /network/i);
    const onExpose = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(2, 2));
    assert.match(hoverText(onExpose), /-p|publish/i, 'EXPOSE docs say it publishes nothing by itself');
  });

  it('offers the images of the real engine after FROM, and shows what the engine knows on hover', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM berth/busybox:latest\nFROM ' });
    await vscode.window.showTextDocument(document);
    const list = await waitFor(
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(1, 5)),
      (l) => l.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'berth/busybox:latest'),
    );
    assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'berth/busybox:latest'), 'the local image is offered');
    const hovers = await waitFor(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 8)), (h) => /sha256|[0-9a-f]{12}/.test(hoverText(h)));
    assert.match(hoverText(hovers), /[0-9a-f]{12}/, `image id in: ${hoverText(hovers)}`);
  });

  it('lists the stages in the outline and renames a stage everywhere', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM busybox:1.36 AS build\nRUN echo\nFROM busybox:1.36\nCOPY --from=build /a /b\n' });
    await vscode.window.showTextDocument(document);
    const symbols = await waitFor(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri), (s) => (s?.length ?? 0) > 0);
    assert.equal(symbols.length, 2);
    assert.match(symbols[0].name, /build/);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, new vscode.Position(3, 14), 'compile');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), 'FROM busybox:1.36 AS compile\nRUN echo\nFROM busybox:1.36\nCOPY --from=compile /a /b\n');
  });

  it('formats a document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'from busybox:1.36\nrun   echo a \\\necho b\n' });
    await vscode.window.showTextDocument(document);
    const edits = await waitFor(() => vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true }), (e) => (e?.length ?? 0) > 0);
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
    assert.equal(document.getText(), 'FROM busybox:1.36\nRUN echo a \\\n    echo b\n');
  });
});
