import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The docker CLI's configuration and context store, read the way the CLI reads them:
 * `$DOCKER_CONFIG` (or `~/.docker`) holds `config.json` with `currentContext`, and each context
 * lives in `contexts/meta/<sha256 of its name>/meta.json`, its TLS material in
 * `contexts/tls/<sha256 of its name>/docker/{ca,cert,key}.pem`.
 */

/** The context that means "no context": the default socket, or DOCKER_HOST. */
export const DEFAULT_CONTEXT = 'default';

export interface DockerContext {
  name: string;
  /** `Endpoints.docker.Host`; undefined means the default socket. */
  host: string | undefined;
  skipTlsVerify: boolean;
  /** The TLS files the store holds for the docker endpoint; only those that exist. */
  tlsFiles: { ca?: string; cert?: string; key?: string };
}

export function dockerConfigDir(env: Record<string, string | undefined>): string {
  return env.DOCKER_CONFIG?.trim() || join(env.HOME?.trim() || homedir(), '.docker');
}

/** The store names a context's folders by the sha256 of its name, so any name is a safe path. */
export function contextFolder(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

/** The context the CLI would use when DOCKER_HOST is not set: DOCKER_CONTEXT, then config.json. */
export function currentContextName(env: Record<string, string | undefined>, configDir: string): string | undefined {
  const fromEnv = env.DOCKER_CONTEXT?.trim();
  if (fromEnv) return fromEnv;
  const config = readJson(join(configDir, 'config.json')) as { currentContext?: unknown } | undefined;
  // The CLI warns about an unreadable config.json and carries on with defaults; so do we.
  return typeof config?.currentContext === 'string' && config.currentContext ? config.currentContext : undefined;
}

/** The named context from the store, or undefined when the store has no such context. */
export function loadContext(configDir: string, name: string): DockerContext | undefined {
  const folder = contextFolder(name);
  const meta = readJson(join(configDir, 'contexts', 'meta', folder, 'meta.json')) as ContextMeta | undefined;
  if (!meta) return undefined;
  const endpoint = meta.Endpoints?.docker;
  const tlsDir = join(configDir, 'contexts', 'tls', folder, 'docker');
  const tlsFiles: DockerContext['tlsFiles'] = {};
  for (const part of ['ca', 'cert', 'key'] as const) {
    const file = join(tlsDir, `${part}.pem`);
    if (existsSync(file)) tlsFiles[part] = file;
  }
  return {
    name: typeof meta.Name === 'string' ? meta.Name : name,
    host: typeof endpoint?.Host === 'string' && endpoint.Host ? endpoint.Host : undefined,
    skipTlsVerify: endpoint?.SkipTLSVerify === true,
    tlsFiles,
  };
}

/** The names of the contexts in the store (without `default`, which is not stored), sorted. */
export function listContextNames(configDir: string): string[] {
  const metaDir = join(configDir, 'contexts', 'meta');
  let folders: string[];
  try {
    folders = readdirSync(metaDir);
  } catch {
    return [];
  }
  const names = folders
    .map((folder) => (readJson(join(metaDir, folder, 'meta.json')) as ContextMeta | undefined)?.Name)
    .filter((name): name is string => typeof name === 'string' && name !== '');
  return names.sort();
}

interface ContextMeta {
  Name?: unknown;
  Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
