import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { PublishDiagnosticsParams } from 'vscode-languageserver';

// The bundled server asks the client for `berth.dockerfile` once per document, not once per
// keystroke, and asks again when the client says the configuration changed.
const serverPath = path.resolve(__dirname, '../../../../dist/server.js');

describe('settings pulled from the client', function () {
  this.timeout(15_000);
  let server: ChildProcess;
  let connection: MessageConnection;
  const published: PublishDiagnosticsParams[] = [];
  let asked = 0;
  let severity = 'warning';

  before(async () => {
    server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.push(params);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      asked++;
      return params.items.map(() => ({ rules: { UnknownInstruction: severity } }));
    });
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await connection.sendNotification('initialized', {});
  });

  after(async () => {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    server.kill();
  });

  /** The next diagnostics published for `version` of the document. */
  async function diagnosticsOf(version: number): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const found = published.find((p) => p.version === version);
      if (found || Date.now() > deadline) {
        assert.ok(found, `diagnostics of version ${version}`);
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const unknownSeverities = (params: PublishDiagnosticsParams) => params.diagnostics.filter((d) => d.code === 'UnknownInstruction').map((d) => d.severity);

  it('asks once for a document however often it changes, and again after a configuration change', async () => {
    const uri = 'file:///tmp/berth-settings/Dockerfile';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM busybox\nRUNN echo\n' } });
    assert.deepEqual(unknownSeverities(await diagnosticsOf(1)), [2]);
    for (let version = 2; version <= 4; version++) {
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 9 } }, text: 'x' }] });
      assert.deepEqual(unknownSeverities(await diagnosticsOf(version)), [2]);
    }
    assert.equal(asked, 1);

    severity = 'off';
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const deadline = Date.now() + 5_000;
    while (asked < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 9 } }, text: 'y' }] });
    assert.deepEqual(unknownSeverities(await diagnosticsOf(5)), []);
    assert.equal(asked, 2);
  });
});
