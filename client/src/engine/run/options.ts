import {
  formatPort,
  formatSize,
  formatUlimit,
  formatVolume,
  parseAbsolutePath,
  parseCommand,
  parseContainerName,
  parseCpus,
  parseCpuset,
  Parsed,
  parseDns,
  parseEntrypoint,
  parseEnv,
  parseHostname,
  parseInteger,
  parseLabels,
  parseList,
  parseMemory,
  parseMemorySwap,
  parseNetwork,
  parsePorts,
  parseRestart,
  parseTmpfs,
  parseUlimit,
  parseUser,
  parseVolumes,
  parseVolumesFrom,
  PortSpec,
  plainTranslate,
  Translate,
  Ulimit,
} from './fields';
import { shellJoin, shellQuote } from './shellWords';

/**
 * The settings of one `docker run`, kept as the user typed them (so they can be remembered,
 * shown again and rendered as a command). `buildCreateBody` turns them into the Engine API's
 * create body, `renderDockerRun` into the equivalent command line.
 */
export interface RunOptions {
  image: string;
  name?: string;
  /** Words as on a command line: `sh -c 'echo hi'`. */
  command?: string;
  entrypoint?: string;
  /** Interactive: a terminal attached to the container's TTY (`-it`); detached: `-d`. */
  interactive?: boolean;
  autoRemove?: boolean;
  /** `-p` values, blank-separated. */
  ports?: string;
  publishAll?: boolean;
  /** `KEY=VALUE` words. */
  env?: string;
  /** A path on the machine running VS Code; read when the container is created. */
  envFile?: string;
  /** `-v` values. */
  volumes?: string;
  /** `--tmpfs` values. */
  tmpfs?: string;
  /** `--volumes-from` values. */
  volumesFrom?: string;
  network?: string;
  restart?: string;
  user?: string;
  workdir?: string;
  hostname?: string;
  /** DNS server addresses. */
  dns?: string;
  /** `key=value` words. */
  labels?: string;
  // advanced
  memory?: string;
  memorySwap?: string;
  memorySwappiness?: string;
  oomKillDisable?: boolean;
  cpuShares?: string;
  cpus?: string;
  cpuPeriod?: string;
  cpuQuota?: string;
  cpusetCpus?: string;
  blkioWeight?: string;
  /** `--ulimit` values. */
  ulimits?: string;
  privileged?: boolean;
}

export type TextField = { [K in keyof RunOptions]-?: RunOptions[K] extends string | undefined ? K : never }[keyof RunOptions];
export type FlagField = { [K in keyof RunOptions]-?: RunOptions[K] extends boolean | undefined ? K : never }[keyof RunOptions];

/** What the engine knows that some checks need. */
export interface RunEnvironment {
  /** The engine's CPU count (`--cpus` cannot exceed it). */
  cpus?: number;
}

/** Checks one text field as typed; undefined when it is fine. */
export function validateField(field: TextField, text: string, t: Translate = plainTranslate, environment: RunEnvironment = {}): string | undefined {
  const parsed = parseField(field, text, t, environment);
  return parsed.ok ? undefined : parsed.error;
}

function parseField(field: TextField, text: string, t: Translate, environment: RunEnvironment): Parsed<unknown> {
  switch (field) {
    case 'image':
      return text.trim() === '' ? { ok: false, error: t('Choose an image.') } : { ok: true, value: text.trim() };
    case 'name':
      return parseContainerName(text, t);
    case 'command':
      return parseCommand(text, t);
    case 'entrypoint':
      return parseEntrypoint(text, t);
    case 'ports':
      return parsePorts(text, t);
    case 'env':
      return parseEnv(text, t);
    case 'envFile':
      return parseAbsolutePath(text, t);
    case 'volumes':
      return parseVolumes(text, t);
    case 'tmpfs':
      return parseList(text, t, parseTmpfs);
    case 'volumesFrom':
      return parseList(text, t, parseVolumesFrom);
    case 'network':
      return parseNetwork(text, t);
    case 'restart':
      return parseRestart(text, t);
    case 'user':
      return parseUser(text, t);
    case 'workdir':
      return parseAbsolutePath(text, t);
    case 'hostname':
      return parseHostname(text, t);
    case 'dns':
      return parseList(text, t, parseDns);
    case 'labels':
      return parseLabels(text, t);
    case 'memory':
      return parseMemory(text, t);
    case 'memorySwap':
      return parseMemorySwap(text, t);
    case 'memorySwappiness':
      return parseInteger(text, t, 0, 100, t('Memory swappiness'));
    case 'cpuShares':
      return parseInteger(text, t, 2, 262144, t('CPU shares'));
    case 'cpus':
      return parseCpus(text, t, environment.cpus);
    case 'cpuPeriod':
      return parseInteger(text, t, 1000, 1000000, t('The CPU period (microseconds)'));
    case 'cpuQuota':
      return parseInteger(text, t, 1000, 2 ** 31, t('The CPU quota (microseconds)'));
    case 'cpusetCpus':
      return parseCpuset(text, t);
    case 'blkioWeight':
      return parseInteger(text, t, 10, 1000, t('The block IO weight'));
    case 'ulimits':
      return parseList(text, t, parseUlimit);
  }
}

function value<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new RunOptionsError([parsed.error]);
  return parsed.value;
}

export class RunOptionsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'RunOptionsError';
  }
}

/** Every problem with the options as a whole: each field, then the combinations the engine refuses. */
export function validateRunOptions(options: RunOptions, t: Translate = plainTranslate, environment: RunEnvironment = {}): string[] {
  const problems: string[] = [];
  for (const field of TEXT_FIELDS) {
    const text = options[field];
    if (text === undefined) continue;
    const error = validateField(field, text, t, environment);
    if (error) problems.push(error);
  }
  if (problems.length > 0) return problems;
  const restart = value(parseRestart(options.restart ?? '', t));
  if (options.autoRemove && restart && restart.Name !== 'no') problems.push(t('--rm cannot be combined with a restart policy: a removed container cannot be restarted.'));
  const memory = value(parseMemory(options.memory ?? '', t));
  const swap = value(parseMemorySwap(options.memorySwap ?? '', t));
  if (swap !== undefined && memory === undefined) problems.push(t('--memory-swap needs --memory as well.'));
  if (swap !== undefined && swap !== -1 && memory !== undefined && swap < memory) problems.push(t('--memory-swap (memory plus swap) must be at least --memory.'));
  if (options.cpus?.trim() && (options.cpuPeriod?.trim() || options.cpuQuota?.trim())) problems.push(t('Use either --cpus or --cpu-period/--cpu-quota, not both.'));
  if (options.network?.trim() === 'host' && options.ports?.trim()) problems.push(t('Ports are not published on the host network: the container uses the host ports directly.'));
  return problems;
}

const TEXT_FIELDS: TextField[] = [
  'image', 'name', 'command', 'entrypoint', 'ports', 'env', 'envFile', 'volumes', 'tmpfs', 'volumesFrom', 'network', 'restart', 'user', 'workdir', 'hostname', 'dns', 'labels',
  'memory', 'memorySwap', 'memorySwappiness', 'cpuShares', 'cpus', 'cpuPeriod', 'cpuQuota', 'cpusetCpus', 'blkioWeight', 'ulimits',
];

/** The Engine API's create body (`POST /containers/create`), `name` apart as the API takes it. */
export interface CreateBody {
  Image: string;
  Cmd?: string[];
  Entrypoint?: string[];
  Env?: string[];
  Labels?: Record<string, string>;
  ExposedPorts?: Record<string, object>;
  Volumes?: Record<string, object>;
  User?: string;
  WorkingDir?: string;
  Hostname?: string;
  Tty?: boolean;
  OpenStdin?: boolean;
  StdinOnce?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  HostConfig: {
    AutoRemove?: boolean;
    PortBindings?: Record<string, Array<{ HostIp: string; HostPort: string }>>;
    PublishAllPorts?: boolean;
    Binds?: string[];
    Tmpfs?: Record<string, string>;
    VolumesFrom?: string[];
    NetworkMode?: string;
    RestartPolicy?: { Name: string; MaximumRetryCount?: number };
    Dns?: string[];
    Memory?: number;
    MemorySwap?: number;
    MemorySwappiness?: number;
    OomKillDisable?: boolean;
    CpuShares?: number;
    NanoCpus?: number;
    CpuPeriod?: number;
    CpuQuota?: number;
    CpusetCpus?: string;
    BlkioWeight?: number;
    Ulimits?: Ulimit[];
    Privileged?: boolean;
  };
}

/**
 * Builds the create body. `envFileEntries` are the env file's `KEY=VALUE` entries, read by the
 * caller (this module reads no files); `-e` entries come after them and win, as with docker run.
 * Throws RunOptionsError when an option is invalid.
 */
export function buildCreateBody(options: RunOptions, envFileEntries: string[] = [], t: Translate = plainTranslate, environment: RunEnvironment = {}): { name?: string; body: CreateBody } {
  const problems = validateRunOptions(options, t, environment);
  if (problems.length > 0) throw new RunOptionsError(problems);
  const host: CreateBody['HostConfig'] = {};
  const body: CreateBody = { Image: options.image.trim(), HostConfig: host };

  const command = value(parseCommand(options.command ?? '', t));
  if (command) body.Cmd = command;
  const entrypoint = value(parseEntrypoint(options.entrypoint ?? '', t));
  if (entrypoint) body.Entrypoint = [entrypoint];

  if (options.interactive) {
    Object.assign(body, { Tty: true, OpenStdin: true, StdinOnce: true, AttachStdin: true, AttachStdout: true, AttachStderr: true });
  } else {
    Object.assign(body, { AttachStdin: false, AttachStdout: false, AttachStderr: false });
  }
  if (options.autoRemove) host.AutoRemove = true;

  const ports = value(parsePorts(options.ports ?? '', t));
  if (ports.length > 0) {
    body.ExposedPorts = {};
    host.PortBindings = {};
    for (const port of ports) {
      const key = `${port.containerPort}/${port.protocol}`;
      body.ExposedPorts[key] = {};
      (host.PortBindings[key] ??= []).push({ HostIp: port.hostIp ?? '', HostPort: port.hostPort ?? '' });
    }
  }
  if (options.publishAll) host.PublishAllPorts = true;

  const env = [...envFileEntries, ...value(parseEnv(options.env ?? '', t))];
  if (env.length > 0) body.Env = env;

  const binds: string[] = [];
  for (const volume of value(parseVolumes(options.volumes ?? '', t))) {
    if (volume.kind === 'anonymous') (body.Volumes ??= {})[volume.target] = {};
    else binds.push(formatVolume(volume));
  }
  if (binds.length > 0) host.Binds = binds;
  const tmpfs = value(parseList(options.tmpfs ?? '', t, parseTmpfs));
  if (tmpfs.length > 0) host.Tmpfs = Object.fromEntries(tmpfs);
  const volumesFrom = value(parseList(options.volumesFrom ?? '', t, parseVolumesFrom));
  if (volumesFrom.length > 0) host.VolumesFrom = volumesFrom;

  const network = value(parseNetwork(options.network ?? '', t));
  if (network) host.NetworkMode = network;
  const restart = value(parseRestart(options.restart ?? '', t));
  if (restart) host.RestartPolicy = restart;
  const user = value(parseUser(options.user ?? '', t));
  if (user) body.User = user;
  const workdir = value(parseAbsolutePath(options.workdir ?? '', t));
  if (workdir) body.WorkingDir = workdir;
  const hostname = value(parseHostname(options.hostname ?? '', t));
  if (hostname) body.Hostname = hostname;
  const dns = value(parseList(options.dns ?? '', t, parseDns));
  if (dns.length > 0) host.Dns = dns;
  const labels = value(parseLabels(options.labels ?? '', t));
  if (labels.length > 0) body.Labels = Object.fromEntries(labels);

  const memory = value(parseMemory(options.memory ?? '', t));
  if (memory !== undefined) host.Memory = memory;
  const swap = value(parseMemorySwap(options.memorySwap ?? '', t));
  if (swap !== undefined) host.MemorySwap = swap;
  const swappiness = value(parseInteger(options.memorySwappiness ?? '', t, 0, 100, ''));
  if (swappiness !== undefined) host.MemorySwappiness = swappiness;
  if (options.oomKillDisable) host.OomKillDisable = true;
  const shares = value(parseInteger(options.cpuShares ?? '', t, 2, 262144, ''));
  if (shares !== undefined) host.CpuShares = shares;
  const nanoCpus = value(parseCpus(options.cpus ?? '', t, environment.cpus));
  if (nanoCpus !== undefined) host.NanoCpus = nanoCpus;
  const period = value(parseInteger(options.cpuPeriod ?? '', t, 1000, 1000000, ''));
  if (period !== undefined) host.CpuPeriod = period;
  const quota = value(parseInteger(options.cpuQuota ?? '', t, 1000, 2 ** 31, ''));
  if (quota !== undefined) host.CpuQuota = quota;
  const cpuset = value(parseCpuset(options.cpusetCpus ?? '', t));
  if (cpuset) host.CpusetCpus = cpuset;
  const blkio = value(parseInteger(options.blkioWeight ?? '', t, 10, 1000, ''));
  if (blkio !== undefined) host.BlkioWeight = blkio;
  const ulimits = value(parseList(options.ulimits ?? '', t, parseUlimit));
  if (ulimits.length > 0) host.Ulimits = ulimits;
  if (options.privileged) host.Privileged = true;

  const name = value(parseContainerName(options.name ?? '', t));
  return { name, body };
}

/**
 * The `docker run` command that does the same as `options`, shell-quoted so it can be pasted
 * into a POSIX shell. Values are rendered from their parsed form, so what is shown is what runs.
 */
export function renderDockerRun(options: RunOptions): string {
  const t = plainTranslate;
  const args: string[] = ['docker', 'run'];
  const add = (flag: string, text: string | undefined) => {
    if (text !== undefined && text !== '') args.push(flag, text);
  };
  const addEach = <T>(flag: string, items: T[], format: (item: T) => string) => items.forEach((item) => args.push(flag, format(item)));
  const parsedOr = <T>(parsed: Parsed<T>, fallback: T): T => (parsed.ok ? parsed.value : fallback);

  args.push(options.interactive ? '-it' : '-d');
  if (options.autoRemove) args.push('--rm');
  add('--name', parsedOr(parseContainerName(options.name ?? '', t), options.name?.trim()));
  addEach('-p', parsedOr(parsePorts(options.ports ?? '', t), [] as PortSpec[]), formatPort);
  if (options.publishAll) args.push('-P');
  addEach('-e', parsedOr(parseEnv(options.env ?? '', t), []), (e) => e);
  add('--env-file', options.envFile?.trim());
  addEach('-v', parsedOr(parseVolumes(options.volumes ?? '', t), []), formatVolume);
  addEach('--tmpfs', parsedOr(parseList(options.tmpfs ?? '', t, parseTmpfs), []), ([target, opts]) => (opts ? `${target}:${opts}` : target));
  addEach('--volumes-from', parsedOr(parseList(options.volumesFrom ?? '', t, parseVolumesFrom), []), (v) => v);
  add('--network', options.network?.trim());
  add('--restart', options.restart?.trim());
  add('--user', options.user?.trim());
  add('--workdir', options.workdir?.trim());
  add('--hostname', options.hostname?.trim());
  addEach('--dns', parsedOr(parseList(options.dns ?? '', t, parseDns), []), (d) => d);
  addEach('--label', parsedOr(parseLabels(options.labels ?? '', t), []), ([k, v]) => `${k}=${v}`);
  const memory = parsedOr(parseMemory(options.memory ?? '', t), undefined);
  if (memory !== undefined) add('--memory', formatSize(memory));
  const swap = parsedOr(parseMemorySwap(options.memorySwap ?? '', t), undefined);
  if (swap !== undefined) add('--memory-swap', swap === -1 ? '-1' : formatSize(swap));
  add('--memory-swappiness', options.memorySwappiness?.trim());
  if (options.oomKillDisable) args.push('--oom-kill-disable');
  add('--cpu-shares', options.cpuShares?.trim());
  add('--cpus', options.cpus?.trim());
  add('--cpu-period', options.cpuPeriod?.trim());
  add('--cpu-quota', options.cpuQuota?.trim());
  add('--cpuset-cpus', options.cpusetCpus?.trim());
  add('--blkio-weight', options.blkioWeight?.trim());
  addEach('--ulimit', parsedOr(parseList(options.ulimits ?? '', t, parseUlimit), []), formatUlimit);
  if (options.privileged) args.push('--privileged');
  const entrypoint = parsedOr(parseEntrypoint(options.entrypoint ?? '', t), undefined);
  add('--entrypoint', entrypoint);
  args.push(options.image.trim());
  const command = parsedOr(parseCommand(options.command ?? '', t), undefined) ?? [];
  // `docker` and `run` never need quotes; everything else is quoted where the shell needs it.
  return [args[0], args[1], shellJoin(args.slice(2)), ...command.map(shellQuote)].join(' ');
}
