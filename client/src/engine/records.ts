/** Plain records of engine objects: what the views show, independent of dockerode's shapes. */

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface ContainerRecord {
  id: string;
  name: string;
  image: string;
  state: ContainerState;
  /** The engine's human status, e.g. "Up 5 minutes" or "Exited (1) 2 hours ago". */
  status: string;
  created: Date;
  labels: Record<string, string>;
}

export interface ImageRecord {
  id: string;
  /** `repo:tag` names; empty for a dangling image. */
  tags: string[];
  size: number;
  created: Date;
}

export interface VolumeRecord {
  name: string;
  driver: string;
  mountpoint: string;
}

export interface NetworkRecord {
  id: string;
  name: string;
  driver: string;
  scope: string;
}

export type ObjectKind = 'container' | 'image' | 'volume' | 'network';

/** One message of the engine's `/events` stream, reduced to what the client acts on. */
export interface EngineEvent {
  kind: ObjectKind | 'other';
  action: string;
  id: string;
}
