import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { BerthApi } from '../../client/src/extension';
import { activateBerth, EXTENSION_ID, note } from './helpers';
import { COMMANDS } from '../../client/src/commands/ids';

describe('Berth in VS Code', () => {
  it('activates, and says how long it took', async () => {
    const extension = vscode.extensions.getExtension<BerthApi>(EXTENSION_ID);
    assert.ok(extension);
    const wasActive = extension.isActive;
    const started = performance.now();
    const api = await extension.activate();
    const total = performance.now() - started;
    note(`activation: ${api.activationTimeMs.toFixed(1)} ms in activate()` + (wasActive ? ' (already active before the test)' : `, ${total.toFixed(1)} ms with loading the bundle`));
    assert.ok(api.activationTimeMs >= 0);
  });

  it('registers every command it contributes', async () => {
    await activateBerth();
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(Object.values(COMMANDS).filter((id) => !registered.has(id)), []);
  });

  it('treats Dockerfile, Containerfile and their variants as the dockerfile language', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'berth-test-language-'));
    try {
      for (const name of ['Dockerfile', 'Containerfile', 'app.dockerfile', 'Dockerfile.dev', 'Containerfile.prod']) {
        writeFileSync(path.join(folder, name), 'FROM scratch\n');
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder, name)));
        assert.equal(document.languageId, 'dockerfile', name);
      }
      const other = path.join(folder, 'notes.txt');
      writeFileSync(other, 'FROM scratch\n');
      assert.notEqual((await vscode.workspace.openTextDocument(vscode.Uri.file(other))).languageId, 'dockerfile');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
