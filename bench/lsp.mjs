// Side-by-side LSP benchmark over stdio: Berth's server and dockerfile-language-server-nodejs on
// the same synthetic multi-stage Dockerfiles. Prints, per size: time from didOpen to the first
// diagnostics, time from a one-character edit to the new diagnostics (median of 11), and the
// server's peak RSS, each the median over BENCH_RUNS fresh server processes (default 3: a shared
// machine's timings vary by a third from run to run). Run on demand: `npm run bench` (after a
// build). Asserts nothing.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDockerfile } from './synthetic.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const SERVERS = {
  berth: [path.join(root, 'dist/server.js'), '--stdio'],
  'dockerfile-language-server-nodejs': [require.resolve('dockerfile-language-server-nodejs/bin/docker-langserver'), '--stdio'],
};
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const EDITS = 11;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function peakRssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

async function measure(serverName, lines) {
  const [script, ...args] = SERVERS[serverName];
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    for (const waiter of waiters.splice(0)) waiter(params);
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest(() => null);
  connection.listen();
  const nextDiagnostics = () => new Promise((resolve) => waiters.push(resolve));

  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  const uri = `file:///tmp/berth-bench-${lines}/Dockerfile`;
  const text = syntheticDockerfile(lines);

  let started = performance.now();
  let waiting = nextDiagnostics();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
  await waiting;
  const open = performance.now() - started;

  // One character typed in the middle of the file, then removed, alternately.
  const line = Math.floor(lines / 2);
  const edits = [];
  for (let version = 2; version < 2 + EDITS; version++) {
    const insert = version % 2 === 0;
    const change = insert
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '#' }
      : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    started = performance.now();
    waiting = nextDiagnostics();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await waiting;
    edits.push(performance.now() - started);
  }
  const rss = peakRssMiB(child.pid);
  await connection.sendRequest('shutdown').catch(() => undefined);
  child.kill();
  return { open, edit: median(edits), rss, bytes: Buffer.byteLength(text) };
}

console.log(`LSP over stdio, node ${process.version}; edit = median of ${EDITS} one-character edits; each figure the median of ${RUNS} fresh servers`);
console.log('server'.padEnd(36) + 'lines'.padStart(7) + 'size'.padStart(10) + 'first diag'.padStart(12) + 'edit->diag'.padStart(12) + 'peak RSS'.padStart(11));
for (const lines of SIZES) {
  for (const name of Object.keys(SERVERS)) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(name, lines));
    const r = { open: median(runs.map((x) => x.open)), edit: median(runs.map((x) => x.edit)), rss: median(runs.map((x) => x.rss)), bytes: runs[0].bytes };
    console.log(name.padEnd(36) + String(lines).padStart(7) + `${(r.bytes / 1e6).toFixed(2)} MB`.padStart(10) + `${r.open.toFixed(1)} ms`.padStart(12) + `${r.edit.toFixed(1)} ms`.padStart(12) + `${r.rss.toFixed(0)} MiB`.padStart(11));
  }
}
