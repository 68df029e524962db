import assert from 'node:assert/strict';
import { Engine, parseEvent } from '../../../client/src/engine/engine';
import { parseAddress } from '../../../client/src/engine/endpoint';
import { EngineError } from '../../../client/src/engine/errors';
import { healthOf, splitReference, toContainerRecord } from '../../../client/src/engine/inspect';
import { EngineEventSource, EngineModel, ModelEngine, ModelTopic } from '../../../client/src/engine/model';
import { ContainerRecord, EngineEvent, ImageRecord, NetworkRecord, VolumeRecord } from '../../../client/src/engine/records';
import { EventWatcher, WatcherListener } from '../../../client/src/engine/watcher';

const created = new Date('2026-01-02T03:04:05Z');

function container(id: string, name: string, extra: Partial<ContainerRecord> = {}): ContainerRecord {
  return { id, name, image: 'app:1', state: 'running', status: 'Up 1 second', created, labels: {}, imageId: 'sha256:i1', mounts: [], networks: [], ...extra };
}

/**
 * An engine double: the model's error paths and event shapes need control a real engine does
 * not give. Every call is logged; `hold` keeps a call pending until the test releases it.
 */
class FakeEngine implements ModelEngine {
  readonly endpoint = parseAddress('unix:///fake.sock');
  readonly calls: string[] = [];
  containers = new Map<string, ContainerRecord>();
  images: ImageRecord[] = [{ id: 'sha256:i1', tags: ['app:1'], size: 1, created }];
  volumes = new Map<string, VolumeRecord>();
  networks = new Map<string, NetworkRecord>();
  /** Calls (by log entry) that fail with this error. */
  failing = new Map<string, Error>();
  private held: Array<{ call: string; release: () => void }> = [];
  private holding = new Set<string>();

  hold(call: string): void {
    this.holding.add(call);
  }

  release(call: string): void {
    this.holding.delete(call);
    this.held.filter((h) => h.call === call).forEach((h) => h.release());
    this.held = this.held.filter((h) => h.call !== call);
  }

  private async answer<T>(call: string, value: () => T): Promise<T> {
    this.calls.push(call);
    if (this.holding.has(call)) await new Promise<void>((release) => this.held.push({ call, release }));
    const failure = this.failing.get(call);
    if (failure) throw failure;
    return value();
  }

  listContainers = () => this.answer('listContainers', () => [...this.containers.values()]);
  findContainer = (id: string) => this.answer(`findContainer ${id}`, () => this.containers.get(id));
  listImages = () => this.answer('listImages', () => [...this.images]);
  listVolumes = () => this.answer('listVolumes', () => [...this.volumes.values()]);
  findVolume = (name: string) => this.answer(`findVolume ${name}`, () => this.volumes.get(name));
  listNetworks = () => this.answer('listNetworks', () => [...this.networks.values()]);
  findNetwork = (id: string) => this.answer(`findNetwork ${id}`, () => this.networks.get(id));
}

/** A stand-in for the EventWatcher that the test drives. */
class FakeSource implements EngineEventSource {
  connected = true;
  private readonly listeners = new Set<WatcherListener>();

  addListener(listener: WatcherListener) {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  emit(...events: EngineEvent[]): void {
    for (const event of events) this.listeners.forEach((l) => l.onEvent(event));
  }

  disconnect(error: EngineError | undefined): void {
    this.connected = false;
    this.listeners.forEach((l) => l.onDisconnected(error));
  }

  connect(): void {
    this.connected = true;
    this.listeners.forEach((l) => l.onConnected());
  }
}

const notRunning = new EngineError('notRunning', 'unix:///fake.sock', 'connect ENOENT /fake.sock');
const nextTick = () => new Promise((resolve) => setImmediate(resolve));

/** Waits until the model has nothing left to do, then a few more ticks in which nothing may start. */
async function quiet(model: EngineModel): Promise<void> {
  await model.settled();
  for (let i = 0; i < 5; i++) await nextTick();
  await model.settled();
}

describe('EngineModel (with an engine double)', () => {
  let engine: FakeEngine;
  let source: FakeSource;
  let model: EngineModel;
  let changes: ModelTopic[];

  beforeEach(() => {
    engine = new FakeEngine();
    engine.containers.set('c1', container('c1', 'web', { mounts: [{ type: 'volume', name: 'data', source: '/v', destination: '/d', readOnly: false }], networks: [{ name: 'app', id: 'n1', ipAddress: '' }] }));
    engine.volumes.set('data', { name: 'data', driver: 'local', mountpoint: '/v' });
    engine.networks.set('n1', { id: 'n1', name: 'app', driver: 'bridge', scope: 'local' });
    source = new FakeSource();
    model = new EngineModel(engine, source);
    changes = [];
    for (const topic of ['container', 'image', 'volume', 'network', 'status'] as const) model.onDidChange(topic, () => changes.push(topic));
  });

  afterEach(() => model.dispose());

  async function started(): Promise<void> {
    model.start();
    await quiet(model);
    engine.calls.length = 0;
    changes.length = 0;
  }

  it('lists the four kinds once on start, then makes no call while nothing happens', async () => {
    model.start();
    await quiet(model);
    assert.deepEqual([...engine.calls].sort(), ['listContainers', 'listImages', 'listNetworks', 'listVolumes']);
    assert.deepEqual(model.status, { state: 'ok' });
    assert.deepEqual(model.containers().map((c) => c.name), ['web']);
    assert.deepEqual(model.images().map((i) => i.tags), [['app:1']]);
    await quiet(model);
    assert.equal(engine.calls.length, 4);
  });

  it('waits for the stream to open before listing, so nothing changes unseen in between', async () => {
    source.connected = false;
    model.start();
    await quiet(model);
    assert.deepEqual(engine.calls, []);
    assert.deepEqual(model.status, { state: 'unknown' });
    source.connect();
    await quiet(model);
    assert.equal(engine.calls.length, 4);
  });

  it('reads a container once for a burst of its events, and says so once', async () => {
    await started();
    engine.containers.set('c1', container('c1', 'renamed', { state: 'paused', status: 'Up 2 seconds (Paused)' }));
    source.emit(
      { kind: 'container', action: 'pause', id: 'c1' },
      { kind: 'container', action: 'rename', id: 'c1', attributes: { name: 'renamed', oldName: '/web' } },
      { kind: 'container', action: 'health_status: healthy', id: 'c1' },
    );
    await quiet(model);
    assert.deepEqual(engine.calls, ['findContainer c1']);
    assert.equal(model.containers()[0].name, 'renamed');
    assert.equal(model.containers()[0].state, 'paused');
    // Its mounts and networks changed too, so the views of volumes and networks are told.
    assert.deepEqual(changes, ['container', 'volume', 'network']);
  });

  it('reads a container again when the engine still shows the state from before its event', async () => {
    await started();
    // Docker sends `pause` before its list shows the container paused: the first read is stale.
    source.emit({ kind: 'container', action: 'pause', id: 'c1' });
    await quiet(model);
    assert.deepEqual(engine.calls, ['findContainer c1']);
    assert.equal(model.containers()[0].state, 'running');
    engine.containers.set('c1', container('c1', 'web', { state: 'paused', status: 'Up 2 seconds (Paused)' }));
    while (model.containers()[0].state !== 'paused') await new Promise((resolve) => setTimeout(resolve, 20));
    await quiet(model);
    const reads = engine.calls.length;
    assert.ok(reads >= 2 && engine.calls.every((call) => call === 'findContainer c1'));
    // Once the state shows, no more reads follow (the longest re-read delay is 1 s).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal(engine.calls.length, reads);
  });

  it('drops a pending re-read once a later event\'s read shows the state', async () => {
    await started();
    source.emit({ kind: 'container', action: 'die', id: 'c1' });
    await quiet(model);
    // The read after `die` still shows it running: a re-read is due. Then `stop` comes, and its read agrees.
    engine.containers.set('c1', container('c1', 'web', { state: 'exited', status: 'Exited (0) 1 second ago' }));
    source.emit({ kind: 'container', action: 'stop', id: 'c1' });
    await quiet(model);
    assert.equal(model.containers()[0].state, 'exited');
    const reads = engine.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal(engine.calls.length, reads, 'no re-read after the state showed');
  });

  it('makes no call for events that change nothing a record holds', async () => {
    await started();
    source.emit(
      { kind: 'container', action: 'exec_create: sh -c true', id: 'c1' },
      { kind: 'container', action: 'exec_start: sh -c true', id: 'c1' },
      { kind: 'container', action: 'exec_die', id: 'c1' },
      { kind: 'container', action: 'kill', id: 'c1' },
      { kind: 'volume', action: 'mount', id: 'data', attributes: { container: 'c1' } },
      { kind: 'image', action: 'push', id: 'app:1' },
      { kind: 'other', action: 'reload', id: 'daemon' },
    );
    await quiet(model);
    assert.deepEqual(engine.calls, []);
    assert.deepEqual(changes, []);
  });

  it('drops a destroyed container without a call, even after other events in the same burst', async () => {
    await started();
    engine.containers.delete('c1');
    source.emit({ kind: 'container', action: 'die', id: 'c1' }, { kind: 'container', action: 'destroy', id: 'c1' }, { kind: 'container', action: 'start', id: 'c1' });
    await quiet(model);
    assert.deepEqual(engine.calls, []);
    assert.deepEqual(model.containers(), []);
    assert.deepEqual(model.volumes()[0].containers, []);
  });

  it('drops a container that the engine no longer finds', async () => {
    await started();
    engine.containers.delete('c1');
    source.emit({ kind: 'container', action: 'stop', id: 'c1' });
    await quiet(model);
    assert.deepEqual(engine.calls, ['findContainer c1']);
    assert.deepEqual(model.containers(), []);
    assert.deepEqual(model.status, { state: 'ok' });
  });

  it('adds a created container and a created volume, and drops a removed volume and network', async () => {
    await started();
    engine.containers.set('c2', container('c2', 'worker', { created: new Date(created.getTime() + 1000) }));
    engine.volumes.set('cache', { name: 'cache', driver: 'local', mountpoint: '/c' });
    engine.volumes.delete('data');
    engine.networks.delete('n1');
    source.emit(
      { kind: 'container', action: 'create', id: 'c2' },
      { kind: 'volume', action: 'create', id: 'cache' },
      { kind: 'volume', action: 'destroy', id: 'data' },
      { kind: 'network', action: 'destroy', id: 'n1' },
    );
    await quiet(model);
    assert.deepEqual(engine.calls.sort(), ['findContainer c2', 'findVolume cache']);
    assert.deepEqual(model.containers().map((c) => c.name), ['worker', 'web']);
    assert.deepEqual(model.volumes().map((v) => v.name), ['cache']);
    assert.deepEqual(model.networks(), []);
  });

  it('re-reads the container, not the network, on a network connect', async () => {
    await started();
    engine.networks.set('n2', { id: 'n2', name: 'backend', driver: 'bridge', scope: 'local' });
    engine.containers.set('c1', { ...(engine.containers.get('c1') as ContainerRecord), networks: [{ name: 'app', id: 'n1', ipAddress: '' }, { name: 'backend', id: 'n2', ipAddress: '10.0.0.2' }] });
    source.emit({ kind: 'network', action: 'create', id: 'n2' });
    await quiet(model);
    engine.calls.length = 0;
    changes.length = 0;
    source.emit({ kind: 'network', action: 'connect', id: 'n2', attributes: { container: 'c1', name: 'backend', type: 'bridge' } });
    await quiet(model);
    assert.deepEqual(engine.calls, ['findContainer c1']);
    assert.deepEqual(changes, ['container', 'network']);
    assert.deepEqual(
      model.networks().map((n) => [n.name, n.containers]),
      [
        ['app', ['c1']],
        ['backend', ['c1']],
      ],
    );
  });

  it('reads the container again when the engine lists it before the connect shows, until it agrees', async () => {
    await started();
    engine.networks.set('n2', { id: 'n2', name: 'backend', driver: 'bridge', scope: 'local' });
    source.emit({ kind: 'network', action: 'create', id: 'n2' });
    await quiet(model);
    engine.calls.length = 0;
    // dockerd's order: the event first, the container's listing a moment later.
    source.emit({ kind: 'network', action: 'connect', id: 'n2', attributes: { container: 'c1', name: 'backend', type: 'bridge' } });
    await quiet(model);
    assert.deepEqual(model.networks().find((n) => n.id === 'n2')?.containers, []);
    engine.containers.set('c1', { ...(engine.containers.get('c1') as ContainerRecord), networks: [{ name: 'app', id: 'n1', ipAddress: '' }, { name: 'backend', id: 'n2', ipAddress: '10.0.0.2' }] });
    await new Promise((resolve) => setTimeout(resolve, 450));
    await quiet(model);
    assert.deepEqual(model.networks().find((n) => n.id === 'n2')?.containers, ['c1']);
    const reads = engine.calls.filter((c) => c === 'findContainer c1').length;
    assert.ok(reads >= 2 && reads <= 3, `read again until it agreed, then stopped (${engine.calls.join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(engine.calls.filter((c) => c === 'findContainer c1').length, reads, 'no read once the record agrees');
  });

  it('derives who uses each image, volume and network from the containers', async () => {
    engine.containers.set('c2', container('c2', 'fresh', { imageId: 'sha256:other', mounts: [{ type: 'bind', source: '/host', destination: '/data', readOnly: true }], networks: [{ name: 'app', id: '', ipAddress: '' }] }));
    await started();
    assert.deepEqual(model.images()[0].containers, ['c1']);
    assert.deepEqual(model.volumes()[0].containers, ['c1']);
    // c2 never started: it names the network without its id.
    assert.deepEqual(model.networks()[0].containers, ['c1', 'c2']);
  });

  it('re-lists a kind for an event it cannot act on (shapes Podman sends)', async () => {
    await started();
    source.emit({ kind: 'volume', action: 'create', id: '', attributes: { name: 'vol-from-podman' } });
    await quiet(model);
    assert.deepEqual(engine.calls, ['listVolumes']);

    engine.calls.length = 0;
    source.emit({ kind: 'network', action: 'connect', id: 'n1' });
    await quiet(model);
    assert.deepEqual(engine.calls.sort(), ['listContainers', 'listNetworks']);

    engine.calls.length = 0;
    source.emit({ kind: 'container', action: 'prune', id: '' }, { kind: 'image', action: 'pull', id: '' });
    await quiet(model);
    assert.deepEqual(engine.calls.sort(), ['listContainers', 'listImages']);
  });

  it('re-lists images once for a burst of image events, and for a commit', async () => {
    await started();
    engine.images = [...engine.images, { id: 'sha256:i2', tags: ['app:2'], size: 2, created: new Date(created.getTime() + 1000) }];
    source.emit({ kind: 'image', action: 'tag', id: 'sha256:i2', attributes: { name: 'app:2' } }, { kind: 'image', action: 'untag', id: 'sha256:i1' }, { kind: 'image', action: 'delete', id: 'sha256:i0' });
    await quiet(model);
    assert.deepEqual(engine.calls, ['listImages']);
    assert.deepEqual(model.images().map((i) => i.id), ['sha256:i2', 'sha256:i1']);
    assert.deepEqual(changes, ['image']);

    engine.calls.length = 0;
    source.emit({ kind: 'container', action: 'commit', id: 'c1' });
    await quiet(model);
    assert.deepEqual(engine.calls, ['listImages']);
  });

  it('resyncs everything after the stream reconnects, and reports the problem meanwhile', async () => {
    await started();
    source.disconnect(notRunning);
    assert.deepEqual(model.status, { state: 'problem', error: notRunning });
    engine.containers.clear();
    source.connect();
    await quiet(model);
    assert.deepEqual(engine.calls.sort(), ['listContainers', 'listImages', 'listNetworks', 'listVolumes']);
    assert.deepEqual(model.status, { state: 'ok' });
    assert.deepEqual(model.containers(), []);
    assert.deepEqual(changes, ['status', 'status', 'container', 'image', 'volume', 'network']);
  });

  it('reports a failed read as a problem and re-lists that kind on its next event', async () => {
    await started();
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    engine.failing.set('findContainer c1', refused);
    source.emit({ kind: 'container', action: 'start', id: 'c1' });
    await quiet(model);
    assert.equal(model.status.state, 'problem');
    assert.equal(model.status.state === 'problem' && model.status.error.problem, 'notRunning');
    assert.deepEqual(model.containers().map((c) => c.name), ['web'], 'the last known record stays');

    engine.failing.clear();
    engine.calls.length = 0;
    source.emit({ kind: 'container', action: 'stop', id: 'c1' });
    await quiet(model);
    assert.deepEqual(engine.calls, ['listContainers']);
    assert.deepEqual(model.status, { state: 'ok' });
  });

  it('lets events that arrive during a list wait for it, so an older read never wins', async () => {
    engine.hold('listContainers');
    model.start();
    await nextTick();
    engine.containers.set('c1', container('c1', 'web-renamed'));
    source.emit({ kind: 'container', action: 'rename', id: 'c1' });
    for (let i = 0; i < 5; i++) await nextTick();
    assert.deepEqual(
      engine.calls.filter((c) => c.includes('ontainer')),
      ['listContainers'],
    );
    engine.release('listContainers');
    await quiet(model);
    assert.deepEqual(
      engine.calls.filter((c) => c.includes('ontainer')),
      ['listContainers', 'findContainer c1'],
    );
    assert.equal(model.containers()[0].name, 'web-renamed');
  });

  it('coalesces events that arrive during a read into one more read', async () => {
    await started();
    engine.hold('findContainer c1');
    source.emit({ kind: 'container', action: 'start', id: 'c1' });
    await nextTick();
    await nextTick();
    source.emit({ kind: 'container', action: 'pause', id: 'c1' }, { kind: 'container', action: 'unpause', id: 'c1' });
    await nextTick();
    assert.deepEqual(engine.calls, ['findContainer c1']);
    engine.release('findContainer c1');
    await quiet(model);
    assert.deepEqual(engine.calls, ['findContainer c1', 'findContainer c1']);
  });

  it('re-lists on refresh, and stops listening and calling once disposed', async () => {
    await started();
    model.refresh('volume');
    await quiet(model);
    assert.deepEqual(engine.calls, ['listVolumes']);
    model.dispose();
    assert.equal(source.listenerCount, 0);
    source.emit({ kind: 'container', action: 'start', id: 'c1' });
    model.refresh();
    await nextTick();
    assert.deepEqual(engine.calls, ['listVolumes']);
  });

  it('stops telling a listener once its subscription is disposed, and survives a throwing one', async () => {
    await started();
    const heard: string[] = [];
    const subscription = model.onDidChange('container', () => heard.push('a'));
    model.onDidChange('container', () => {
      throw new Error('listener bug');
    });
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    const mochaHandlers = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    process.on('uncaughtException', onUncaught);
    try {
      engine.containers.set('c1', container('c1', 'one'));
      source.emit({ kind: 'container', action: 'rename', id: 'c1' });
      await quiet(model);
      await new Promise((resolve) => setTimeout(resolve, 0));
      subscription.dispose();
      engine.containers.set('c1', container('c1', 'two'));
      source.emit({ kind: 'container', action: 'rename', id: 'c1' });
      await quiet(model);
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      process.removeListener('uncaughtException', onUncaught);
      mochaHandlers.forEach((handler) => process.on('uncaughtException', handler));
    }
    assert.deepEqual(heard, ['a']);
    assert.equal(model.containers()[0].name, 'two');
    assert.equal(uncaught.length, 2);
  });
});

describe('EventWatcher as the model’s source', () => {
  it('is connected once the stream opens, and tells every listener', async () => {
    let endStream: (() => void) | undefined;
    const engine = {
      endpoint: parseAddress('unix:///fake.sock'),
      version: async () => ({ version: '1', apiVersion: '1.41', os: 'linux', arch: 'amd64' }),
      watchEvents: (onEvent: (event: EngineEvent) => void, signal: AbortSignal, onOpen?: () => void) => {
        onOpen?.();
        onEvent({ kind: 'container', action: 'start', id: 'c1' });
        return new Promise<void>((resolve) => {
          endStream = resolve;
          signal.addEventListener('abort', () => resolve());
        });
      },
    };
    const seen: string[] = [];
    const listener = (name: string): WatcherListener => ({
      onEvent: (e) => seen.push(`${name}:${e.action}`),
      onConnected: () => seen.push(`${name}:connected`),
      onDisconnected: () => seen.push(`${name}:disconnected`),
    });
    const watcher = new EventWatcher(engine as unknown as Engine, listener('a'));
    const added = watcher.addListener(listener('b'));
    try {
      assert.equal(watcher.connected, false);
      watcher.start();
      await nextTick();
      assert.equal(watcher.connected, true);
      assert.deepEqual(seen, ['a:connected', 'b:connected', 'a:start', 'b:start']);
      added.dispose();
      endStream?.();
      await nextTick();
      assert.equal(watcher.connected, false);
      assert.deepEqual(seen.slice(4), ['a:disconnected']);
    } finally {
      watcher.dispose();
    }
  });
});

describe('engine records', () => {
  it('keep the attributes of an event, and take Podman’s top-level id when the actor has none', () => {
    assert.deepEqual(parseEvent('{"Type":"network","Action":"connect","Actor":{"ID":"n1","Attributes":{"container":"c1","name":"app"}}}'), {
      kind: 'network',
      action: 'connect',
      id: 'n1',
      attributes: { container: 'c1', name: 'app' },
    });
    assert.deepEqual(parseEvent('{"status":"create","id":"c9","Type":"container","Action":"create","Actor":{"ID":"","Attributes":null}}'), { kind: 'container', action: 'create', id: 'c9' });
  });

  it('read health from the engine’s status text', () => {
    assert.equal(healthOf('Up 5 minutes (healthy)'), 'healthy');
    assert.equal(healthOf('Up 3 seconds (health: starting)'), 'starting');
    assert.equal(healthOf('Up 1 minute (unhealthy)'), 'unhealthy');
    assert.equal(healthOf('Up 2 hours'), undefined);
    assert.equal(healthOf('Exited (0) 5 seconds ago'), undefined);
  });

  it('split image names into repository and tag, keeping a registry port', () => {
    assert.deepEqual(splitReference('busybox:latest'), { repository: 'busybox', tag: 'latest' });
    assert.deepEqual(splitReference('localhost:5000/team/app:1.2'), { repository: 'localhost:5000/team/app', tag: '1.2' });
    assert.deepEqual(splitReference('localhost:5000/app'), { repository: 'localhost:5000/app', tag: '' });
  });

  it('map a listed container with its ports, mounts, networks, command and compose project', () => {
    const record = toContainerRecord({
      Id: 'c'.repeat(64),
      Names: ['/shop-web-1'],
      Image: 'nginx:1.27',
      ImageID: 'sha256:abc',
      Command: 'nginx -g daemon off;',
      Created: 1_700_000_000,
      Ports: [
        { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
        { PrivatePort: 443, Type: 'tcp' } as never,
      ],
      Labels: { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'web' },
      State: 'running',
      Status: 'Up 5 minutes (healthy)',
      HostConfig: { NetworkMode: 'shop_default' },
      NetworkSettings: { Networks: { shop_default: { NetworkID: 'n1', IPAddress: '172.18.0.2' } as never } },
      Mounts: [{ Type: 'volume', Name: 'shop_data', Source: '/var/lib/docker/volumes/shop_data/_data', Destination: '/data', Driver: 'local', Mode: 'z', RW: false, Propagation: '' }],
    });
    assert.deepEqual(record, {
      id: 'c'.repeat(64),
      name: 'shop-web-1',
      image: 'nginx:1.27',
      state: 'running',
      status: 'Up 5 minutes (healthy)',
      created: new Date(1_700_000_000_000),
      labels: { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'web' },
      imageId: 'sha256:abc',
      command: 'nginx -g daemon off;',
      ports: [
        { containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 },
        { containerPort: 443, protocol: 'tcp' },
      ],
      mounts: [{ type: 'volume', name: 'shop_data', source: '/var/lib/docker/volumes/shop_data/_data', destination: '/data', readOnly: true }],
      networks: [{ name: 'shop_default', id: 'n1', ipAddress: '172.18.0.2' }],
      health: 'healthy',
      composeProject: 'shop',
      composeService: 'web',
    });
  });
});
