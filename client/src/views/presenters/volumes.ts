import { VolumeRecord } from '../../engine/records';
import { code, Translate, Presentation } from './presentation';

export function presentVolume(volume: VolumeRecord, t: Translate): Presentation {
  return {
    id: volume.name,
    objectId: volume.name,
    label: volume.name,
    description: volume.driver,
    tooltip: [`**${code(volume.name)}**`, '', t('Driver: {0}', code(volume.driver)), '', t('Mountpoint: {0}', code(volume.mountpoint))].join('\n'),
    icon: 'database',
    contextValue: 'volume',
  };
}
