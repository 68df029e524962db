import { ContainerRecord, ContainerState, PortRecord } from '../../engine/records';
import { publishedUrls } from './ports';
import { code, formatDate, Translate, Presentation, shortId } from './presentation';

const ICONS: Record<ContainerState, { icon: string; color?: string }> = {
  running: { icon: 'vm-running', color: 'charts.green' },
  paused: { icon: 'debug-pause', color: 'charts.yellow' },
  restarting: { icon: 'sync', color: 'charts.yellow' },
  created: { icon: 'vm-outline' },
  removing: { icon: 'trash' },
  exited: { icon: 'vm-outline', color: 'disabledForeground' },
  dead: { icon: 'error', color: 'charts.red' },
};

export function presentContainer(container: ContainerRecord, t: Translate): Presentation {
  // An unhealthy container that still runs is the one a user must notice.
  const look = container.state === 'running' && container.health === 'unhealthy' ? { icon: 'vm-running', color: 'charts.red' } : ICONS[container.state] ?? { icon: 'vm' };
  const lines = [
    `**${code(container.name)}** ${code(shortId(container.id))}`,
    t('ID: {0}', code(container.id)),
    t('Image: {0}', code(container.image)),
    t('State: {0}', container.status),
  ];
  if (container.health) lines.push(t('Health: {0}', container.health));
  if (container.command) lines.push(t('Command: {0}', code(container.command)));
  const ports = (container.ports ?? []).map(portText).filter((text, i, all) => all.indexOf(text) === i);
  if (ports.length > 0) lines.push(t('Ports: {0}', ports.map(code).join(', ')));
  const mounts = (container.mounts ?? []).map((m) => `${m.name ?? m.source} → ${m.destination}${m.readOnly ? ' (ro)' : ''}`);
  if (mounts.length > 0) lines.push(t('Mounts: {0}', mounts.map(code).join(', ')));
  const networks = (container.networks ?? []).map((n) => (n.ipAddress ? `${n.name} (${n.ipAddress})` : n.name));
  if (networks.length > 0) lines.push(t('Networks: {0}', networks.map(code).join(', ')));
  if (container.composeProject) lines.push(t('Compose project: {0}', code(container.composeProject)));
  lines.push(t('Created: {0}', formatDate(container.created)));
  return {
    id: container.id,
    objectId: container.id,
    label: container.name,
    // Once its image lost its name, a container names it by id: the short id is enough there.
    description: `${container.image.startsWith('sha256:') ? shortId(container.image) : container.image} · ${container.status}`,
    // A blank line between entries: Markdown would join single lines into one paragraph.
    tooltip: lines.join('\n\n'),
    icon: look.icon,
    iconColor: look.color,
    // `.ports`: a running container that publishes a TCP port can be opened in a browser.
    contextValue: `container.${container.state}${container.state === 'running' && publishedUrls(container.ports).length > 0 ? '.ports' : ''}`,
  };
}

/** `0.0.0.0:8080->80/tcp` as docker ps shows it, or `80/tcp` when not published. */
function portText(port: PortRecord): string {
  const inside = `${port.containerPort}/${port.protocol}`;
  return port.hostPort ? `${port.hostIp ?? '0.0.0.0'}:${port.hostPort}->${inside}` : inside;
}
