// Completion and hover latency over LSP stdio: Berth's server and dockerfile-language-server-nodejs
// on the synthetic multi-stage Dockerfiles of the LSP bench. For each size, 200 deterministic
// positions spread over the file (on instruction keywords, flag names and arguments, in turn) are
// asked for completion, then for hover, one request at a time; prints median and p95 latency per
// server, size and request kind, and how many answers were non-empty. A server that answers null
// or an error (a feature not wired yet) is still timed; errors are counted in their own column.
// Run on demand after a build (`node scripts/build.mjs && node bench/features.mjs`). Asserts nothing.
import { spawn } from 'node:child_process';
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
const POSITIONS = Number(process.env.BENCH_POSITIONS ?? 200);
const WARMUP = 10;
const TIMEOUT_MS = 10_000;

const CLIENT_CAPABILITIES = {
  workspace: { configuration: true },
  textDocument: {
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

/** Where to ask on an instruction line: in the keyword, in the first flag's name, in the first argument after the flags. */
function targetsOf(line) {
  const keyword = /^(?:ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|FROM|HEALTHCHECK|LABEL|ONBUILD|RUN|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)(?=[ \t]|$)/i.exec(line);
  if (!keyword) return {};
  const targets = { keyword: 1 };
  for (const word of line.slice(keyword[0].length).matchAll(/\S+/g)) {
    const start = keyword[0].length + word.index;
    if (!word[0].startsWith('--')) {
      targets.argument = start + 1;
      break;
    }
    targets.flag ??= start + 3;
  }
  return targets;
}

/**
 * `count` positions, the same for every server: the k-th one is of kind k mod 3, on the first line
 * at or after an even spread over the file that has such a place.
 */
function positionsOf(text, count) {
  const lines = text.split('\n');
  const kinds = ['keyword', 'flag', 'argument'];
  const positions = [];
  for (let k = 0; k < count; k++) {
    const kind = kinds[k % kinds.length];
    const from = Math.floor(((k + 0.5) * lines.length) / count);
    for (let offset = 0; offset < lines.length; offset++) {
      const line = (from + offset) % lines.length;
      const character = targetsOf(lines[line])[kind];
      if (character !== undefined) {
        positions.push({ kind, line, character });
        break;
      }
    }
  }
  return positions;
}

function nonEmpty(method, result) {
  if (result === null || result === undefined) return false;
  if (method === 'textDocument/completion') return (Array.isArray(result) ? result : result.items ?? []).length > 0;
  const contents = result.contents;
  if (Array.isArray(contents)) return contents.length > 0;
  if (typeof contents === 'string') return contents.length > 0;
  return Boolean(contents?.value);
}

function withTimeout(promise) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function measure(serverName, lines) {
  const [script, ...args] = SERVERS[serverName];
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let diagnosed;
  const firstDiagnostics = new Promise((resolve) => (diagnosed = resolve));
  connection.onNotification('textDocument/publishDiagnostics', () => diagnosed());
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest(() => null);
  connection.onNotification(() => undefined);
  connection.listen();

  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES });
  await connection.sendNotification('initialized', {});
  const uri = `file:///tmp/berth-bench-features-${lines}/Dockerfile`;
  const text = syntheticDockerfile(lines);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
  // Both servers have parsed the document once they published its first diagnostics.
  await withTimeout(firstDiagnostics).catch(() => undefined);

  const positions = positionsOf(text, POSITIONS);
  const results = {};
  for (const method of ['textDocument/completion', 'textDocument/hover']) {
    const ask = (position) => withTimeout(connection.sendRequest(method, { textDocument: { uri }, position }));
    for (const position of positions.slice(0, WARMUP)) await ask(position).catch(() => undefined);
    const times = [];
    let answered = 0;
    let errors = 0;
    for (const { line, character } of positions) {
      const started = performance.now();
      let result = null;
      try {
        result = await ask({ line, character });
      } catch {
        errors++;
      }
      times.push(performance.now() - started);
      if (nonEmpty(method, result)) answered++;
    }
    times.sort((a, b) => a - b);
    results[method] = {
      median: times[Math.floor(times.length / 2)],
      p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
      answered,
      errors,
      count: times.length,
    };
  }
  await withTimeout(connection.sendRequest('shutdown')).catch(() => undefined);
  connection.dispose();
  child.kill();
  return results;
}

console.log(`Completion and hover over LSP stdio, node ${process.version}; ${POSITIONS} positions per file (keywords, flag names, arguments), after ${WARMUP} warm-up requests`);
console.log('server'.padEnd(36) + 'lines'.padStart(7) + 'request'.padStart(12) + 'median'.padStart(11) + 'p95'.padStart(11) + 'non-empty'.padStart(11) + 'errors'.padStart(8));
for (const lines of SIZES) {
  for (const name of Object.keys(SERVERS)) {
    const results = await measure(name, lines);
    for (const [method, r] of Object.entries(results)) {
      console.log(
        name.padEnd(36) +
          String(lines).padStart(7) +
          method.replace('textDocument/', '').padStart(12) +
          `${r.median.toFixed(2)} ms`.padStart(11) +
          `${r.p95.toFixed(2)} ms`.padStart(11) +
          `${r.answered}/${r.count}`.padStart(11) +
          String(r.errors).padStart(8),
      );
    }
  }
}
