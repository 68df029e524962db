import { formatSize, formatUlimit } from './fields';
import { RunOptions } from './options';
import { shellJoin } from './shellWords';

/** The parts of `GET /containers/{id}/json` the reconstruction reads. */
export interface ContainerInspect {
  Id: string;
  Name: string;
  Config: {
    Image: string;
    Hostname?: string;
    User?: string;
    WorkingDir?: string;
    Env?: string[] | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | string | null;
    Labels?: Record<string, string> | null;
    Tty?: boolean;
    OpenStdin?: boolean;
  };
  HostConfig: {
    AutoRemove?: boolean;
    PortBindings?: Record<string, Array<{ HostIp?: string; HostPort?: string }> | null> | null;
    PublishAllPorts?: boolean;
    Binds?: string[] | null;
    Mounts?: Array<{ Type?: string; Source?: string; Target?: string; ReadOnly?: boolean }> | null;
    Tmpfs?: Record<string, string> | null;
    VolumesFrom?: string[] | null;
    NetworkMode?: string;
    RestartPolicy?: { Name?: string; MaximumRetryCount?: number };
    Dns?: string[] | null;
    Memory?: number;
    MemorySwap?: number;
    MemorySwappiness?: number | null;
    OomKillDisable?: boolean | null;
    CpuShares?: number;
    NanoCpus?: number;
    CpuPeriod?: number;
    CpuQuota?: number;
    CpusetCpus?: string;
    BlkioWeight?: number;
    Ulimits?: Array<{ Name?: string; Soft?: number; Hard?: number }> | null;
    Privileged?: boolean;
  };
}

/** The parts of `GET /images/{name}/json` the reconstruction compares with. */
export interface ImageInspect {
  Config?: {
    Env?: string[] | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | string | null;
    Labels?: Record<string, string> | null;
    User?: string;
    WorkingDir?: string;
  } | null;
}

const list = (value: string[] | string | null | undefined): string[] => (value == null ? [] : Array.isArray(value) ? value : [value]);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The options a container was run with, as far as inspect tells: only what differs from the
 * image's own settings (its env, labels, command, user, workdir) and from the engine's defaults.
 * `image` is the image's inspect, or undefined when the image is gone (then nothing is subtracted).
 */
export function runOptionsFromInspect(container: ContainerInspect, image: ImageInspect | undefined): RunOptions {
  const config = container.Config;
  const host = container.HostConfig;
  const imageConfig = image?.Config ?? {};
  const options: RunOptions = { image: config.Image };
  const name = container.Name.replace(/^\//, '');
  if (name) options.name = name;
  if (config.Tty && config.OpenStdin) options.interactive = true;
  if (host.AutoRemove) options.autoRemove = true;

  const ports: string[] = [];
  for (const [key, bindings] of Object.entries(host.PortBindings ?? {})) {
    const [port, proto] = key.split('/');
    const suffix = proto && proto !== 'tcp' ? `/${proto}` : '';
    for (const binding of bindings ?? [{}]) {
      const ip = binding.HostIp ? (binding.HostIp.includes(':') ? `[${binding.HostIp}]` : binding.HostIp) : '';
      const hostPort = binding.HostPort ?? '';
      ports.push(ip ? `${ip}:${hostPort}:${port}${suffix}` : hostPort ? `${hostPort}:${port}${suffix}` : `${port}${suffix}`);
    }
  }
  if (ports.length > 0) options.ports = shellJoin(ports);
  if (host.PublishAllPorts) options.publishAll = true;

  const imageEnv = new Set(list(imageConfig.Env));
  const env = list(config.Env).filter((e) => !imageEnv.has(e));
  if (env.length > 0) options.env = shellJoin(env);

  const volumes = [...list(host.Binds)];
  for (const mount of host.Mounts ?? []) {
    if ((mount.Type === 'volume' || mount.Type === 'bind') && mount.Source && mount.Target) volumes.push(`${mount.Source}:${mount.Target}${mount.ReadOnly ? ':ro' : ''}`);
  }
  if (volumes.length > 0) options.volumes = shellJoin(volumes);
  const tmpfs = Object.entries(host.Tmpfs ?? {}).map(([target, opts]) => (opts ? `${target}:${opts}` : target));
  if (tmpfs.length > 0) options.tmpfs = shellJoin(tmpfs);
  if (host.VolumesFrom?.length) options.volumesFrom = shellJoin(host.VolumesFrom);

  if (host.NetworkMode && host.NetworkMode !== 'default' && host.NetworkMode !== 'bridge') options.network = host.NetworkMode;
  const restart = host.RestartPolicy;
  if (restart?.Name && restart.Name !== 'no') options.restart = restart.Name === 'on-failure' && restart.MaximumRetryCount ? `on-failure:${restart.MaximumRetryCount}` : restart.Name;
  if (config.User && config.User !== (imageConfig.User ?? '')) options.user = config.User;
  if (config.WorkingDir && config.WorkingDir !== (imageConfig.WorkingDir ?? '')) options.workdir = config.WorkingDir;
  // Without --hostname the engine uses the first 12 characters of the id.
  if (config.Hostname && config.Hostname !== container.Id.slice(0, 12)) options.hostname = config.Hostname;
  if (host.Dns?.length) options.dns = shellJoin(host.Dns);

  const imageLabels = imageConfig.Labels ?? {};
  const labels = Object.entries(config.Labels ?? {}).filter(([k, v]) => imageLabels[k] !== v).map(([k, v]) => `${k}=${v}`);
  if (labels.length > 0) options.labels = shellJoin(labels);

  if (host.Memory) options.memory = formatSize(host.Memory);
  // The engine sets MemorySwap to twice Memory when only --memory was given.
  if (host.MemorySwap && !(host.Memory && host.MemorySwap === host.Memory * 2)) options.memorySwap = host.MemorySwap === -1 ? '-1' : formatSize(host.MemorySwap);
  if (host.MemorySwappiness !== null && host.MemorySwappiness !== undefined && host.MemorySwappiness >= 0) options.memorySwappiness = String(host.MemorySwappiness);
  if (host.OomKillDisable) options.oomKillDisable = true;
  if (host.CpuShares) options.cpuShares = String(host.CpuShares);
  if (host.NanoCpus) options.cpus = String(host.NanoCpus / 1e9);
  if (host.CpuPeriod) options.cpuPeriod = String(host.CpuPeriod);
  if (host.CpuQuota) options.cpuQuota = String(host.CpuQuota);
  if (host.CpusetCpus) options.cpusetCpus = host.CpusetCpus;
  if (host.BlkioWeight) options.blkioWeight = String(host.BlkioWeight);
  if (host.Ulimits?.length) options.ulimits = shellJoin(host.Ulimits.map((u) => formatUlimit({ Name: u.Name ?? '', Soft: u.Soft ?? 0, Hard: u.Hard ?? 0 })));
  if (host.Privileged) options.privileged = true;

  // An entrypoint given to docker run replaces the image's, and then the image's command too.
  const entrypoint = list(config.Entrypoint);
  const cmd = list(config.Cmd);
  const entrypointChanged = !same(entrypoint, list(imageConfig.Entrypoint));
  if (entrypointChanged) {
    // --entrypoint takes one executable; further words of a longer entrypoint go first in the command.
    if (entrypoint.length > 0) options.entrypoint = shellJoin([entrypoint[0]]);
    else options.entrypoint = undefined;
    const words = [...entrypoint.slice(1), ...cmd];
    if (words.length > 0) options.command = shellJoin(words);
  } else if (!same(cmd, list(imageConfig.Cmd))) {
    if (cmd.length > 0) options.command = shellJoin(cmd);
  }
  return options;
}
