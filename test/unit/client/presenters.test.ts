import assert from 'node:assert/strict';
import { parseEvent } from '../../../client/src/engine/engine';
import { presentContainer } from '../../../client/src/views/presenters/containers';
import { presentImage } from '../../../client/src/views/presenters/images';
import { presentNetwork } from '../../../client/src/views/presenters/networks';
import { formatBytes, Translate } from '../../../client/src/views/presenters/presentation';
import { presentVolume } from '../../../client/src/views/presenters/volumes';

const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const created = new Date('2026-01-02T03:04:05Z');

describe('presenters', () => {
  it('show a container by name, with image, status, state icon and menu context', () => {
    const row = presentContainer({ id: 'a'.repeat(64), name: 'web', image: 'nginx:1.27', state: 'running', status: 'Up 5 minutes', created, labels: {} }, t);
    assert.equal(row.label, 'web');
    assert.equal(row.description, 'nginx:1.27 · Up 5 minutes');
    assert.equal(row.icon, 'vm-running');
    assert.equal(row.iconColor, 'charts.green');
    assert.equal(row.contextValue, 'container.running');
    assert.match(row.tooltip ?? '', /Image: `nginx:1\.27`/);
    assert.equal(presentContainer({ id: 'b', name: 'old', image: 'x', state: 'exited', status: 'Exited (1) 2 hours ago', created, labels: {} }, t).contextValue, 'container.exited');
  });

  it('put ports, mounts, networks, health and compose project in a container tooltip, and flag an unhealthy one', () => {
    const row = presentContainer(
      {
        id: 'c'.repeat(64), name: 'api', image: 'app:1', state: 'running', status: 'Up 2 hours (unhealthy)', created, labels: {},
        command: 'node server.js', health: 'unhealthy', composeProject: 'shop',
        ports: [{ containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }, { containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }, { containerPort: 443, protocol: 'tcp' }],
        mounts: [{ type: 'volume', name: 'data', source: '/var/lib/docker/volumes/data/_data', destination: '/data', readOnly: false }, { type: 'bind', source: '/etc/app', destination: '/config', readOnly: true }],
        networks: [{ name: 'shop_default', id: 'n1', ipAddress: '172.18.0.2' }],
      },
      t,
    );
    assert.equal(row.iconColor, 'charts.red');
    assert.match(row.tooltip ?? '', /Ports: `0\.0\.0\.0:8080->80\/tcp`, `443\/tcp`\n/);
    assert.match(row.tooltip ?? '', /Mounts: `data → \/data`, `\/etc\/app → \/config \(ro\)`/);
    assert.match(row.tooltip ?? '', /Networks: `shop_default \(172\.18\.0\.2\)`/);
    assert.match(row.tooltip ?? '', /Health: unhealthy/);
    assert.match(row.tooltip ?? '', /Compose project: `shop`/);
    assert.match(row.tooltip ?? '', /Command: `node server\.js`/);
  });

  it('show a dangling image as <none> and a tagged one by its first tag', () => {
    assert.equal(presentImage({ id: 'sha256:' + 'c'.repeat(64), tags: [], size: 1_500_000, created }, t).label, '<none>');
    const tagged = presentImage({ id: 'sha256:' + 'c'.repeat(64), tags: ['busybox:latest', 'bb:1'], size: 1_500_000, created }, t);
    assert.equal(tagged.label, 'busybox:latest');
    assert.equal(tagged.description, 'cccccccccccc · 1.5 MB');
    assert.match(tagged.tooltip ?? '', /Tags: `busybox:latest`, `bb:1`/);
  });

  it('show volumes and networks, marking built-in networks', () => {
    assert.equal(presentVolume({ name: 'data', driver: 'local', mountpoint: '/var/lib/docker/volumes/data/_data' }, t).description, 'local');
    assert.equal(presentNetwork({ id: 'n1', name: 'bridge', driver: 'bridge', scope: 'local' }, t).contextValue, 'network.builtIn');
    assert.equal(presentNetwork({ id: 'n2', name: 'app', driver: 'bridge', scope: 'local' }, t).contextValue, 'network');
  });

  it('keep Markdown from interpreting engine text', () => {
    const row = presentContainer({ id: 'x', name: 'a`b', image: '*img*', state: 'created', status: 'Created', created, labels: {} }, t);
    assert.match(row.tooltip ?? '', /`a'b`/);
    assert.match(row.tooltip ?? '', /`\*img\*`/);
  });

  it('format sizes the way docker does', () => {
    assert.equal(formatBytes(0), '0 B');
    assert.equal(formatBytes(999), '999 B');
    assert.equal(formatBytes(4_300_000), '4.3 MB');
    assert.equal(formatBytes(123_000_000), '123 MB');
  });

  it('read engine events, including shapes they do not know', () => {
    assert.deepEqual(parseEvent('{"Type":"container","Action":"start","Actor":{"ID":"abc"}}'), { kind: 'container', action: 'start', id: 'abc' });
    assert.deepEqual(parseEvent('{"Type":"plugin","Action":"enable"}'), { kind: 'other', action: 'enable', id: '' });
    assert.deepEqual(parseEvent('not json'), { kind: 'other', action: '', id: '' });
  });
});
