// In-process benchmark of a full parse plus every rule: the real-world corpus and the synthetic
// multi-stage files of the LSP bench.
// Run on demand: `npm run bench`. Prints figures; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parseDockerfile } = require(path.join(root, 'out/server/src/parser/parser.js'));
const { computeDiagnostics } = require(path.join(root, 'out/server/src/features/diagnostics.js'));

function measure(label, text, iterations) {
  for (let i = 0; i < Math.min(iterations, 20); i++) computeDiagnostics(parseDockerfile(text), { locale: 'en' }); // warm-up
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    computeDiagnostics(parseDockerfile(text), { locale: 'en' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  const lines = text.split('\n').length;
  console.log(`${label.padEnd(28)} ${String(lines).padStart(7)} lines  median ${median.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms`);
}

const corpusDir = path.resolve(root, '../shared/corpus/dockerfiles');
const corpus = readdirSync(corpusDir).map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
console.log('full parse + diagnostics (node', process.version + ')');
measure(`corpus (${corpus.length} files, joined)`, corpus.join('\n'), 50);

const { syntheticDockerfile } = await import('./synthetic.mjs');
for (const size of [1_000, 10_000, 50_000]) measure('synthetic multi-stage', syntheticDockerfile(size), size >= 50_000 ? 20 : 100);
