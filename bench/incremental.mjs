// In-process view of what the LSP bench measures, stage by stage, on the same synthetic files:
// the first analysis (parse, model, diagnostics) and edits analysed the way the server does it
// (incremental parse, model kept from the last tree, findings kept per stage and instruction).
// Two kinds of edit in the middle of the file: a character typed and removed (what bench/lsp.mjs
// does) and a line break typed and removed (every instruction below moves). Prints medians and
// the heap after the first analysis. Run on demand after `npx tsc -b`. Asserts nothing.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDockerfile } from './synthetic.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parseDockerfile } = require(path.join(root, 'out/server/src/parser/parser.js'));
const { applyChange } = require(path.join(root, 'out/server/src/parser/incremental.js'));
const { computeDiagnostics, FindingsCache } = require(path.join(root, 'out/server/src/features/diagnostics.js'));
const { buildModel } = require(path.join(root, 'out/server/src/model/model.js'));

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const EDITS = Number(process.env.BENCH_EDITS ?? 40);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

function run(lines) {
  let started = performance.now();
  let syntax = parseDockerfile(syntheticDockerfile(lines));
  const parsed = performance.now();
  let model = buildModel(syntax);
  const modelled = performance.now();
  const cache = new FindingsCache();
  computeDiagnostics(syntax, { locale: 'en', cache, model });
  const first = { parse: parsed - started, model: modelled - parsed, diagnostics: performance.now() - modelled };
  const heap = process.memoryUsage().heapUsed / 1048576;

  const line = Math.floor(lines / 2);
  const at = (character) => ({ line, character });
  const results = {};
  for (const [kind, insert, remove] of [
    ['char', { range: { start: at(0), end: at(0) }, text: '#' }, { range: { start: at(0), end: at(1) }, text: '' }],
    ['line', { range: { start: at(0), end: at(0) }, text: '\n' }, { range: { start: at(0), end: { line: line + 1, character: 0 } }, text: '' }],
  ]) {
    const apply = [];
    const modelTimes = [];
    const diagnostics = [];
    for (let i = 0; i < EDITS; i++) {
      started = performance.now();
      syntax = applyChange(syntax, i % 2 === 0 ? insert : remove);
      const applied = performance.now();
      model = buildModel(syntax, model);
      const rebuilt = performance.now();
      computeDiagnostics(syntax, { locale: 'en', cache, model });
      apply.push(applied - started);
      modelTimes.push(rebuilt - applied);
      diagnostics.push(performance.now() - rebuilt);
    }
    results[kind] = { apply: median(apply), model: median(modelTimes), diagnostics: median(diagnostics) };
  }
  return { first, heap, results };
}

console.log(`in-process, node ${process.version}; edits: median of ${EDITS} (apply = incremental parse)`);
for (const lines of SIZES) {
  const { first, heap, results } = run(lines);
  console.log(
    `${String(lines).padStart(6)} lines  first: parse ${ms(first.parse)}, model ${ms(first.model)}, diagnostics ${ms(first.diagnostics)}; heap ${heap.toFixed(0)} MiB`,
  );
  for (const [kind, r] of Object.entries(results)) {
    console.log(`${''.padStart(13)}edit (${kind}): apply ${ms(r.apply)}, model ${ms(r.model)}, diagnostics ${ms(r.diagnostics)}`);
  }
}
