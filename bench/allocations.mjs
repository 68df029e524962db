// What the first analysis of a synthetic Dockerfile allocates, by rule: every allocation V8's
// sampling heap profiler sees (objects the GC already collected included) is charged to the
// parser or model function that made it (tokens are shared by every rule that reads them, and
// made by whichever asks first), else to the outermost rule on its stack, else to the function.
// Timings on a shared machine vary by a third from run to run; allocated bytes hardly vary, and
// garbage collection is about a third of the first analysis, so this is the figure to compare
// before and after a change to a rule. Also prints the heap the analysis leaves behind.
// Run on demand after `npx tsc -b`: `node --expose-gc bench/allocations.mjs [lines] [top]`.
// Asserts nothing.
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDockerfile } from './synthetic.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = (file) => require(path.join(root, 'out/server/src', file));
const { parseDockerfile } = out('parser/parser.js');
const { computeDiagnostics, FindingsCache } = out('features/diagnostics.js');
const { buildModel } = out('model/model.js');

const lines = Number(process.argv[2] ?? 10000);
const top = Number(process.argv[3] ?? 30);
const text = syntheticDockerfile(lines);
const heapMiB = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1048576;
};

const before = heapMiB();
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const syntax = parseDockerfile(text);
const model = buildModel(syntax);
const cache = new FindingsCache();
const diagnostics = computeDiagnostics(syntax, { locale: 'en', cache, model });
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();
const kept = heapMiB() - before;

const RULE_FILE = /\/out\/server\/src\/rules\/((?:practices|checks|errors|flags)\/[^/]+)\.js$/;
const SERVER_FILE = /\/out\/server\/src\/(.+)\.js$/;
const charged = new Map();
const charge = (key, bytes) => charged.set(key, (charged.get(key) ?? 0) + bytes);
// A built-in (`split`, `map`, `slice`...) allocates for the server function that called it.
(function walk(node, rule, caller) {
  const url = node.callFrame.url;
  const owner = rule ?? RULE_FILE.exec(url)?.[1];
  const own = SERVER_FILE.exec(url);
  const made = own ? `${own[1]} ${node.callFrame.functionName || '(anonymous)'}` : url === '' ? caller : undefined;
  if (node.selfSize > 0) {
    const shared = made !== undefined && /^(parser|model)\//.test(made);
    charge(shared ? made : (owner ?? made ?? '(node and libraries)'), node.selfSize);
  }
  for (const child of node.children) walk(child, owner, made);
})(profile.head, undefined, undefined);

const total = [...charged.values()].reduce((sum, bytes) => sum + bytes, 0);
console.log(`first analysis of ${lines} lines (${syntax.instructions.length} instructions, ${diagnostics.length} diagnostics), node ${process.version}`);
console.log(`allocated ${(total / 1e6).toFixed(1)} MB; heap kept afterwards ${globalThis.gc ? `${kept.toFixed(1)} MiB` : '(run with --expose-gc)'}`);
for (const [key, bytes] of [...charged].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(bytes / 1e6).toFixed(2).padStart(8)} MB  ${key}`);
}
