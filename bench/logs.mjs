// Berth's logs pipeline against the Docker CLI: a container that printed 200,000 lines; the time
// until Berth's engine layer + demuxer + decoder + write batcher (the View Logs path, writing to
// a sink that only counts) has them all, and the time `docker logs <id> > /dev/null` takes.
// Run on demand: `npx tsc -b && node bench/logs.mjs [lines]`. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { Engine } = require(path.join(root, 'out/client/src/engine/engine.js'));
const { resolveEndpoint } = require(path.join(root, 'out/client/src/engine/endpoint.js'));
const { LogPipeline } = require(path.join(root, 'out/client/src/engine/logs.js'));
const { docker, BASE_IMAGE } = require(path.join(root, 'out/test/support/docker.js'));

const LINES = Number(process.argv[2] ?? 200_000);
const RUNS = 7;
const engine = new Engine(resolveEndpoint(undefined));

async function berth(id) {
  let lines = 0;
  let chars = 0;
  const pipeline = new LogPipeline(
    (text) => {
      chars += text.length;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    },
    { showTimestamps: false, crlf: true },
  );
  const started = performance.now();
  const { tty, stream } = await engine.openLogs(id, { follow: false, tail: 'all', timestamps: false });
  await pipeline.pump(stream, tty);
  // What is still queued reaches the sink at the batcher's pace, as it would reach a terminal.
  await pipeline.batcher.drained();
  const ms = performance.now() - started;
  pipeline.dispose();
  if (lines !== LINES) throw new Error(`Berth saw ${lines} lines, expected ${LINES}`);
  return { ms, chars };
}

function cli(id) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('docker', ['logs', id], { stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve({ ms: performance.now() - started }) : reject(new Error(`docker logs exited with ${code}`))));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const name = `berth-test-bench-logs-${Date.now().toString(36)}`;
const container = await docker.createContainer({
  name,
  Image: BASE_IMAGE,
  Cmd: ['sh', '-c', `seq 1 ${LINES} | sed 's/^/log line /'`],
  Labels: { 'berth.test': '1' },
});
try {
  await container.start();
  await container.wait();
  await engine.version();
  await berth(container.id); // warm-up (JIT, connection)
  await cli(container.id);
  const berthTimes = [];
  const cliTimes = [];
  let chars = 0;
  for (let i = 0; i < RUNS; i++) {
    const b = await berth(container.id);
    berthTimes.push(b.ms);
    chars = b.chars;
    cliTimes.push((await cli(container.id)).ms);
  }
  const b = median(berthTimes);
  const c = median(cliTimes);
  const bMin = Math.min(...berthTimes);
  const cMin = Math.min(...cliTimes);
  console.log(`logs of ${LINES.toLocaleString('en')} lines (${(chars / 1e6).toFixed(1)} M characters to the sink), ${RUNS} runs each, interleaved (node ${process.version})`);
  console.log(`  Berth pipeline (engine + demux + decode + batch): median ${b.toFixed(0)} ms, best ${bMin.toFixed(0)} ms   runs: ${berthTimes.map((t) => t.toFixed(0)).join(', ')}`);
  console.log(`  docker logs <id> > /dev/null:                     median ${c.toFixed(0)} ms, best ${cMin.toFixed(0)} ms   runs: ${cliTimes.map((t) => t.toFixed(0)).join(', ')}`);
  console.log(`  ratio Berth / CLI: median ${(b / c).toFixed(2)}x, best ${(bMin / cMin).toFixed(2)}x (target: at most 1.5x)`);
  console.log('  (the engine reading its json-file log dominates both; on a shared machine the runs vary widely)');
} finally {
  await container.remove({ force: true });
}
