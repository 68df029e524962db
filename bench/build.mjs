// Build-context benchmark: a 20,000-file context whose .dockerignore leaves out 90% of it, built
// (a trivial `FROM` build, classic builder) through Berth's Engine API path and through
// `DOCKER_BUILDKIT=0 docker build` of the same folder. Prints figures; asserts nothing.
// Run: `npx tsc -b && node bench/build.mjs [runs]` (needs the local engine and berth/busybox:latest).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { Engine } = require(path.join(root, 'out/client/src/engine/engine.js'));
const { resolveEndpoint } = require(path.join(root, 'out/client/src/engine/endpoint.js'));
const { planContext, contextStream } = require(path.join(root, 'out/client/src/engine/build/context.js'));

const RUNS = Number(process.argv[2] ?? 5);
const FILES = 20_000;
const base = process.env.BERTH_BASE_IMAGE ?? 'berth/busybox:latest';

const context = mkdtempSync(path.join(tmpdir(), 'berth-bench-build-'));
// 200 folders of 100 files: 10 kept (.txt, 1 KiB), 90 left out (.tmp, 1 KiB).
const body = 'x'.repeat(1024);
for (let d = 0; d < FILES / 100; d++) {
  const dir = path.join(context, `pkg${d}`, 'src');
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < 100; f++) writeFileSync(path.join(dir, `f${f}.${f < 10 ? 'txt' : 'tmp'}`), body);
}
writeFileSync(path.join(context, '.dockerignore'), '**/*.tmp\n');
// The built image is the base image itself (no new layer), so the bench leaves only a tag behind, removed below.
writeFileSync(path.join(context, 'Dockerfile'), `FROM ${base}\n`);
const tag = `berth-test-bench-build-${Date.now().toString(36)}:t`;

const engine = new Engine(resolveEndpoint(undefined));
const plan = await planContext(context, path.join(context, 'Dockerfile'));
let tarBytes = 0;
for await (const chunk of contextStream(plan)) tarBytes += chunk.length;
console.log(`context: ${FILES} files, ${plan.entries.filter((e) => e.type === 'file').length} sent, tar ${(tarBytes / 1024 / 1024).toFixed(2)} MiB (node ${process.version})`);

async function walk() {
  const started = performance.now();
  await planContext(context, path.join(context, 'Dockerfile'));
  return performance.now() - started;
}

async function berth() {
  const started = performance.now();
  await engine.buildImage({ contextDir: context, dockerfile: path.join(context, 'Dockerfile'), tag, buildArgs: {}, noCache: true }, () => undefined, new AbortController().signal);
  return { total: performance.now() - started };
}

function cli() {
  const started = performance.now();
  const result = spawnSync('docker', ['build', '--no-cache', '-q', '-t', tag, context], { env: { ...process.env, DOCKER_BUILDKIT: '0' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return { total: performance.now() - started };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
await berth(); // warm-up: file system cache and engine
cli();
const berthTimes = [];
const walkTimes = [];
const cliTimes = [];
for (let i = 0; i < RUNS; i++) {
  const b = await berth();
  berthTimes.push(b.total);
  walkTimes.push(await walk());
  cliTimes.push(cli().total);
}
const fmt = (ms) => `${ms.toFixed(0)} ms`;
console.log(`Berth API build (walk + stream + build): median ${fmt(median(berthTimes))}  [${berthTimes.map(fmt).join(', ')}]`);
console.log(`  of which the .dockerignore walk alone:  median ${fmt(median(walkTimes))}`);
console.log(`docker build (DOCKER_BUILDKIT=0):         median ${fmt(median(cliTimes))}  [${cliTimes.map(fmt).join(', ')}]`);
console.log(`ratio Berth / docker: ${(median(berthTimes) / median(cliTimes)).toFixed(2)}x (target <= 1.2x)`);

// The tag only: the image is the base image, which keeps its own name.
execFileSync('docker', ['image', 'rm', tag], { stdio: 'ignore' });
rmSync(context, { recursive: true, force: true });
