import Docker from 'dockerode';
import { Endpoint, MIN_API_VERSION, negotiateApiVersion } from './endpoint';
import { classifyEngineError, EngineError } from './errors';
import { CreateBody } from './run/options';
import { SshAgent } from './ssh';
import { loadTls } from './tls';
import { ImageHistoryEntry, ImageRemoval, PruneResult } from './objectResults';
import { runApiBuild } from './build/apiBuild';
import { BuildEvent } from './build/progress';
import { BuildCancelled, BuildError, BuildRequest, BuildResult } from './build/request';
import { toContainerRecord, toImageRecord, toNetworkRecord, toVolumeRecord } from './inspect';
import { ContainerRecord, EngineEvent, ImageRecord, NetworkRecord, ObjectKind, VolumeRecord } from './records';
import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { Demuxer, StreamName } from './demux';
import { exitCodeOf, ShellSession, TerminalSize } from './exec';
import { LogOptions } from './logs';

export type { ImageHistoryEntry, ImageRemoval, PruneResult };
import { DiskUsage, PruneFilters, SystemInfo } from './system';

/** How long a plain API call may take before the engine counts as unreachable. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface CommitOptions {
  repo: string;
  tag: string;
  author?: string;
  message?: string;
  /** Dockerfile instructions, one per entry, e.g. `CMD ["sh"]`. */
  changes: string[];
  /** Pause the container while committing (docker commit's default). */
  pause: boolean;
}

/** A container was created but did not start; it is still there (created), under `containerId`. */
export class StartFailedError extends Error {
  constructor(
    readonly containerId: string,
    override readonly cause: EngineError,
  ) {
    super(`The container ${containerId} was created but did not start: ${cause.detail}`);
    this.name = 'StartFailedError';
  }
}

export interface EngineVersion {
  version: string;
  apiVersion: string;
  os: string;
  arch: string;
}

/**
 * The one place that talks to Docker. Every failure comes out as an EngineError that says why.
 * Constructing an Engine contacts nothing; the first call does.
 */
export class Engine {
  private connection: { docker: Docker; streams: Docker } | undefined;
  private negotiation: Promise<void> | undefined;
  private negotiatedVersion: string | undefined;

  constructor(readonly endpoint: Endpoint) {}

  private get docker(): Docker {
    return this.connect().docker;
  }

  /** Long-lived streams (events, logs) must not hit the per-request idle timeout. */
  private get streams(): Docker {
    return this.connect().streams;
  }

  /** The API version in use, once the first call has asked the engine. */
  get apiVersion(): string | undefined {
    return this.negotiatedVersion;
  }

  /**
   * Made on first use, inside a call, so that unreadable TLS files come out of that call as an
   * EngineError; so does the environment when dockerode's own defaults (which it reads from
   * DOCKER_HOST and DOCKER_CERT_PATH even when told where to go) cannot be parsed or read.
   */
  private connect(): { docker: Docker; streams: Docker } {
    if (!this.connection) {
      let options: Docker.DockerOptions;
      try {
        options = dockerodeOptions(this.endpoint);
      } catch (error) {
        throw new EngineError('tls', this.endpoint.address, (error as Error).message);
      }
      try {
        this.connection = { docker: new Docker({ ...options, timeout: REQUEST_TIMEOUT_MS }), streams: new Docker(options) };
      } catch (error) {
        throw new EngineError('wrongHost', this.endpoint.address, `DOCKER_HOST or DOCKER_CERT_PATH cannot be used: ${(error as Error).message}`);
      }
    }
    return this.connection;
  }

  /**
   * Asks the unversioned /version once, then pins every request to the lower of the engine's
   * API version and the newest Berth knows. A failure is not remembered: the next call asks again.
   */
  private negotiate(): Promise<void> {
    this.negotiation ??= (async () => {
      const { docker, streams } = this.connect();
      const reported = (await docker.version()).ApiVersion;
      const version = negotiateApiVersion(reported);
      if (!version) throw new EngineError('apiTooOld', this.endpoint.address, `The engine speaks API ${reported}; Berth needs ${MIN_API_VERSION} or newer`);
      // docker-modem prefixes every path with its `version`.
      for (const client of [docker, streams]) (client.modem as { version?: string }).version = `v${version}`;
      this.negotiatedVersion = version;
    })().catch((error: unknown) => {
      this.negotiation = undefined;
      throw error;
    });
    return this.negotiation;
  }

  async version(): Promise<EngineVersion> {
    const v = await this.call(() => this.docker.version());
    return { version: v.Version, apiVersion: v.ApiVersion, os: v.Os, arch: v.Arch };
  }

  async listContainers(): Promise<ContainerRecord[]> {
    const list = await this.call(() => this.docker.listContainers({ all: true }));
    return list.map(toContainerRecord);
  }

  /**
   * One container, read through the same list endpoint (filtered by id) as listContainers, so
   * that both give the same record, the engine's own status text included. Undefined when the
   * engine has no such container.
   */
  async findContainer(id: string): Promise<ContainerRecord | undefined> {
    const list = await this.call(() => this.docker.listContainers({ all: true, filters: { id: [id] } }));
    // The engine matches the id filter as a pattern; keep only the container asked for.
    const found = list.find((c) => c.Id === id) ?? list.find((c) => c.Id.startsWith(id));
    return found && toContainerRecord(found);
  }

  // ---- containers: lifecycle and management

  /**
   * Starts, stops or restarts a container. Starting a running container or stopping a stopped
   * one is not an error (the engine answers 304: nothing to do).
   */
  async containerAction(id: string, action: 'start' | 'stop' | 'restart'): Promise<void> {
    await this.call(async () => {
      try {
        // Stopping waits up to the container's grace period (10 s by default) before SIGKILL:
        // longer than a plain request may take, so these go without the request timeout.
        const container = (action === 'start' ? this.docker : this.streams).getContainer(id);
        if (action === 'start') await container.start();
        else if (action === 'stop') await container.stop();
        else await container.restart();
      } catch (error) {
        if ((error as { statusCode?: unknown } | undefined)?.statusCode !== 304) throw error;
      }
    });
  }

  /** Removes a container; `force` also stops a running one, `volumes` removes its anonymous volumes. */
  async removeContainer(id: string, options: { force: boolean; volumes: boolean }): Promise<void> {
    await this.call(() => this.docker.getContainer(id).remove({ force: options.force, v: options.volumes }));
  }

  /** Pauses a running container (its processes are frozen, nothing is lost). */
  async pauseContainer(id: string): Promise<void> {
    await this.call(() => this.docker.getContainer(id).pause());
  }

  async unpauseContainer(id: string): Promise<void> {
    await this.call(() => this.docker.getContainer(id).unpause());
  }

  /** Sends a signal (SIGKILL unless told otherwise) to the container's main process. */
  async killContainer(id: string, signal = 'SIGKILL'): Promise<void> {
    await this.call(() => this.docker.getContainer(id).kill({ signal }));
  }

  /** Renames a container; the engine refuses a name in use (409) or an invalid one (400). */
  async renameContainer(id: string, name: string): Promise<void> {
    await this.call(() => this.docker.getContainer(id).rename({ name }));
  }

  /** Removes every stopped container (matching `filters`, when given) through the engine's prune. */
  async pruneContainers(filters?: PruneFilters): Promise<PruneResult> {
    const result = (await this.call(() => this.streams.pruneContainers(pruneOptions(filters)))) as { ContainersDeleted?: string[] | null; SpaceReclaimed?: number };
    return { removed: result.ContainersDeleted ?? [], spaceReclaimed: result.SpaceReclaimed ?? 0 };
  }

  // ---- images

  async listImages(): Promise<ImageRecord[]> {
    const list = await this.call(() => this.docker.listImages());
    return list.map(toImageRecord);
  }

  /**
   * Removes an image by id or `repo:tag`. A name whose image has other names left only loses
   * that name (untag). `force` also removes an image that stopped containers use (the engine still
   * refuses one a running container uses); `noprune` keeps untagged parents.
   */
  async removeImage(nameOrId: string, options: { force?: boolean; noprune?: boolean } = {}): Promise<ImageRemoval> {
    const result = (await this.call(() => this.docker.getImage(nameOrId).remove({ force: options.force ?? false, noprune: options.noprune ?? false }))) as Array<{ Untagged?: string; Deleted?: string }> | undefined;
    const entries = Array.isArray(result) ? result : [];
    return { untagged: entries.flatMap((e) => (e.Untagged ? [e.Untagged] : [])), deleted: entries.flatMap((e) => (e.Deleted ? [e.Deleted] : [])) };
  }

  /** Gives image `id` the name `repository:tag` (moving the name if another image had it). */
  async tagImage(id: string, repository: string, tag: string): Promise<void> {
    await this.call(() => this.docker.getImage(id).tag({ repo: repository, tag }));
  }

  /** The image's layers, newest first, as `docker history` shows them. */
  async imageHistory(id: string): Promise<ImageHistoryEntry[]> {
    const list = (await this.call(() => this.docker.getImage(id).history())) as Array<{ Id?: string; Created?: number; CreatedBy?: string; Tags?: string[] | null; Size?: number; Comment?: string }>;
    return (list ?? []).map((h) => ({
      id: h.Id && h.Id !== '<missing>' ? h.Id : undefined,
      created: new Date((h.Created ?? 0) * 1000),
      createdBy: h.CreatedBy ?? '',
      tags: h.Tags ?? [],
      size: h.Size ?? 0,
      comment: h.Comment ?? '',
    }));
  }

  /**
   * Prunes run without the per-request timeout: the engine answers only when done, which takes
   * long with many images; the caller's progress can be cancelled instead.
   *
   * Prunes images: only dangling ones unless `all` (then every image no container uses).
   * `labels` (`key` or `key=value`) limits it to images with those labels.
   */
  async pruneImages(options: { all?: boolean; labels?: string[] } = {}): Promise<PruneResult> {
    const filters: Record<string, string[]> = { dangling: [options.all ? 'false' : 'true'] };
    if (options.labels?.length) filters.label = options.labels;
    const result = await this.call(() => this.streams.pruneImages({ filters }));
    const removed = (result.ImagesDeleted ?? []).flatMap((e) => (e.Deleted ? [e.Deleted] : []));
    return { removed, spaceReclaimed: result.SpaceReclaimed ?? 0 };
  }

  // ---- volumes

  async listVolumes(): Promise<VolumeRecord[]> {
    const result = await this.call(() => this.docker.listVolumes());
    return (result.Volumes ?? []).map(toVolumeRecord);
  }

  /** One volume by name; undefined when the engine has no such volume. */
  async findVolume(name: string): Promise<VolumeRecord | undefined> {
    const volume = await this.find(() => this.docker.getVolume(name).inspect());
    return volume && toVolumeRecord(volume);
  }

  /**
   * Each volume's size in bytes, by name, from the engine's disk usage (`/system/df`). Costly
   * (the engine walks every volume): for a user's request, never for keeping a view current.
   * -1 where the engine does not know (drivers other than `local`).
   */
  async volumeSizes(): Promise<Map<string, number>> {
    const usage = (await this.call(() => this.docker.df())) as { Volumes?: Array<{ Name: string; UsageData?: { Size?: number } | null }> | null };
    return new Map((usage.Volumes ?? []).map((volume) => [volume.Name, volume.UsageData?.Size ?? -1]));
  }

  /** Creates a volume; the engine answers with the existing one when the name is taken by the same driver. */
  async createVolume(options: { name: string; driver?: string; labels?: Record<string, string> }): Promise<VolumeRecord> {
    const volume = await this.call(async () => {
      // dockerode answers with a handle, not the engine's record.
      const created = (await this.docker.createVolume({ Name: options.name, Driver: options.driver || 'local', Labels: options.labels ?? {} })) as unknown as Docker.Volume;
      return created.inspect();
    });
    return toVolumeRecord(volume);
  }

  /** Removes a volume; the engine refuses one a container (in any state) uses. */
  async removeVolume(name: string): Promise<void> {
    await this.call(() => this.docker.getVolume(name).remove());
  }

  /**
   * What a volume prune without `all` removes: from API 1.42 the engine prunes only anonymous
   * volumes unless asked for all; before, every unused volume.
   */
  async volumePruneDefault(): Promise<'anonymous' | 'all'> {
    await this.call(async () => undefined);
    return apiAtLeast(this.negotiatedVersion, 1, 42) ? 'anonymous' : 'all';
  }

  /**
   * Prunes unused volumes. `all` also prunes named ones (only meaningful from API 1.42, where
   * the default is anonymous volumes only; older engines always prune all unused volumes).
   */
  async pruneVolumes(options: { all?: boolean; labels?: string[] } = {}): Promise<PruneResult> {
    return this.call(async () => {
      const filters: Record<string, string[]> = {};
      if (options.all && apiAtLeast(this.negotiatedVersion, 1, 42)) filters.all = ['true'];
      if (options.labels?.length) filters.label = options.labels;
      const result = await this.streams.pruneVolumes({ filters } as Docker.VolumePruneOptions);
      return { removed: result.VolumesDeleted ?? [], spaceReclaimed: result.SpaceReclaimed ?? 0 };
    });
  }

  // ---- networks

  async listNetworks(): Promise<NetworkRecord[]> {
    const list = await this.call(() => this.docker.listNetworks());
    return list.map(toNetworkRecord);
  }

  /** One network by id (or name); undefined when the engine has no such network. */
  async findNetwork(id: string): Promise<NetworkRecord | undefined> {
    const network = await this.find(() => this.docker.getNetwork(id).inspect() as Promise<Docker.NetworkInspectInfo>);
    return network && toNetworkRecord(network);
  }

  /** Creates a network; `subnet` and `gateway` go into its IPAM configuration. */
  async createNetwork(options: { name: string; driver?: string; subnet?: string; gateway?: string; internal?: boolean; labels?: Record<string, string> }): Promise<string> {
    const config: Record<string, string> = {};
    if (options.subnet) config.Subnet = options.subnet;
    if (options.gateway) config.Gateway = options.gateway;
    const network = await this.call(() =>
      this.docker.createNetwork({
        Name: options.name,
        Driver: options.driver || 'bridge',
        Internal: options.internal ?? false,
        CheckDuplicate: true,
        Labels: options.labels ?? {},
        ...(options.subnet ? { IPAM: { Driver: 'default', Config: [config] } } : {}),
      }),
    );
    return network.id;
  }

  /** Removes a network; the engine refuses predefined networks and networks with containers attached. */
  async removeNetwork(id: string): Promise<void> {
    await this.call(() => this.docker.getNetwork(id).remove());
  }

  async connectNetwork(networkId: string, containerId: string): Promise<void> {
    await this.call(() => this.docker.getNetwork(networkId).connect({ Container: containerId }));
  }

  async disconnectNetwork(networkId: string, containerId: string, force = false): Promise<void> {
    await this.call(() => this.docker.getNetwork(networkId).disconnect({ Container: containerId, Force: force }));
  }

  /** Prunes networks no container uses (never the predefined ones); `labels` limits it. */
  async pruneNetworks(options: { labels?: string[] } = {}): Promise<PruneResult> {
    const filters: Record<string, string[]> = {};
    if (options.labels?.length) filters.label = options.labels;
    const result = await this.call(() => this.streams.pruneNetworks({ filters }));
    return { removed: result.NetworksDeleted ?? [], spaceReclaimed: 0 };
  }

  // ---- system: info, disk usage, prune everything

  /** The engine's own JSON for one object (`docker inspect`), as it came. */
  async inspect(kind: ObjectKind, id: string): Promise<unknown> {
    return this.call(async () => {
      switch (kind) {
        case 'container':
          return this.docker.getContainer(id).inspect();
        case 'image':
          return this.docker.getImage(id).inspect();
        case 'volume':
          return this.docker.getVolume(id).inspect();
        case 'network':
          return this.docker.getNetwork(id).inspect();
      }
    });
  }

  async systemInfo(): Promise<SystemInfo> {
    const [info, version] = await Promise.all([this.call(() => this.docker.info() as Promise<RawInfo>), this.call(() => this.docker.version())]);
    return {
      name: info.Name ?? '',
      serverVersion: info.ServerVersion ?? version.Version,
      apiVersion: this.negotiatedVersion ?? version.ApiVersion,
      engineApiVersion: version.ApiVersion,
      operatingSystem: info.OperatingSystem ?? '',
      osType: info.OSType ?? version.Os,
      architecture: info.Architecture ?? version.Arch,
      kernelVersion: info.KernelVersion ?? version.KernelVersion ?? '',
      storageDriver: info.Driver ?? '',
      cpus: info.NCPU ?? 0,
      memoryBytes: info.MemTotal ?? 0,
      rootDir: info.DockerRootDir ?? '',
      containers: { total: info.Containers ?? 0, running: info.ContainersRunning ?? 0, paused: info.ContainersPaused ?? 0, stopped: info.ContainersStopped ?? 0 },
      images: info.Images ?? 0,
    };
  }

  /** `docker system df`: what images, containers, volumes and the build cache take on disk. */
  async diskUsage(): Promise<DiskUsage> {
    // Sizing every layer and volume can take longer than a plain request may.
    const df = (await this.call(() => this.streams.df())) as RawDiskUsage;
    return {
      layersSize: df.LayersSize ?? 0,
      images: (df.Images ?? []).map((i) => ({
        id: i.Id,
        tags: (i.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
        size: i.Size ?? 0,
        sharedSize: i.SharedSize ?? -1,
        containers: i.Containers ?? -1,
      })),
      containers: (df.Containers ?? []).map((c) => ({ id: c.Id, name: (c.Names?.[0] ?? c.Id.slice(0, 12)).replace(/^\//, ''), state: c.State ?? '', sizeRw: c.SizeRw ?? 0 })),
      volumes: (df.Volumes ?? []).map((v) => ({ name: v.Name, refCount: v.UsageData?.RefCount ?? -1, size: v.UsageData?.Size ?? -1 })),
      buildCache: (df.BuildCache ?? []).map((b) => ({ id: b.ID, inUse: b.InUse === true, shared: b.Shared === true, size: b.Size ?? 0 })),
    };
  }

  /** Removes the build cache no build uses (`until` is the only filter the cache knows of these). */
  async pruneBuildCache(filters?: PruneFilters): Promise<PruneResult> {
    // dockerode's pruneBuilder sends no query; the endpoint takes the same filters as the others.
    const query = filters?.until ? { filters: JSON.stringify({ until: [filters.until] }) } : {};
    const result = (await this.call(
      () =>
        new Promise<unknown>((resolve, reject) =>
          this.streams.modem.dial({ path: '/build/prune?', method: 'POST', options: query, statusCodes: { 200: true, 500: 'server error' } }, (error: unknown, data: unknown) => (error ? reject(error) : resolve(data))),
        ),
    )) as { CachesDeleted?: string[] | null; SpaceReclaimed?: number };
    return { removed: result.CachesDeleted ?? [], spaceReclaimed: result.SpaceReclaimed ?? 0 };
  }

  // ---- exec and logs

  /**
   * The shell to open in a running container: bash when it has one, else sh, as the container's
   * own sh finds them. Undefined when it has no sh to ask (the caller says so, or uses the
   * `berth.shell` setting).
   */
  async detectShell(id: string): Promise<string | undefined> {
    let out = '';
    const code = await this.runCommand(id, ['sh', '-c', 'command -v bash || command -v sh'], {
      onOutput: (stream, data) => {
        if (stream === 'stdout') out += data.toString('utf8');
      },
    });
    const path = out.trim().split('\n')[0]?.trim();
    return code === 0 && path ? path : undefined;
  }

  /**
   * Runs a one-off command in a running container without a TTY, handing on its stdout and
   * stderr apart as they come. Resolves to its exit code (undefined when aborted or unknown).
   */
  async runCommand(id: string, cmd: string[], options: { onOutput: (stream: StreamName, data: Buffer) => void; signal?: AbortSignal }): Promise<number | undefined> {
    const mark = sessionMark();
    const exec = await this.call(() => this.docker.getContainer(id).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true, Tty: false, Env: options.signal ? [mark] : undefined }));
    // The output may pause for longer than a plain request's idle timeout: read it on `streams`.
    const stream = (await this.call(() => this.streams.getExec(exec.id).start({ Detach: false, Tty: false, abortSignal: options.signal }))) as NodeJS.ReadableStream;
    const demuxer = new Demuxer(options.onOutput);
    await new Promise<void>((resolve) => {
      stream.on('data', (chunk: Buffer) => demuxer.push(chunk));
      stream.once('end', resolve);
      stream.once('close', resolve);
      stream.once('error', () => resolve());
    });
    if (options.signal?.aborted) {
      // Going away does not stop the process: end it, and what it started.
      await this.hangUp(id, mark).catch(() => undefined);
      return undefined;
    }
    return exitCodeOf(exec);
  }

  /**
   * Starts `cmd` in a running container with a TTY of `size` and stdin attached, over a
   * hijacked connection. `env` adds to the container's environment (e.g. TERM).
   */
  async openShell(id: string, cmd: string[], size: TerminalSize, env: string[] = []): Promise<ShellSession> {
    const mark = sessionMark();
    const exec = await this.call(() =>
      this.docker.getContainer(id).exec({ Cmd: cmd, AttachStdin: true, AttachStdout: true, AttachStderr: true, Tty: true, Env: [...env, mark] }),
    );
    const socket = (await this.call(() => this.streams.getExec(exec.id).start({ hijack: true, stdin: true, Tty: true }))) as unknown as Duplex;
    const session = new ShellSession(exec, socket, (request) => this.call(request), () => this.hangUp(id, mark));
    // The TTY starts at 0x0 until told; a failure here leaves the default, not a dead shell.
    await session.resize(size).catch(() => undefined);
    return session;
  }

  /**
   * Opens a container's log stream: raw bytes, multiplexed unless `tty` (the container has a
   * TTY). Timestamps are always asked for (LogDecoder shows or drops them). Ends when the
   * container stops (when following) or `signal` aborts.
   */
  async openLogs(id: string, options: LogOptions, signal?: AbortSignal): Promise<{ tty: boolean; stream: NodeJS.ReadableStream }> {
    const info = await this.call(() => this.docker.getContainer(id).inspect());
    const query: Record<string, string | boolean> = { follow: options.follow, stdout: true, stderr: true, timestamps: true, tail: String(options.tail) };
    if (options.since) query.since = options.since;
    const modem = this.streams.modem as { dial(options: object, callback: (error: unknown, data: unknown) => void): void };
    const stream = await this.call(
      () =>
        new Promise<NodeJS.ReadableStream>((resolve, reject) =>
          modem.dial(
            {
              path: `/containers/${encodeURIComponent(id)}/logs?`,
              method: 'GET',
              isStream: true,
              abortSignal: signal,
              statusCodes: { 200: true, 404: 'no such container', 500: 'server error' },
              options: query,
            },
            (error, data) => (error ? reject(error) : resolve(data as NodeJS.ReadableStream)),
          ),
        ),
    );
    return { tty: info.Config.Tty === true, stream };
  }

  /**
   * Sends SIGHUP to every process in the container whose environment carries `mark`: an exec's
   * process and what it started. The engine has no call to stop an exec, and keeps its process
   * running when the client goes away.
   */
  private async hangUp(id: string, mark: string): Promise<void> {
    const script = `for p in /proc/[0-9]*; do if grep -q '${mark}' "$p/environ" 2>/dev/null; then kill -HUP "\${p#/proc/}" 2>/dev/null; fi; done; true`;
    await this.runCommand(id, ['sh', '-c', script], { onOutput: () => undefined });
  }

  /** Whether a container is running; undefined when the engine has no such container. */
  async isRunning(id: string): Promise<boolean | undefined> {
    const info = await this.find(() => this.docker.getContainer(id).inspect());
    return info && info.State.Running;
  }

  // ---- run, build and commit

  /**
   * Builds an image with the Engine API's classic builder, streaming the context (with
   * .dockerignore) and passing progress on. A failing step rejects with a BuildError, `signal`
   * with BuildCancelled; an unreachable engine with an EngineError.
   */
  async buildImage(request: BuildRequest, onEvent: (event: BuildEvent) => void, signal: AbortSignal): Promise<BuildResult> {
    try {
      await this.negotiate();
      return await runApiBuild(this.streams, request, onEvent, signal);
    } catch (error) {
      if (error instanceof BuildError || error instanceof BuildCancelled) throw error;
      // A context that cannot be read is the user's folder, not the engine.
      if (['scandir', 'lstat', 'open', 'read', 'readlink'].includes((error as { syscall?: string } | undefined)?.syscall ?? '')) throw error;
      throw classifyEngineError(error, this.endpoint);
    }
  }

  /** How many CPUs the engine has (`--cpus` cannot exceed it). */
  async cpuCount(): Promise<number> {
    return (await this.call(() => this.docker.info() as Promise<{ NCPU: number }>)).NCPU;
  }

  /** Creates a container from a create body (see run/options.ts); resolves to its id. */
  async createContainer(name: string | undefined, body: CreateBody): Promise<string> {
    const container = await this.call(() => this.docker.createContainer({ ...(body as Docker.ContainerCreateOptions), name }));
    return container.id;
  }

  /**
   * Creates and starts a container. `beforeStart` runs between the two (an interactive run
   * attaches there, so no output is missed). When the start fails, the container is left as the
   * engine has it (created) and a StartFailedError names it, so the user can decide what to do.
   */
  async runContainer(name: string | undefined, body: CreateBody, beforeStart?: (id: string) => Promise<void>): Promise<string> {
    const id = await this.createContainer(name, body);
    try {
      await beforeStart?.(id);
      await this.call(() => this.docker.getContainer(id).start());
    } catch (error) {
      throw new StartFailedError(id, error instanceof EngineError ? error : classifyEngineError(error, this.endpoint));
    }
    return id;
  }

  /**
   * Attaches to a container's stdin, stdout and stderr (one raw stream for a TTY container).
   * The stream is long-lived: it does not use the per-request timeout.
   */
  async attachContainer(id: string): Promise<NodeJS.ReadWriteStream> {
    return (await this.call(() => this.streams.getContainer(id).attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true }))) as NodeJS.ReadWriteStream;
  }

  /** Sets a TTY container's terminal size. */
  async resizeContainer(id: string, rows: number, columns: number): Promise<void> {
    await this.call(() => this.docker.getContainer(id).resize({ h: rows, w: columns }));
  }

  /** The container's full inspect; undefined when there is no such container. */
  async inspectContainer(id: string): Promise<Docker.ContainerInspectInfo | undefined> {
    return this.find(() => this.docker.getContainer(id).inspect());
  }

  /** The image's full inspect, by name or id; undefined when there is no such image. */
  async inspectImage(ref: string): Promise<Docker.ImageInspectInfo | undefined> {
    return this.find(() => this.docker.getImage(ref).inspect());
  }

  /**
   * Makes an image from a container's changes (`docker commit`). `changes` are Dockerfile
   * instructions applied to the image's config (checked by the caller). Resolves to the image id.
   */
  async commitContainer(id: string, options: CommitOptions, signal?: AbortSignal): Promise<string> {
    // A commit of a large container takes longer than a plain request may: no timeout, but cancellable.
    const result = (await this.call(() =>
      this.streams.getContainer(id).commit({
        abortSignal: signal,
        repo: options.repo,
        tag: options.tag,
        author: options.author || undefined,
        comment: options.message || undefined,
        changes: options.changes.length > 0 ? options.changes : undefined,
        pause: options.pause,
      }),
    )) as { Id: string };
    return result.Id;
  }

  // ---- events

  /**
   * Follows the engine's event stream until `signal` aborts. Resolves when the stream ends
   * (the engine went away); rejects with an EngineError when it cannot be opened. `onOpen` is
   * called once the stream is open, before its first event.
   */
  async watchEvents(onEvent: (event: EngineEvent) => void, signal: AbortSignal, onOpen?: () => void): Promise<void> {
    const stream = (await this.call(() => this.streams.getEvents({ abortSignal: signal }))) as NodeJS.ReadableStream;
    // The engine answers once it follows events for this stream: what is read after this
    // point cannot miss a change that the stream would not report.
    onOpen?.();
    await new Promise<void>((resolve) => {
      let buffered = '';
      stream.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        let newline: number;
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, newline).trim();
          buffered = buffered.slice(newline + 1);
          if (line) onEvent(parseEvent(line));
        }
      });
      stream.on('end', resolve);
      stream.on('close', resolve);
      stream.on('error', () => resolve());
    });
  }

  /** Like call, but a 404 (the object is gone) is an answer, not a failure. */
  private find<T>(request: () => Promise<T>): Promise<T | undefined> {
    return this.call(async () => {
      try {
        return await request();
      } catch (error) {
        if ((error as { statusCode?: unknown } | undefined)?.statusCode === 404) return undefined;
        throw error;
      }
    });
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      await this.negotiate();
      return await request();
    } catch (error) {
      throw classifyEngineError(error, this.endpoint);
    }
  }
}

/** An environment entry that marks an exec's process and its children, to find them later. */
function sessionMark(): string {
  return `BERTH_EXEC_SESSION=${randomBytes(8).toString('hex')}`;
}

/** The engine's filters for a prune: only keys that are set. */
function pruneOptions(filters: PruneFilters | undefined, extra: Record<string, string[]> = {}): { filters: Record<string, string[]> } {
  const result: Record<string, string[]> = { ...extra };
  if (filters?.label?.length) result.label = filters.label;
  if (filters?.until) result.until = [filters.until];
  return { filters: result };
}

/** The parts of `GET /info` Berth reads (dockerode leaves it untyped). */
interface RawInfo {
  Name?: string;
  ServerVersion?: string;
  OperatingSystem?: string;
  OSType?: string;
  Architecture?: string;
  KernelVersion?: string;
  Driver?: string;
  NCPU?: number;
  MemTotal?: number;
  DockerRootDir?: string;
  Containers?: number;
  ContainersRunning?: number;
  ContainersPaused?: number;
  ContainersStopped?: number;
  Images?: number;
}

/** The parts of `GET /system/df` Berth reads. */
interface RawDiskUsage {
  LayersSize?: number;
  Images?: Array<{ Id: string; RepoTags?: string[] | null; Size?: number; SharedSize?: number; Containers?: number }> | null;
  Containers?: Array<{ Id: string; Names?: string[]; State?: string; SizeRw?: number }> | null;
  Volumes?: Array<{ Name: string; UsageData?: { Size?: number; RefCount?: number } | null }> | null;
  BuildCache?: Array<{ ID: string; InUse?: boolean; Shared?: boolean; Size?: number }> | null;
}

const EVENT_KINDS: ReadonlySet<string> = new Set<ObjectKind>(['container', 'image', 'volume', 'network']);

export function parseEvent(line: string): EngineEvent {
  try {
    const raw = JSON.parse(line) as { Type?: string; Action?: string; Actor?: { ID?: string; Attributes?: Record<string, string> | null }; id?: string; status?: string };
    const type = raw.Type ?? '';
    const event: EngineEvent = {
      kind: EVENT_KINDS.has(type) ? (type as ObjectKind) : 'other',
      action: raw.Action ?? raw.status ?? '',
      id: raw.Actor?.ID || raw.id || '',
    };
    const attributes = raw.Actor?.Attributes;
    if (attributes && typeof attributes === 'object') event.attributes = attributes;
    return event;
  } catch {
    return { kind: 'other', action: '', id: '' };
  }
}

/**
 * Every connection key is set, even to undefined: dockerode merges its own defaults from
 * DOCKER_HOST, DOCKER_CERT_PATH and DOCKER_CLIENT_TIMEOUT underneath, and those must not leak
 * into an endpoint that came from elsewhere.
 */
function dockerodeOptions(endpoint: Endpoint): Docker.DockerOptions {
  const none = { socketPath: undefined, host: undefined, port: undefined, protocol: undefined, ca: undefined, cert: undefined, key: undefined, timeout: undefined, pathPrefix: undefined };
  switch (endpoint.kind) {
    case 'unix':
    case 'npipe':
      return { ...none, socketPath: endpoint.socketPath };
    case 'tcp': {
      if (!endpoint.tls) return { ...none, host: endpoint.host, port: endpoint.port, protocol: 'http' };
      const tls = loadTls(endpoint.tls);
      // `agent` is a docker-modem option the typings lack; it carries "do not verify".
      const options: Docker.DockerOptions & { agent?: unknown } = { ...none, host: endpoint.host, port: endpoint.port, protocol: 'https', ca: tls.ca, cert: tls.cert, key: tls.key, agent: tls.agent };
      return options;
    }
    case 'ssh':
      // docker-modem sends plain HTTP through the agent's connections: ssh processes running
      // `docker system dial-stdio`. The host name only ends up in the Host header.
      return { ...none, host: 'docker', port: 80, protocol: 'http', agent: new SshAgent(endpoint) } as Docker.DockerOptions;
  }
}

/** Whether a negotiated API version (e.g. `1.41`) is at least major.minor. */
function apiAtLeast(version: string | undefined, major: number, minor: number): boolean {
  const [a, b] = (version ?? '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
}
