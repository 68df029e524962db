import Docker from 'dockerode';
import { Endpoint, MIN_API_VERSION, negotiateApiVersion } from './endpoint';
import { classifyEngineError, EngineError } from './errors';
import { loadTls } from './tls';
import { toContainerRecord, toImageRecord, toNetworkRecord, toVolumeRecord } from './inspect';
import { ContainerRecord, EngineEvent, ImageRecord, NetworkRecord, ObjectKind, VolumeRecord } from './records';

/** How long a plain API call may take before the engine counts as unreachable. */
const REQUEST_TIMEOUT_MS = 10_000;

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
        const container = this.docker.getContainer(id);
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

  // ---- images

  async listImages(): Promise<ImageRecord[]> {
    const list = await this.call(() => this.docker.listImages());
    return list.map(toImageRecord);
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

  // ---- system: info, disk usage, prune everything

  // ---- exec and logs

  // ---- run, build and commit

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
  }
}
