// How long shaping the explorer's trees takes for a large engine (every refresh rebuilds a whole
// view from the model, with no engine call): containers grouped and filtered, images by
// repository, volumes and networks with their containers. Run on demand after `npx tsc -b`:
// `node bench/views.mjs`. Prints figures; asserts nothing.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { containerTree, imageTree, volumeTree, networkTree, flattenRows } = require(path.join(root, 'out/client/src/views/presenters/trees.js'));

const t = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
const now = new Date();

function engine(containerCount) {
  const containers = [];
  for (let i = 0; i < containerCount; i++) {
    const project = i % 3 === 0 ? undefined : `project-${i % 40}`;
    containers.push({
      id: i.toString(16).padStart(64, '0'),
      name: `container-${i}`,
      image: `repo-${i % 50}:tag-${i % 4}`,
      state: i % 5 === 0 ? 'exited' : 'running',
      status: 'Up 5 minutes',
      created: new Date(now.getTime() - i * 60_000),
      labels: project ? { 'com.docker.compose.project': project, 'com.docker.compose.service': `svc-${i % 7}` } : {},
      composeProject: project,
      composeService: project ? `svc-${i % 7}` : undefined,
      ports: [{ containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 8000 + i }],
      mounts: [{ type: 'volume', name: `volume-${i % 100}`, source: '/v', destination: '/data', readOnly: false }],
      networks: [{ name: `network-${i % 20}`, id: `n${i % 20}`, ipAddress: '172.18.0.2' }],
    });
  }
  const images = Array.from({ length: containerCount / 2 }, (_, i) => ({
    id: 'sha256:' + i.toString(16).padStart(64, 'a'),
    tags: i % 10 === 0 ? [] : [`repo-${i % 50}:tag-${i}`, `mirror/repo-${i % 50}:tag-${i}`],
    size: 50_000_000,
    created: new Date(now.getTime() - i * 3_600_000),
  }));
  const volumes = Array.from({ length: 100 }, (_, i) => ({ name: `volume-${i}`, driver: 'local', mountpoint: '/v', containers: containers.filter((c, j) => j % 100 === i).map((c) => c.id) }));
  const networks = Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, name: `network-${i}`, driver: 'bridge', scope: 'local', subnets: ['172.18.0.0/16'], containers: containers.filter((c, j) => j % 20 === i).map((c) => c.id) }));
  return { containers, images, volumes, networks };
}

function measure(label, build, iterations = 50) {
  for (let i = 0; i < 5; i++) build();
  const times = [];
  let rows = 0;
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    rows = flattenRows(build().rows).length;
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} ${String(rows).padStart(6)} rows  median ${times[Math.floor(times.length / 2)].toFixed(2)} ms  p95 ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms`);
}

console.log('view trees from the model (node', process.version + ')');
for (const size of [100, 1_000, 5_000]) {
  const m = engine(size);
  measure(`${size} containers, by project, by name`, () => containerTree(m.containers, { groupBy: 'composeProject', sortBy: 'name' }, t));
  // What a model change costs a view that may not need a redraw: build, then compare.
  measure(`${size} containers, by project, + signature`, () => {
    const tree = containerTree(m.containers, { groupBy: 'composeProject', sortBy: 'name' }, t);
    JSON.stringify(tree);
    return tree;
  });
  measure(`${size} containers, flat, newest first, filtered`, () => containerTree(m.containers, { groupBy: 'none', sortBy: 'created', filter: 'running svc-3' }, t));
  measure(`${size / 2} images by repository`, () => imageTree(m.images, {}, t, now));
  measure(`100 volumes with ${size} users`, () => volumeTree(m.volumes, m.containers, t));
  measure(`20 networks with ${size} users`, () => networkTree(m.networks, m.containers, t));
}
