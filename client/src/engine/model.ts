import { Engine } from './engine';
import { classifyEngineError, EngineError } from './errors';
import { ContainerRecord, EngineEvent, ImageRecord, NetworkRecord, ObjectKind, VolumeRecord } from './records';
import { WatcherListener } from './watcher';

/** What the model reads from the engine; an Engine, or a double in unit tests. */
export type ModelEngine = Pick<Engine, 'endpoint' | 'listContainers' | 'findContainer' | 'listImages' | 'listVolumes' | 'findVolume' | 'listNetworks' | 'findNetwork'>;

export interface Disposable {
  dispose(): void;
}

/** The event stream the model follows: an EventWatcher. */
export interface EngineEventSource {
  /** True while the stream is open. */
  readonly connected: boolean;
  addListener(listener: WatcherListener): Disposable;
}

export type ModelStatus = { state: 'unknown' } | { state: 'ok' } | { state: 'problem'; error: EngineError };

/** What a change listener subscribes to: one kind of object, or the model's status. */
export type ModelTopic = ObjectKind | 'status';

type AnyRecord = ContainerRecord | ImageRecord | VolumeRecord | NetworkRecord;

/** How the model reads one kind. Images have no `find`: any image change re-lists them. */
interface KindReader {
  list(): Promise<AnyRecord[]>;
  find?(id: string): Promise<AnyRecord | undefined>;
  key(record: AnyRecord): string;
  /** Whether an event's id names this record (networks may be named by name, containers by a prefix). */
  names(record: AnyRecord, id: string): boolean;
}

/** Work due for one kind: a full list, or single objects to re-read (or drop without a call). */
interface KindQueue {
  relist: boolean;
  objects: Map<string, 'fetch' | 'drop'>;
  running: boolean;
  /** A read failed: the next event of this kind re-lists it rather than trust the rest. */
  stale: boolean;
}

const KINDS: readonly ObjectKind[] = ['container', 'image', 'volume', 'network'];

/**
 * Container actions that change nothing a record holds. `kill` is here because a kill that
 * stops the container is always followed by `die`.
 */
const QUIET_CONTAINER_ACTIONS: ReadonlySet<string> = new Set([
  'attach',
  'detach',
  'resize',
  'top',
  'export',
  'copy',
  'archive-path',
  'extract-to-dir',
  'exec_create',
  'exec_start',
  'exec_detach',
  'exec_die',
  'kill',
]);
/**
 * The state a container must show after an event of these actions. Docker (20.10 at least)
 * sends pause, unpause and die before the list endpoint's copy of the container is updated,
 * so a read right after the event can still show the old state; the model then reads again.
 */
const EXPECTED_STATE: ReadonlyMap<string, (state: string) => boolean> = new Map([
  ['start', (state: string) => state !== 'created'],
  ['unpause', (state: string) => state !== 'paused'],
  ['pause', (state: string) => state === 'paused'],
  ['die', (state: string) => state !== 'running' && state !== 'paused'],
  ['stop', (state: string) => state !== 'running' && state !== 'paused'],
]);
/**
 * Delays of the re-reads when a container does not yet show what its events imply (a state, or
 * a network attachment: dockerd also sends a network's connect and disconnect before the
 * container's listing shows them).
 */
const SETTLE_DELAYS_MS = [50, 250, 1000];
const QUIET_IMAGE_ACTIONS: ReadonlySet<string> = new Set(['push', 'save']);
/** Which containers use a volume comes from the container records, not from these. */
const QUIET_VOLUME_ACTIONS: ReadonlySet<string> = new Set(['mount', 'unmount']);

/**
 * One model of the engine's containers, images, volumes and networks, listed once and then
 * kept current from the event stream: each event re-reads only the object it names, a burst
 * within one tick costs one read per object, and nothing happening costs nothing. After the
 * stream reconnects everything is re-listed, since events were missed meanwhile. An event of
 * a shape it cannot act on (Podman leaves out fields Docker sends) re-lists that kind.
 *
 * Which containers use a volume, network or image is derived from the container records, so
 * those need no reads of their own. No vscode import: views subscribe through onDidChange.
 */
export class EngineModel implements Disposable {
  private readonly records = new Map<ObjectKind, Map<string, AnyRecord>>(KINDS.map((kind) => [kind, new Map()]));
  private readonly queues = new Map<ObjectKind, KindQueue>(KINDS.map((kind) => [kind, { relist: false, objects: new Map(), running: false, stale: false }]));
  private readonly readers: Record<ObjectKind, KindReader>;
  private readonly listeners = new Map<ModelTopic, Set<() => void>>();
  private idleWaiters: Array<() => void> = [];
  private subscription: Disposable | undefined;
  private scheduled = false;
  private started = false;
  private disposed = false;
  private currentStatus: ModelStatus = { state: 'unknown' };
  /**
   * Containers whose events imply something a read has not shown yet: per container, what each
   * pending expectation checks (keyed `state` or `network:<id>`, so a later event of the same
   * sort replaces an earlier one), and the re-reads made.
   */
  private readonly expected = new Map<string, { checks: Map<string, (record: ContainerRecord) => boolean>; rereads: number }>();
  private readonly settleTimers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly engine: ModelEngine,
    private readonly source: EngineEventSource,
  ) {
    this.readers = {
      container: {
        list: () => engine.listContainers(),
        find: (id) => engine.findContainer(id),
        key: (r) => (r as ContainerRecord).id,
        names: (r, id) => (r as ContainerRecord).id.startsWith(id),
      },
      image: { list: () => engine.listImages(), key: (r) => (r as ImageRecord).id, names: (r, id) => (r as ImageRecord).id === id },
      volume: {
        list: () => engine.listVolumes(),
        find: (name) => engine.findVolume(name),
        key: (r) => (r as VolumeRecord).name,
        names: (r, name) => (r as VolumeRecord).name === name,
      },
      network: {
        list: () => engine.listNetworks(),
        find: (id) => engine.findNetwork(id),
        key: (r) => (r as NetworkRecord).id,
        names: (r, id) => (r as NetworkRecord).id === id || (r as NetworkRecord).name === id,
      },
    };
  }

  get status(): ModelStatus {
    return this.currentStatus;
  }

  /**
   * Follows the source and lists everything once: now if the stream is open, else when it
   * opens (a list made before would miss what changes in between). The source must be started.
   */
  start(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    this.subscription = this.source.addListener({
      onEvent: (event) => this.onEvent(event),
      onConnected: () => this.resync(),
      onDisconnected: (error) => {
        if (error) this.setStatus({ state: 'problem', error });
      },
    });
    if (this.source.connected) this.resync();
  }

  /** Re-lists one kind, or everything: for the user's Refresh, never needed to stay current. */
  refresh(kind?: ObjectKind): void {
    if (!this.started || this.disposed) return;
    for (const k of kind ? [kind] : KINDS) this.queue(k).relist = true;
    this.schedule();
  }

  /** Newest first, as `docker ps -a`. */
  containers(): ContainerRecord[] {
    return [...this.values<ContainerRecord>('container')].sort((a, b) => b.created.getTime() - a.created.getTime() || a.name.localeCompare(b.name));
  }

  /** Newest first, as `docker images`; `containers` lists who uses each. */
  images(): ImageRecord[] {
    const users = this.usersBy((c) => (c.imageId ? [c.imageId] : []));
    return [...this.values<ImageRecord>('image')]
      .map((image) => ({ ...image, containers: users.get(image.id) ?? [] }))
      .sort((a, b) => b.created.getTime() - a.created.getTime() || a.id.localeCompare(b.id));
  }

  /** By name, as `docker volume ls`; `containers` lists the containers that mount each. */
  volumes(): VolumeRecord[] {
    const users = this.usersBy((c) => (c.mounts ?? []).flatMap((m) => (m.type === 'volume' && m.name ? [m.name] : [])));
    return [...this.values<VolumeRecord>('volume')].map((volume) => ({ ...volume, containers: users.get(volume.name) ?? [] })).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** By name, as `docker network ls`; `containers` lists the containers attached to each. */
  networks(): NetworkRecord[] {
    // A container that never started names its networks without their ids.
    const byId = this.usersBy((c) => (c.networks ?? []).flatMap((n) => (n.id ? [n.id] : [])));
    const byName = this.usersBy((c) => (c.networks ?? []).flatMap((n) => (n.id ? [] : [n.name])));
    return [...this.values<NetworkRecord>('network')]
      .map((network) => ({ ...network, containers: [...(byId.get(network.id) ?? []), ...(byName.get(network.name) ?? [])] }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * Calls `listener` after records of `topic` changed (or the status did). Several changes in a
   * burst may come as one call; the listener reads the model again.
   */
  onDidChange(topic: ModelTopic, listener: () => void): Disposable {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    const entry = () => listener();
    set.add(entry);
    return { dispose: () => set.delete(entry) };
  }

  /** Resolves once every read asked for so far has finished (at once when there is none). */
  settled(): Promise<void> {
    if (this.idle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    this.disposed = true;
    this.settleTimers.forEach((timer) => clearTimeout(timer));
    this.settleTimers.clear();
    this.subscription?.dispose();
    this.subscription = undefined;
    this.listeners.clear();
    this.releaseIdleWaiters();
  }

  private resync(): void {
    if (!this.started || this.disposed) return;
    for (const kind of KINDS) this.queue(kind).relist = true;
    this.schedule();
  }

  private onEvent(event: EngineEvent): void {
    if (!this.started || this.disposed) return;
    const action = event.action.split(':')[0].trim();
    switch (event.kind) {
      case 'container':
        if (QUIET_CONTAINER_ACTIONS.has(action)) return;
        // A commit makes an image, tagged or not; only a tag sends an image event.
        if (action === 'commit') this.relist('image');
        else if (!event.id) this.relist('container');
        else {
          const accepts = EXPECTED_STATE.get(action);
          if (accepts) this.expect(event.id, 'state', (record) => accepts(record.state));
          else if (action === 'destroy') this.expected.delete(event.id);
          this.touch('container', event.id, action === 'destroy' ? 'drop' : 'fetch');
        }
        break;
      case 'image':
        // A tag can move from one image to another, an untag can leave an image dangling, a
        // pull or load can replace a tag's image: only a fresh list shows every image involved.
        if (QUIET_IMAGE_ACTIONS.has(action)) return;
        this.relist('image');
        break;
      case 'volume':
        if (QUIET_VOLUME_ACTIONS.has(action)) return;
        if (!event.id) this.relist('volume');
        else this.touch('volume', event.id, action === 'destroy' ? 'drop' : 'fetch');
        break;
      case 'network':
        if (action === 'connect' || action === 'disconnect') {
          // The attachment lives in the container's record; the network's own record is unchanged.
          const container = event.attributes?.container;
          if (container) {
            this.touch('container', container, 'fetch');
            if (event.id) this.expect(container, `network:${event.id}`, this.showsAttachment(event.id, action === 'connect'));
          } else {
            this.relist('container');
            this.relist('network');
          }
        } else if (!event.id) this.relist('network');
        else this.touch('network', event.id, action === 'destroy' ? 'drop' : 'fetch');
        break;
      default:
        return;
    }
    this.schedule();
  }

  /** Notes what a read of the container must show; `settle` re-reads until it does. */
  private expect(id: string, key: string, check: (record: ContainerRecord) => boolean): void {
    // A new entry, so that a re-read already waiting for the old one is dropped (see `settle`).
    const checks = new Map(this.expected.get(id)?.checks);
    checks.set(key, check);
    this.expected.set(id, { checks, rereads: 0 });
  }

  /** Whether a container's record shows it attached to (or detached from) a network. */
  private showsAttachment(networkId: string, attached: boolean): (record: ContainerRecord) => boolean {
    return (record) => {
      // A container that stops is disconnected from its networks but still lists them.
      if (!attached && record.state !== 'running') return true;
      const network = this.store('network').get(networkId) as NetworkRecord | undefined;
      const names = (n: { id: string; name: string }) => n.id === networkId || n.name === networkId || (network !== undefined && n.name === network.name);
      return (record.networks ?? []).some(names) === attached;
    };
  }

  /** Reads a container again, a little later, while it does not show what its events imply. */
  private settle(id: string, record: ContainerRecord | undefined): void {
    const expected = this.expected.get(id);
    if (!expected) return;
    if (record) for (const [key, check] of expected.checks) if (check(record)) expected.checks.delete(key);
    if (!record || expected.checks.size === 0 || expected.rereads >= SETTLE_DELAYS_MS.length) {
      this.expected.delete(id);
      return;
    }
    const timer = setTimeout(() => {
      this.settleTimers.delete(timer);
      // Not when a later event's read already showed its state (or set a new expectation).
      if (this.disposed || this.expected.get(id) !== expected) return;
      this.touch('container', id, 'fetch');
      this.schedule();
    }, SETTLE_DELAYS_MS[expected.rereads++]);
    this.settleTimers.add(timer);
  }

  private relist(kind: ObjectKind): void {
    this.queue(kind).relist = true;
  }

  private touch(kind: ObjectKind, id: string, what: 'fetch' | 'drop'): void {
    const queue = this.queue(kind);
    if (queue.stale) {
      queue.relist = true;
      return;
    }
    // Once an object is destroyed, no later event for it can bring it back.
    if (queue.objects.get(id) !== 'drop') queue.objects.set(id, what);
  }

  /** Runs the due work on the next tick, so that a burst of events costs one read per object. */
  private schedule(): void {
    if (this.scheduled || this.disposed) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      for (const kind of KINDS) void this.run(kind);
      if (this.idle()) this.releaseIdleWaiters();
    });
  }

  /**
   * One unit of work for a kind. Work for one kind runs one unit at a time, so a read never
   * overwrites a newer one; events arriving meanwhile wait for the next unit.
   */
  private async run(kind: ObjectKind): Promise<void> {
    const queue = this.queue(kind);
    if (queue.running || this.disposed || (!queue.relist && queue.objects.size === 0)) return;
    queue.running = true;
    const derivedBefore = kind === 'container' ? this.derivedSignatures() : undefined;
    let changed = false;
    let failure: EngineError | undefined;
    try {
      if (queue.relist) {
        // The list reads everything the pending events named.
        queue.relist = false;
        queue.objects.clear();
        try {
          const list = await this.reader(kind).list();
          if (!this.disposed) {
            changed = this.replaceAll(kind, list);
            queue.stale = false;
          }
        } catch (error) {
          failure = classifyEngineError(error, this.engine.endpoint);
        }
      } else {
        const batch = [...queue.objects];
        queue.objects.clear();
        const reader = this.reader(kind);
        const results = await Promise.allSettled(batch.map(([id, what]) => (what === 'drop' || !reader.find ? Promise.resolve(undefined) : reader.find(id))));
        if (!this.disposed) {
          results.forEach((result, i) => {
            if (result.status === 'fulfilled') {
              changed = this.put(kind, batch[i][0], result.value) || changed;
              if (kind === 'container') this.settle(batch[i][0], result.value as ContainerRecord | undefined);
            } else failure = classifyEngineError(result.reason, this.engine.endpoint);
          });
        }
      }
    } finally {
      queue.running = false;
    }
    if (this.disposed) return;
    if (failure) {
      queue.stale = true;
      this.setStatus({ state: 'problem', error: failure });
    } else if (this.source.connected) {
      this.setStatus({ state: 'ok' });
    }
    this.schedule();
    if (changed) {
      const topics: ModelTopic[] = [kind];
      if (derivedBefore) {
        const after = this.derivedSignatures();
        for (const derived of ['image', 'volume', 'network'] as const) if (after[derived] !== derivedBefore[derived]) topics.push(derived);
      }
      topics.forEach((topic) => this.emit(topic));
    }
  }

  private replaceAll(kind: ObjectKind, list: AnyRecord[]): boolean {
    const reader = this.reader(kind);
    const old = this.store(kind);
    const fresh = new Map(list.map((record) => [reader.key(record), record]));
    let changed = old.size !== fresh.size;
    for (const [key, record] of fresh) if (!changed && !same(old.get(key), record)) changed = true;
    this.records.set(kind, fresh);
    return changed;
  }

  /** Stores what a read of `id` found; nothing found means the object is gone. */
  private put(kind: ObjectKind, id: string, record: AnyRecord | undefined): boolean {
    const reader = this.reader(kind);
    const store = this.store(kind);
    if (!record) {
      let changed = false;
      for (const [key, existing] of store) {
        if (reader.names(existing, id)) {
          store.delete(key);
          changed = true;
        }
      }
      return changed;
    }
    const key = reader.key(record);
    if (same(store.get(key), record)) return false;
    store.set(key, record);
    return true;
  }

  /** What the derived `containers` fields of images, volumes and networks depend on. */
  private derivedSignatures(): Record<'image' | 'volume' | 'network', string> {
    const containers = [...this.values<ContainerRecord>('container')].sort((a, b) => a.id.localeCompare(b.id));
    return {
      image: containers.map((c) => `${c.id}>${c.imageId ?? ''}`).join('|'),
      volume: containers.map((c) => `${c.id}>${(c.mounts ?? []).map((m) => m.name ?? '').join(',')}`).join('|'),
      network: containers.map((c) => `${c.id}>${(c.networks ?? []).map((n) => n.id || n.name).join(',')}`).join('|'),
    };
  }

  /** Container ids by whatever `keys` says each container uses. */
  private usersBy(keys: (container: ContainerRecord) => string[]): Map<string, string[]> {
    const users = new Map<string, string[]>();
    for (const container of this.values<ContainerRecord>('container')) {
      for (const key of new Set(keys(container))) {
        const list = users.get(key);
        if (list) list.push(container.id);
        else users.set(key, [container.id]);
      }
    }
    return users;
  }

  private setStatus(next: ModelStatus): void {
    const previous = this.currentStatus;
    this.currentStatus = next;
    const changed = previous.state !== next.state || (previous.state === 'problem' && next.state === 'problem' && previous.error.problem !== next.error.problem);
    if (changed) this.emit('status');
  }

  /** A throwing listener must not keep the others from hearing, nor stop the model. */
  private emit(topic: ModelTopic): void {
    for (const listener of [...(this.listeners.get(topic) ?? [])]) {
      try {
        listener();
      } catch (error) {
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  private idle(): boolean {
    return !this.scheduled && KINDS.every((kind) => {
      const queue = this.queue(kind);
      return !queue.running && !queue.relist && queue.objects.size === 0;
    });
  }

  private releaseIdleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  private values<R extends AnyRecord>(kind: ObjectKind): IterableIterator<R> {
    return this.store(kind).values() as IterableIterator<R>;
  }

  private store(kind: ObjectKind): Map<string, AnyRecord> {
    return this.records.get(kind) as Map<string, AnyRecord>;
  }

  private queue(kind: ObjectKind): KindQueue {
    return this.queues.get(kind) as KindQueue;
  }

  private reader(kind: ObjectKind): KindReader {
    return this.readers[kind];
  }
}

function same(a: AnyRecord | undefined, b: AnyRecord): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
