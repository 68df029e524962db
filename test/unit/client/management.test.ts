import assert from 'node:assert/strict';
import { containerNameProblem } from '../../../client/src/commands/containers/containerName';
import { stateOf } from '../../../client/src/commands/containers/states';
import { engineAddressProblem } from '../../../client/src/commands/engine/engineAddress';
import { DiskUsage, pruneEstimate, summarizeDiskUsage, SystemInfo } from '../../../client/src/engine/system';
import { presentContainer } from '../../../client/src/views/presenters/containers';
import { publishedUrls } from '../../../client/src/views/presenters/ports';
import { Translate } from '../../../client/src/views/presenters/presentation';
import { diskUsageMarkdown, systemInfoMarkdown } from '../../../client/src/views/presenters/systemReport';

const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const created = new Date('2026-01-02T03:04:05Z');

describe('container names', () => {
  it('accepts what Docker accepts', () => {
    for (const name of ['web', 'a1', 'my_app.v2-test', '/leading-slash', 'X9']) assert.equal(containerNameProblem(name, [], t), undefined, name);
  });

  it('says what is wrong with a name Docker refuses', () => {
    assert.equal(containerNameProblem('', [], t), 'Enter a name.');
    assert.equal(containerNameProblem('-web', [], t), 'A container name starts with a letter or a digit.');
    assert.equal(containerNameProblem('_web', [], t), 'A container name starts with a letter or a digit.');
    assert.equal(containerNameProblem('my app', [], t), "A container name may contain only letters, digits, '_', '.' and '-'.");
    assert.equal(containerNameProblem('数据库', [], t), 'A container name starts with a letter or a digit.');
    assert.equal(containerNameProblem('db:1', [], t), "A container name may contain only letters, digits, '_', '.' and '-'.");
    assert.equal(containerNameProblem('a', [], t), 'A container name has at least two characters.');
  });

  it('says when another container has the name', () => {
    assert.equal(containerNameProblem('db', ['web', 'db'], t), "A container named 'db' already exists.");
    assert.equal(containerNameProblem('/db', ['db'], t), "A container named 'db' already exists.");
  });
});

describe('engine addresses typed into Switch Engine', () => {
  it('accepts unix, tcp, ssh and npipe addresses', () => {
    for (const address of ['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375', 'tcp://docker.example:2376', 'tcp://[::1]:2375', 'ssh://me@build-box', 'ssh://me@build-box:2222', 'npipe:////./pipe/docker_engine']) {
      assert.equal(engineAddressProblem(address, t), undefined, address);
    }
  });

  it('says what is wrong with an address Berth cannot use', () => {
    assert.match(engineAddressProblem('', t) ?? '', /^Enter an address/);
    assert.equal(engineAddressProblem('http://127.0.0.1:2375', t), 'The address starts with unix://, tcp://, ssh:// or npipe://.');
    assert.equal(engineAddressProblem('/var/run/docker.sock', t), 'The address starts with unix://, tcp://, ssh:// or npipe://.');
    assert.equal(engineAddressProblem('unix://', t), 'Add the socket path after unix://.');
    assert.equal(engineAddressProblem('unix://var/run/docker.sock', t), 'A socket path is absolute, e.g. unix:///var/run/docker.sock.');
    assert.equal(engineAddressProblem('tcp://', t), 'Add the host after tcp://.');
    assert.equal(engineAddressProblem('tcp://host:port', t), 'host:port is not a valid host and port.');
    assert.equal(engineAddressProblem('tcp://host:', t), 'Add the port after the colon, e.g. tcp://host:2375.');
    assert.equal(engineAddressProblem('tcp://host:2375/v1.41', t), 'A tcp:// address has no path.');
  });
});

describe('published ports', () => {
  it('gives one localhost address for a port bound on every interface, and the bound address otherwise', () => {
    const urls = publishedUrls([
      { containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 },
      { containerPort: 80, protocol: 'tcp', hostIp: '::', hostPort: 8080 },
      { containerPort: 443, protocol: 'tcp', hostIp: '127.0.0.1', hostPort: 8443 },
      { containerPort: 9000, protocol: 'tcp', hostIp: 'fe80::1', hostPort: 9000 },
      { containerPort: 53, protocol: 'udp', hostIp: '0.0.0.0', hostPort: 5353 },
      { containerPort: 3000, protocol: 'tcp' },
    ]);
    assert.deepEqual(urls.map((u) => u.url), ['http://localhost:8080', 'http://127.0.0.1:8443', 'http://[fe80::1]:9000']);
    assert.deepEqual(publishedUrls(undefined), []);
  });

  it('mark a running container with a published TCP port for the Open in Browser menu', () => {
    const base = { id: 'a', name: 'web', image: 'x', status: 'Up', created, labels: {} };
    const ports = [{ containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }];
    assert.equal(presentContainer({ ...base, state: 'running', ports }, t).contextValue, 'container.running.ports');
    assert.equal(presentContainer({ ...base, state: 'running', ports: [{ containerPort: 80, protocol: 'tcp' }] }, t).contextValue, 'container.running');
    assert.equal(presentContainer({ ...base, state: 'paused', ports }, t).contextValue, 'container.paused');
    assert.equal(stateOf({ contextValue: 'container.running.ports' }), 'running');
  });
});

const df: DiskUsage = {
  layersSize: 1000,
  images: [
    { id: 'sha256:used', tags: ['app:1'], size: 600, sharedSize: 100, containers: 1 },
    { id: 'sha256:old', tags: ['app:0'], size: 300, sharedSize: 100, containers: 0 },
    { id: 'sha256:dangling', tags: [], size: 200, sharedSize: 0, containers: 0 },
  ],
  containers: [
    { id: 'c1', name: 'web', state: 'running', sizeRw: 10 },
    { id: 'c2', name: 'job', state: 'exited', sizeRw: 20 },
    { id: 'c3', name: 'new', state: 'created', sizeRw: 0 },
  ],
  volumes: [
    { name: 'data', refCount: 1, size: 500 },
    { name: 'orphan', refCount: 0, size: 70 },
    { name: 'unknown', refCount: 0, size: -1 },
  ],
  buildCache: [
    { id: 'b1', inUse: false, shared: false, size: 40 },
    { id: 'b2', inUse: true, shared: false, size: 5 },
    { id: 'b3', inUse: false, shared: true, size: 1 },
  ],
};

describe('disk usage figures', () => {
  it('sum up as docker system df does', () => {
    const s = summarizeDiskUsage(df);
    assert.deepEqual(s.images, { count: 3, active: 1, size: 1000, reclaimable: 500 });
    assert.deepEqual(s.containers, { count: 3, active: 1, size: 30, reclaimable: 20 });
    assert.deepEqual(s.volumes, { count: 3, active: 1, size: 570, reclaimable: 70 });
    assert.deepEqual(s.buildCache, { count: 3, active: 1, size: 45, reclaimable: 40 });
  });

  it('estimate what a system prune removes, by the options chosen', () => {
    const dangling = pruneEstimate(df, { allImages: false, volumes: false });
    assert.equal(dangling.images.count, 1);
    assert.equal(dangling.images.reclaimable, 200);
    assert.equal(dangling.containers.count, 2);
    assert.equal(dangling.containers.reclaimable, 20);
    assert.equal(dangling.buildCache.count, 2);
    assert.equal(dangling.volumes, undefined);
    const all = pruneEstimate(df, { allImages: true, volumes: true });
    assert.equal(all.images.count, 2);
    assert.equal(all.images.reclaimable, 400);
    assert.deepEqual(all.volumes, { count: 2, active: 0, size: 70, reclaimable: 70 });
  });

  it('read as Markdown tables', () => {
    const text = diskUsageMarkdown(df, t);
    assert.match(text, /^# Docker disk usage$/m);
    assert.match(text, /^\| Images \| 3 \| 1 \| 1\.0 KB \| 500 B \(50%\) \|$/m);
    assert.match(text, /^\| Build cache \| 3 \| 1 \| 45 B \| 40 B \(89%\) \|$/m);
    assert.match(text, /^\| \(dangling, no tag\) \| 200 B \| 0 \|$/m);
    assert.match(text, /^\| orphan \| 70 B \| 0 \|$/m);
  });
});

describe('system information', () => {
  it('reads as a Markdown table with versions, platform, resources and counts', () => {
    const info: SystemInfo = {
      name: 'box', serverVersion: '20.10.24', apiVersion: '1.41', engineApiVersion: '1.41', operatingSystem: 'Debian GNU/Linux 12', osType: 'linux', architecture: 'x86_64',
      kernelVersion: '6.1.0', storageDriver: 'overlay2', cpus: 2, memoryBytes: 4_000_000_000, rootDir: '/var/lib/docker',
      containers: { total: 3, running: 1, paused: 0, stopped: 2 }, images: 4,
    };
    const text = systemInfoMarkdown(info, 'unix:///var/run/docker.sock', t);
    assert.match(text, /^\| Engine \| Docker 20\.10\.24 \|$/m);
    assert.match(text, /^\| OS\/Arch \| linux\/x86_64 \|$/m);
    assert.match(text, /^\| Memory \| 4\.0 GB \|$/m);
    assert.match(text, /^\| Containers \| 3 \(1 running, 0 paused, 2 stopped\) \|$/m);
    assert.match(systemInfoMarkdown({ ...info, engineApiVersion: '1.48', apiVersion: '1.47' }, 'x', t), /\| API version \| 1\.47 \(the engine speaks up to 1\.48\) \|/);
  });
});
