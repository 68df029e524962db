import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { PublishDiagnosticsParams } from 'vscode-languageserver';

// The bundled server as any LSP editor starts it: `dist/server.js --stdio`, plain JSON-RPC.
const serverPath = path.resolve(__dirname, '../../../../dist/server.js');

describe('the standalone language server over stdio', function () {
  this.timeout(15_000);
  let server: ChildProcess;
  let connection: MessageConnection;
  const published: PublishDiagnosticsParams[] = [];

  before(async () => {
    server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.push(params);
    });
    connection.listen();
  });

  after(async () => {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    server.kill();
  });

  it('initializes and names itself', async () => {
    const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' })) as {
      serverInfo: { name: string };
      capabilities: { textDocumentSync: number };
    };
    assert.equal(result.serverInfo.name, 'berth-dockerfile-language-server');
    assert.equal(result.capabilities.textDocumentSync, 2);
    await connection.sendNotification('initialized', {});
  });

  it('publishes the diagnostics of an opened document, in the client locale', async () => {
    const uri = 'file:///tmp/berth-stdio/Dockerfile';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM busybox\nRUNN echo\n' } });
    const deadline = Date.now() + 5_000;
    while (!published.some((p) => p.uri === uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const params = published.find((p) => p.uri === uri);
    assert.ok(params, 'diagnostics published');
    const unknown = params.diagnostics.filter((d) => d.code === 'UnknownInstruction');
    assert.deepEqual(unknown.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.message]), [
      ['UnknownInstruction', 1, 0, 4, '未知指令“RUNN”。您是想用“RUN”吗？'],
    ]);
  });

  it('survives malformed and out-of-range requests and unknown documents', async () => {
    const unknown = 'file:///tmp/berth-stdio/never-opened';
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: unknown, version: 2 }, contentChanges: [{ text: 'x' }] });
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri: unknown } });
    const actions = await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: unknown },
      range: { start: { line: 9999, character: 9999 }, end: { line: -1, character: 0 } },
      context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'berth', data: { fixes: 'nonsense' } }] },
    });
    assert.deepEqual(actions, []);
    await assert.rejects(connection.sendRequest('berth/noSuchMethod', { nonsense: true }));
    await assert.rejects(connection.sendRequest('textDocument/codeAction', 'not an object'));
    // Still alive and still right:
    const uri = 'file:///tmp/berth-stdio/after.Dockerfile';
    published.length = 0;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROMM x\n' } });
    const deadline = Date.now() + 5_000;
    while (!published.some((p) => p.uri === uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(published.find((p) => p.uri === uri)?.diagnostics.some((d) => d.code === 'UnknownInstruction'));
  });

  it('offers the quick fix a diagnostic carries', async () => {
    const uri = 'file:///tmp/berth-stdio/fix.Dockerfile';
    published.length = 0;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM busybox\nRUNN x\n' } });
    const deadline = Date.now() + 5_000;
    while (!published.some((p) => p.uri === uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const diagnostic = published.find((p) => p.uri === uri)?.diagnostics.find((d) => d.code === 'UnknownInstruction');
    assert.ok(diagnostic);
    const actions = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as Array<{
      title: string;
      edit: { changes: Record<string, Array<{ newText: string }>> };
    }>;
    assert.equal(actions[0]?.title, '改为“RUN”');
    assert.equal(actions[0]?.edit.changes[uri][0].newText, 'RUN');
  });

  it('answers hovers in Chinese for every instruction (the client said zh-cn)', async () => {
    const uri = 'file:///tmp/berth-stdio/all.Dockerfile';
    const lines = [
      'ARG BASE=busybox:1.36', 'FROM $BASE AS base', 'RUN echo hi', 'CMD ["sh"]', 'LABEL a=b', 'MAINTAINER someone', 'EXPOSE 80',
      'ENV A=1', 'ADD a.tar /x', 'COPY a /b', 'ENTRYPOINT ["sh"]', 'VOLUME /data', 'USER 1000', 'WORKDIR /app', 'ONBUILD RUN x',
      'STOPSIGNAL SIGTERM', 'HEALTHCHECK NONE', 'SHELL ["sh", "-c"]',
    ];
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: lines.join('\n') } });
    const missing: string[] = [];
    for (const [line, text] of lines.entries()) {
      const keyword = text.split(' ')[0];
      const result = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 1 } })) as { contents: { value: string } } | null;
      const value = result?.contents.value ?? '';
      if (!/[\u4e00-\u9fff]/.test(value) || !value.includes(keyword)) missing.push(keyword);
    }
    assert.deepEqual(missing, []);
  });

  it('completes, finds definitions and formats over plain JSON-RPC, without VS Code commands', async () => {
    const uri = 'file:///tmp/berth-stdio/features.Dockerfile';
    const text = 'FROM busybox:1.36 AS build\nARG VERSION=1\nRUN --mo\nrun echo $VERSION\nFROM busybox:1.36\nCOPY --from=build /a /b\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const items = (await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 8 } })) as Array<{ label: string; command?: unknown }>;
    assert.ok(items.some((i) => i.label.startsWith('--mount')));
    assert.ok(items.every((i) => i.command === undefined), 'no VS Code command for a plain client');
    const definition = (await connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 5, character: 13 } })) as Array<{ range: { start: { line: number; character: number } } }>;
    assert.deepEqual(definition.map((l) => l.range.start), [{ line: 0, character: 21 }]);
    const variable = (await connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 3, character: 12 } })) as Array<{ range: { start: { line: number } } }>;
    assert.deepEqual(variable.map((l) => l.range.start.line), [1]);
    const edits = (await connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as Array<{ newText: string }>;
    assert.ok(edits.some((e) => e.newText === 'RUN'), 'the lower-case keyword is upper-cased');
  });

  it('explains its usage when started without a transport', async () => {
    const child = spawn(process.execPath, [serverPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /Usage: berth-dockerfile-language-server --stdio/);
  });
});
