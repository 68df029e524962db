import { VolumeRecord } from '../../engine/records';
import { code, formatDate, formatBytes, Translate, Presentation } from './presentation';

/**
 * A volume: driver and how many containers use it beside the name; mountpoint, labels and the
 * users' names in the tooltip. `users` are the names of the containers that mount it.
 */
export function presentVolume(volume: VolumeRecord, t: Translate, users?: string[]): Presentation {
  const count = users?.length ?? volume.containers?.length ?? 0;
  const lines = [`**${code(volume.name)}**`, t('Driver: {0}', code(volume.driver)), t('Mountpoint: {0}', code(volume.mountpoint))];
  if (volume.created) lines.push(t('Created: {0}', formatDate(volume.created)));
  const labels = Object.entries(volume.labels ?? {}).map(([key, value]) => code(`${key}=${value}`));
  if (labels.length > 0) lines.push(t('Labels: {0}', labels.join(', ')));
  lines.push(users && users.length > 0 ? t('Used by: {0}', users.map(code).join(', ')) : count > 0 ? t('Used by {0} containers', count) : t('Not used by any container'));
  return {
    id: volume.name,
    objectId: volume.name,
    label: volume.name,
    description: count > 0 ? `${volume.driver} · ${t('used by {0}', count)}` : volume.driver,
    tooltip: lines.join('\n\n'),
    icon: 'database',
    contextValue: 'volume',
  };
}

/** The tooltip line for a volume's size, known only after asking the engine's disk usage. */
export function volumeSizeLine(size: number | undefined, t: Translate): string {
  return size === undefined || size < 0 ? t('Size: unknown') : t('Size: {0}', formatBytes(size));
}
