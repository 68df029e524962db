import { ContainerRecord, ContainerState } from '../../engine/records';
import { code, Translate, Presentation, shortId } from './presentation';

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
  const look = ICONS[container.state] ?? { icon: 'vm' };
  return {
    id: container.id,
    label: container.name,
    description: `${container.image} · ${container.status}`,
    tooltip: [
      `**${code(container.name)}** ${code(shortId(container.id))}`,
      '',
      t('Image: {0}', code(container.image)),
      '',
      t('State: {0}', container.status),
      '',
      t('Created: {0}', container.created.toISOString()),
    ].join('\n'),
    icon: look.icon,
    iconColor: look.color,
    contextValue: `container.${container.state}`,
  };
}
