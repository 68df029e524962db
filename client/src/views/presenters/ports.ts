import { PortRecord } from '../../engine/records';

/** A published TCP port as an address a browser can open. */
export interface PublishedUrl {
  url: string;
  hostPort: number;
  containerPort: number;
}

/**
 * The `http://` addresses of a container's published TCP ports: `localhost` for a port bound
 * on every interface (the engine lists `0.0.0.0` and `::` for the same port), else the bound
 * address. One entry per address, in the engine's order.
 */
export function publishedUrls(ports: readonly PortRecord[] | undefined): PublishedUrl[] {
  const seen = new Set<string>();
  const urls: PublishedUrl[] = [];
  for (const port of ports ?? []) {
    if (!port.hostPort || port.protocol !== 'tcp') continue;
    const ip = port.hostIp ?? '';
    const host = ip === '' || ip === '0.0.0.0' || ip === '::' ? 'localhost' : ip.includes(':') ? `[${ip}]` : ip;
    const url = `http://${host}:${port.hostPort}`;
    if (seen.has(url)) continue;
    seen.add(url);
    urls.push({ url, hostPort: port.hostPort, containerPort: port.containerPort });
  }
  return urls;
}
