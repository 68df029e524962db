import Docker from 'dockerode';
import { Endpoint } from './endpoint';
import { classifyEngineError } from './errors';
import { ContainerRecord, ContainerState, EngineEvent, ImageRecord, NetworkRecord, ObjectKind, VolumeRecord } from './records';

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
  private readonly docker: Docker;
  /** Long-lived streams (events, logs) must not hit the per-request idle timeout. */
  private readonly streams: Docker;

  constructor(readonly endpoint: Endpoint) {
    this.docker = new Docker({ ...dockerodeOptions(endpoint), timeout: REQUEST_TIMEOUT_MS });
    this.streams = new Docker(dockerodeOptions(endpoint));
  }

  async version(): Promise<EngineVersion> {
    const v = await this.call(() => this.docker.version());
    return { version: v.Version, apiVersion: v.ApiVersion, os: v.Os, arch: v.Arch };
  }

  async listContainers(): Promise<ContainerRecord[]> {
    const list = await this.call(() => this.docker.listContainers({ all: true }));
    return list.map((c) => ({
      id: c.Id,
      name: (c.Names[0] ?? c.Id.slice(0, 12)).replace(/^\//, ''),
      image: c.Image,
      state: c.State as ContainerState,
      status: c.Status,
      created: new Date(c.Created * 1000),
      labels: c.Labels ?? {},
    }));
  }

  async listImages(): Promise<ImageRecord[]> {
    const list = await this.call(() => this.docker.listImages());
    return list.map((i) => ({
      id: i.Id,
      tags: (i.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
      size: i.Size,
      created: new Date(i.Created * 1000),
    }));
  }

  async listVolumes(): Promise<VolumeRecord[]> {
    const result = await this.call(() => this.docker.listVolumes());
    return (result.Volumes ?? []).map((v) => ({ name: v.Name, driver: v.Driver, mountpoint: v.Mountpoint }));
  }

  async listNetworks(): Promise<NetworkRecord[]> {
    const list = await this.call(() => this.docker.listNetworks());
    return list.map((n) => ({ id: n.Id, name: n.Name, driver: n.Driver, scope: n.Scope }));
  }

  /**
   * Follows the engine's event stream until `signal` aborts. Resolves when the stream ends
   * (the engine went away); rejects with an EngineError when it cannot be opened.
   */
  async watchEvents(onEvent: (event: EngineEvent) => void, signal: AbortSignal): Promise<void> {
    const stream = (await this.call(() => this.streams.getEvents({ abortSignal: signal }))) as NodeJS.ReadableStream;
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

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw classifyEngineError(error, this.endpoint);
    }
  }
}

const EVENT_KINDS: ReadonlySet<string> = new Set<ObjectKind>(['container', 'image', 'volume', 'network']);

export function parseEvent(line: string): EngineEvent {
  try {
    const raw = JSON.parse(line) as { Type?: string; Action?: string; Actor?: { ID?: string }; id?: string; status?: string };
    const type = raw.Type ?? '';
    return {
      kind: EVENT_KINDS.has(type) ? (type as ObjectKind) : 'other',
      action: raw.Action ?? raw.status ?? '',
      id: raw.Actor?.ID ?? raw.id ?? '',
    };
  } catch {
    return { kind: 'other', action: '', id: '' };
  }
}

function dockerodeOptions(endpoint: Endpoint): Docker.DockerOptions {
  switch (endpoint.kind) {
    case 'unix':
    case 'npipe':
      return { socketPath: endpoint.socketPath };
    case 'tcp':
      return { host: endpoint.host, port: endpoint.port, protocol: endpoint.tls ? 'https' : 'http' };
  }
}
