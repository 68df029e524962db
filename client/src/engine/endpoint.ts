import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { currentContextName, DEFAULT_CONTEXT, dockerConfigDir, loadContext } from './contexts';

/**
 * Where the Docker engine is. Precedence, as the docker CLI: the `berth.docker.host` setting,
 * DOCKER_HOST, DOCKER_CONTEXT, the CLI config's current context, then the default socket
 * (or Podman's Docker-compatible socket when the default socket does not exist).
 */

/** Where the endpoint came from, so the UI can say why Berth talks to this engine. */
export type EndpointSource = 'setting' | 'DOCKER_HOST' | 'default' | 'podman' | `context:${string}`;

/**
 * TLS for a tcp endpoint, as file paths (so they can be named in messages); tls.ts reads them.
 * `verify: false` is the CLI's `--tls` without `--tlsverify` or a context's SkipTLSVerify.
 */
export interface TlsSettings {
  verify: boolean;
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

interface EndpointBase {
  address: string;
  source: EndpointSource;
}

export type Endpoint =
  | (EndpointBase & { kind: 'unix'; socketPath: string })
  | (EndpointBase & { kind: 'tcp'; host: string; port: number; tls?: TlsSettings })
  | (EndpointBase & { kind: 'npipe'; socketPath: string })
  | (EndpointBase & { kind: 'ssh'; host: string; user?: string; port?: number; extraArgs?: readonly string[] });

export class EndpointError extends Error {
  constructor(readonly address: string, reason: string) {
    super(`${reason}: ${address}`);
  }
}

export const DEFAULT_UNIX_SOCKET = '/var/run/docker.sock';
const DEFAULT_NPIPE = '//./pipe/docker_engine';
const ROOTFUL_PODMAN_SOCKET = '/run/podman/podman.sock';

export function resolveEndpoint(
  setting: string | undefined,
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): Endpoint {
  const configDir = dockerConfigDir(env);
  const fromSetting = setting?.trim();
  if (fromSetting) {
    // `context:NAME` follows a docker CLI context, with its TLS material (Switch Engine writes it).
    const context = settingContext(fromSetting);
    if (context === DEFAULT_CONTEXT) return defaultEndpoint(env, platform, exists);
    if (context) return contextEndpoint(configDir, context, 'the berth.docker.host setting', platform);
    return parseAddress(fromSetting, 'setting', tlsFromEnv(env, configDir, exists));
  }
  const fromEnv = env.DOCKER_HOST?.trim();
  if (fromEnv) return parseAddress(fromEnv, 'DOCKER_HOST', tlsFromEnv(env, configDir, exists));
  const context = currentContextName(env, configDir);
  if (context && context !== DEFAULT_CONTEXT) {
    return contextEndpoint(configDir, context, env.DOCKER_CONTEXT?.trim() ? 'DOCKER_CONTEXT' : join(configDir, 'config.json'), platform);
  }
  return defaultEndpoint(env, platform, exists);
}

/** The context a `berth.docker.host` value names (`context:NAME`), else undefined. */
export function settingContext(setting: string): string | undefined {
  const match = /^context:(?!\/\/)(.+)$/.exec(setting.trim());
  return match ? match[1].trim() : undefined;
}

/**
 * TLS from the environment, as the CLI's flags default: DOCKER_TLS_VERIFY set to anything
 * (even "0") means TLS with verification, DOCKER_TLS means TLS without it; the files come from
 * DOCKER_CERT_PATH or the config folder. The CA must exist when verifying; a missing default
 * cert.pem or key.pem just means no client certificate, as in the CLI.
 */
export function tlsFromEnv(env: Record<string, string | undefined>, configDir: string, exists: (path: string) => boolean = existsSync): TlsSettings | undefined {
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_TLS) return undefined;
  const dir = env.DOCKER_CERT_PATH?.trim() || configDir;
  const settings: TlsSettings = { verify };
  if (verify) settings.caFile = join(dir, 'ca.pem');
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  if (exists(certFile)) settings.certFile = certFile;
  if (exists(keyFile)) settings.keyFile = keyFile;
  return settings;
}

function contextEndpoint(configDir: string, name: string, namedBy: string, platform: NodeJS.Platform): Endpoint {
  const context = loadContext(configDir, name);
  if (!context) throw new EndpointError(`context:${name}`, `No Docker context named "${name}" (named by ${namedBy})`);
  const source: EndpointSource = `context:${name}`;
  if (!context.host) return { ...platformDefault(platform), source };
  const { ca, cert, key } = context.tlsFiles;
  // As the CLI: a context uses TLS when it holds TLS material or skips verification.
  let tls: TlsSettings | undefined;
  if (ca || cert || key || context.skipTlsVerify) {
    tls = { verify: !context.skipTlsVerify };
    if (ca) tls.caFile = ca;
    if (cert) tls.certFile = cert;
    if (key) tls.keyFile = key;
  }
  return parseAddress(context.host, source, tls);
}

function platformDefault(platform: NodeJS.Platform): Endpoint {
  return platform === 'win32'
    ? { kind: 'npipe', socketPath: DEFAULT_NPIPE, address: `npipe://${DEFAULT_NPIPE}`, source: 'default' }
    : { kind: 'unix', socketPath: DEFAULT_UNIX_SOCKET, address: `unix://${DEFAULT_UNIX_SOCKET}`, source: 'default' };
}

/**
 * The default socket; when it does not exist, Podman's Docker-compatible socket if that does
 * (the user's own rootless one first, then the system's).
 */
function defaultEndpoint(env: Record<string, string | undefined>, platform: NodeJS.Platform, exists: (path: string) => boolean): Endpoint {
  const fallback = platformDefault(platform);
  if (platform === 'win32' || exists(DEFAULT_UNIX_SOCKET)) return fallback;
  const runtimeDir = env.XDG_RUNTIME_DIR?.trim();
  const candidates = [...(runtimeDir ? [join(runtimeDir, 'podman', 'podman.sock')] : []), ROOTFUL_PODMAN_SOCKET];
  const podman = candidates.find((socket) => exists(socket));
  return podman ? { kind: 'unix', socketPath: podman, address: `unix://${podman}`, source: 'podman' } : fallback;
}

/** Parses an engine address; `tls` applies to tcp addresses only (a socket needs none). */
export function parseAddress(address: string, source: EndpointSource = 'setting', tls?: TlsSettings): Endpoint {
  const scheme = /^([a-z]+):\/\//.exec(address)?.[1];
  if (scheme === 'unix' || (!scheme && address.startsWith('/'))) {
    const socketPath = scheme ? address.slice('unix://'.length) : address;
    if (!socketPath) throw new EndpointError(address, 'No socket path');
    return { kind: 'unix', socketPath, address, source };
  }
  if (scheme === 'npipe') {
    return { kind: 'npipe', socketPath: address.slice('npipe://'.length), address, source };
  }
  if (scheme === 'tcp' || scheme === 'http' || scheme === 'https') {
    let url: URL;
    try {
      url = new URL(address.replace(/^tcp:/, 'http:'));
    } catch {
      throw new EndpointError(address, 'Not a valid engine address');
    }
    // https:// asks for TLS by itself: verified against the system's CAs unless told otherwise.
    const effectiveTls = tls ?? (scheme === 'https' ? { verify: true } : undefined);
    const port = url.port ? Number(url.port) : effectiveTls ? 2376 : 2375;
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    return effectiveTls ? { kind: 'tcp', host, port, tls: effectiveTls, address, source } : { kind: 'tcp', host, port, address, source };
  }
  if (scheme === 'ssh') return parseSshAddress(address, source);
  throw new EndpointError(address, 'Unsupported engine address scheme');
}

/**
 * `ssh://[user@]host[:port]`, as the docker CLI accepts it: no password and no path (the remote
 * side is whatever `docker system dial-stdio` reaches there). The user's ssh config fills in
 * what the address leaves out.
 */
function parseSshAddress(address: string, source: EndpointSource): Endpoint {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new EndpointError(address, 'Not a valid ssh address');
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw new EndpointError(address, 'No host in the ssh address');
  if (host.startsWith('-')) throw new EndpointError(address, 'Not a valid ssh host name');
  if (url.password) throw new EndpointError(address, 'An ssh address cannot hold a password; use a key or an ssh agent');
  if (url.pathname && url.pathname !== '/') throw new EndpointError(address, 'An ssh address cannot have a path');
  if (url.search || url.hash) throw new EndpointError(address, 'An ssh address cannot have a query');
  const endpoint: Endpoint = { kind: 'ssh', host, address, source };
  if (url.username) endpoint.user = decodeURIComponent(url.username);
  if (url.port) endpoint.port = Number(url.port);
  return endpoint;
}

/** The API versions Berth speaks: the engine's own version, capped at the newest Berth knows. */
export const MIN_API_VERSION = '1.24';
export const MAX_API_VERSION = '1.47';

/**
 * The API version to use with an engine that reports `engineApiVersion` on an unversioned
 * `/version`: the lower of the engine's and Berth's newest. Undefined when the engine is older
 * than Berth supports.
 */
export function negotiateApiVersion(engineApiVersion: string | undefined): string | undefined {
  const engine = parseApiVersion(engineApiVersion);
  // An engine that does not say is asked in the oldest dialect Berth speaks.
  if (!engine) return MIN_API_VERSION;
  if (compareApiVersions(engine, parseApiVersion(MIN_API_VERSION)!) < 0) return undefined;
  return compareApiVersions(engine, parseApiVersion(MAX_API_VERSION)!) < 0 ? `${engine[0]}.${engine[1]}` : MAX_API_VERSION;
}

function parseApiVersion(version: string | undefined): [number, number] | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(version?.trim() ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

function compareApiVersions(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}
