import { ImageRecord } from '../../engine/records';
import { code, Translate, formatBytes, Presentation, shortId } from './presentation';

export function presentImage(image: ImageRecord, t: Translate): Presentation {
  const dangling = image.tags.length === 0;
  const label = dangling ? '<none>' : image.tags[0];
  return {
    id: image.id,
    objectId: image.id,
    imageRef: dangling ? undefined : label,
    label,
    description: `${shortId(image.id)} · ${formatBytes(image.size)}`,
    tooltip: [
      `**${code(label)}**`,
      '',
      t('ID: {0}', code(shortId(image.id))),
      '',
      ...(image.tags.length > 1 ? [t('Tags: {0}', image.tags.map(code).join(', ')), ''] : []),
      t('Size: {0}', formatBytes(image.size)),
      '',
      t('Created: {0}', image.created.toISOString()),
    ].join('\n'),
    icon: dangling ? 'file-binary' : 'package',
    contextValue: dangling ? 'image.dangling' : 'image.tagged',
  };
}
