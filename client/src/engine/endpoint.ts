/**
 * Where the Docker engine is. Precedence, as the docker CLI: the `berth.docker.host` setting,
 * then DOCKER_HOST, then the default socket. (Docker contexts come with the explorer work.)
 */
export type Endpoint =
  | { kind: 'unix'; socketPath: string; address: string }
  | { kind: 'tcp'; host: string; port: number; tls: boolean; address: string }
  | { kind: 'npipe'; socketPath: string; address: string };

export class EndpointError extends Error {
  constructor(readonly address: string, reason: string) {
    super(`${reason}: ${address}`);
  }
}

export const DEFAULT_UNIX_SOCKET = '/var/run/docker.sock';

export function resolveEndpoint(
  setting: string | undefined,
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
): Endpoint {
  const address = setting?.trim() || env.DOCKER_HOST?.trim();
  if (!address) {
    return platform === 'win32'
      ? { kind: 'npipe', socketPath: '//./pipe/docker_engine', address: 'npipe:////./pipe/docker_engine' }
      : { kind: 'unix', socketPath: DEFAULT_UNIX_SOCKET, address: `unix://${DEFAULT_UNIX_SOCKET}` };
  }
  return parseAddress(address, env.DOCKER_TLS_VERIFY);
}

export function parseAddress(address: string, tlsVerify?: string): Endpoint {
  const scheme = /^([a-z]+):\/\//.exec(address)?.[1];
  if (scheme === 'unix' || (!scheme && address.startsWith('/'))) {
    const socketPath = scheme ? address.slice('unix://'.length) : address;
    if (!socketPath) throw new EndpointError(address, 'No socket path');
    return { kind: 'unix', socketPath, address };
  }
  if (scheme === 'npipe') {
    return { kind: 'npipe', socketPath: address.slice('npipe://'.length), address };
  }
  if (scheme === 'tcp' || scheme === 'http' || scheme === 'https') {
    let url: URL;
    try {
      url = new URL(address.replace(/^tcp:/, 'http:'));
    } catch {
      throw new EndpointError(address, 'Not a valid engine address');
    }
    const tls = scheme === 'https' || (tlsVerify !== undefined && tlsVerify !== '' && tlsVerify !== '0');
    const port = url.port ? Number(url.port) : tls ? 2376 : 2375;
    return { kind: 'tcp', host: url.hostname, port, tls, address };
  }
  throw new EndpointError(address, 'Unsupported engine address scheme');
}
