import type Docker from 'dockerode';
import { ContainerRecord, ContainerState, HealthState, ImageRecord, ImageReference, NetworkRecord, VolumeRecord } from './records';

/**
 * Maps the engine's JSON to records. A list and a look-up of one object must give the same
 * record, so that the model never mixes two shapes: each kind has exactly one mapper here.
 * Fields some engines leave out (Podman, older APIs) are read defensively.
 */

const COMPOSE_PROJECT = 'com.docker.compose.project';
const COMPOSE_SERVICE = 'com.docker.compose.service';

/** One entry of `GET /containers/json`. */
export function toContainerRecord(c: Docker.ContainerInfo): ContainerRecord {
  const labels = c.Labels ?? {};
  const record: ContainerRecord = {
    id: c.Id,
    name: (c.Names?.[0] ?? c.Id.slice(0, 12)).replace(/^\//, ''),
    image: c.Image,
    state: c.State as ContainerState,
    status: c.Status,
    created: new Date(c.Created * 1000),
    labels,
    imageId: c.ImageID ?? '',
    command: c.Command ?? '',
    ports: (c.Ports ?? []).map((p) => ({
      containerPort: p.PrivatePort,
      protocol: p.Type,
      ...(p.PublicPort ? { hostIp: p.IP ?? '', hostPort: p.PublicPort } : {}),
    })),
    mounts: (c.Mounts ?? []).map((m) => ({
      type: m.Type,
      ...(m.Name ? { name: m.Name } : {}),
      source: m.Source ?? '',
      destination: m.Destination,
      readOnly: m.RW === false,
    })),
    networks: Object.entries(c.NetworkSettings?.Networks ?? {}).map(([name, n]) => ({ name, id: n?.NetworkID ?? '', ipAddress: n?.IPAddress ?? '' })),
  };
  const health = healthOf(c.Status);
  if (health) record.health = health;
  if (labels[COMPOSE_PROJECT]) record.composeProject = labels[COMPOSE_PROJECT];
  if (labels[COMPOSE_SERVICE]) record.composeService = labels[COMPOSE_SERVICE];
  return record;
}

/**
 * The list gives health only inside the human status ("Up 5 minutes (healthy)"), which the
 * engine formats from the same state an inspect returns.
 */
export function healthOf(status: string | undefined): HealthState | undefined {
  const match = /\((healthy|unhealthy|health: starting)\)\s*$/.exec(status ?? '');
  if (!match) return undefined;
  return match[1] === 'health: starting' ? 'starting' : (match[1] as HealthState);
}

/** One entry of `GET /images/json`. */
export function toImageRecord(i: Docker.ImageInfo): ImageRecord {
  const tags = (i.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>');
  return {
    id: i.Id,
    tags,
    size: i.Size,
    created: new Date(i.Created * 1000),
    references: tags.map(splitReference),
    digests: (i.RepoDigests ?? []).filter((digest) => digest !== '<none>@<none>'),
    labels: i.Labels ?? {},
  };
}

/**
 * Splits `repo:tag` at the last colon after the last slash, so a registry port
 * (`localhost:5000/app:1`) stays in the repository. A name without a tag gets an empty tag.
 */
export function splitReference(name: string): ImageReference {
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) return { repository: name.slice(0, colon), tag: name.slice(colon + 1) };
  return { repository: name, tag: '' };
}

/** One entry of `GET /volumes`, or `GET /volumes/{name}` (the same shape). */
export function toVolumeRecord(v: Docker.VolumeInspectInfo & { CreatedAt?: string }): VolumeRecord {
  const record: VolumeRecord = { name: v.Name, driver: v.Driver, mountpoint: v.Mountpoint ?? '', scope: v.Scope ?? 'local', labels: v.Labels ?? {} };
  const created = dateOf(v.CreatedAt);
  if (created) record.created = created;
  return record;
}

/** One entry of `GET /networks`, or `GET /networks/{id}` (the same shape, plus its endpoints). */
export function toNetworkRecord(n: Docker.NetworkInspectInfo): NetworkRecord {
  const config = n.IPAM?.Config ?? [];
  const record: NetworkRecord = {
    id: n.Id,
    name: n.Name,
    driver: n.Driver,
    scope: n.Scope,
    subnets: config.flatMap((c) => (c.Subnet ? [c.Subnet] : [])),
    gateways: config.flatMap((c) => (c.Gateway ? [c.Gateway] : [])),
    internal: n.Internal === true,
    labels: n.Labels ?? {},
  };
  const created = dateOf(n.Created);
  if (created) record.created = created;
  return record;
}

/** The engine writes Go's zero time (year 1) for "unknown". */
function dateOf(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() <= 1 ? undefined : date;
}
