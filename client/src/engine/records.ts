/**
 * Plain records of engine objects: what the views show, independent of dockerode's shapes.
 *
 * Fields added after the first views are optional so that hand-written records (presenter
 * tests) stay short; the Engine and the EngineModel always fill them, except where a comment
 * says which of the two does.
 */

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

/** The health check's verdict; absent when the container has no health check. */
export type HealthState = 'starting' | 'healthy' | 'unhealthy';

export interface PortRecord {
  containerPort: number;
  /** `tcp`, `udp` or `sctp`. */
  protocol: string;
  /** Only for a published port. The engine lists an IPv4 and an IPv6 row for each. */
  hostIp?: string;
  hostPort?: number;
}

export interface MountRecord {
  /** `volume`, `bind`, `tmpfs`, `npipe`. */
  type: string;
  /** The volume's name, for a volume mount. */
  name?: string;
  source: string;
  destination: string;
  readOnly: boolean;
}

export interface ContainerNetworkRecord {
  /** The network's name: containers name their networks by name. */
  name: string;
  /** Empty for a container that never started. */
  id: string;
  /** Empty while the container is not running. */
  ipAddress: string;
}

export interface ContainerRecord {
  id: string;
  name: string;
  /** The image as the container was created from it: a name, or an id once the name is gone. */
  image: string;
  state: ContainerState;
  /** The engine's human status, e.g. "Up 5 minutes" or "Exited (1) 2 hours ago". */
  status: string;
  created: Date;
  labels: Record<string, string>;
  imageId?: string;
  /** The command line as the engine shows it (entrypoint and arguments). */
  command?: string;
  ports?: PortRecord[];
  mounts?: MountRecord[];
  networks?: ContainerNetworkRecord[];
  health?: HealthState;
  /** From the `com.docker.compose.project` label, so views can group by project. */
  composeProject?: string;
  composeService?: string;
}

/** One `repo:tag` name of an image, split. The repository keeps any registry host and port. */
export interface ImageReference {
  repository: string;
  tag: string;
}

export interface ImageRecord {
  id: string;
  /** `repo:tag` names; empty for a dangling image. */
  tags: string[];
  size: number;
  created: Date;
  /** `tags`, split into repository and tag. */
  references?: ImageReference[];
  /** `repo@sha256:…` names. */
  digests?: string[];
  labels?: Record<string, string>;
  /** Ids of the containers created from this image (any state). Filled by the EngineModel. */
  containers?: string[];
}

export interface VolumeRecord {
  name: string;
  driver: string;
  mountpoint: string;
  scope?: string;
  labels?: Record<string, string>;
  /** Absent when the engine does not say (older engines, some drivers). */
  created?: Date;
  /** Ids of the containers that mount this volume (any state). Filled by the EngineModel. */
  containers?: string[];
}

export interface NetworkRecord {
  id: string;
  name: string;
  driver: string;
  scope: string;
  /** IPAM subnets, e.g. `172.18.0.0/16`; empty for `host` and `none`. */
  subnets?: string[];
  gateways?: string[];
  internal?: boolean;
  labels?: Record<string, string>;
  created?: Date;
  /** Ids of the containers attached to this network (any state). Filled by the EngineModel. */
  containers?: string[];
}

export type ObjectKind = 'container' | 'image' | 'volume' | 'network';

/** One message of the engine's `/events` stream, reduced to what the client acts on. */
export interface EngineEvent {
  kind: ObjectKind | 'other';
  action: string;
  id: string;
  /** The actor's attributes (e.g. `container` on a network connect); only when the event has any. */
  attributes?: Record<string, string>;
}
