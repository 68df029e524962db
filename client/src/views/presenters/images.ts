import { ImageRecord, ImageReference } from '../../engine/records';
import { code, formatDate, formatAge, Translate, formatBytes, Presentation, shortId } from './presentation';

function imageTooltip(image: ImageRecord, title: string, t: Translate): string {
  const lines = [`**${code(title)}**`, t('ID: {0}', code(shortId(image.id)))];
  if (image.tags.length > 1) lines.push(t('Tags: {0}', image.tags.map(code).join(', ')));
  lines.push(t('Size: {0}', formatBytes(image.size)));
  lines.push(t('Created: {0}', formatDate(image.created)));
  const users = image.containers?.length ?? 0;
  if (users > 0) lines.push(t('Used by {0} containers', users));
  // A blank line between entries: Markdown would join single lines into one paragraph.
  return lines.join('\n\n');
}

/** One row per image (the palette's pickers): labelled by its first tag, or `<none>`. */
export function presentImage(image: ImageRecord, t: Translate): Presentation {
  const dangling = image.tags.length === 0;
  const label = dangling ? '<none>' : image.tags[0];
  return {
    id: image.id,
    objectId: image.id,
    imageRef: dangling ? undefined : label,
    label,
    description: `${shortId(image.id)} · ${formatBytes(image.size)}`,
    tooltip: imageTooltip(image, label, t),
    icon: dangling ? 'file-binary' : 'package',
    contextValue: dangling ? 'image.dangling' : 'image.tagged',
  };
}

/** The group row of a repository in the Images view. */
export function presentRepository(repository: string, tags: string[], t: Translate): Presentation {
  return {
    id: `repository:${repository}`,
    label: repository,
    description: tags.length === 1 ? t('1 tag') : t('{0} tags', tags.length),
    tooltip: [`**${code(repository)}**`, t('Tags: {0}', tags.map(code).join(', '))].join('\n\n'),
    icon: 'repo',
    contextValue: 'imageRepository',
  };
}

/** One tag of an image, under its repository: unique per tag, acting on the image. */
export function presentImageTag(image: ImageRecord, ref: ImageReference, t: Translate, now: Date): Presentation {
  const name = `${ref.repository}:${ref.tag}`;
  return {
    id: `${image.id}#${name}`,
    objectId: image.id,
    imageRef: name,
    label: ref.tag,
    description: `${formatBytes(image.size)} · ${formatAge(image.created, now, t)}`,
    tooltip: imageTooltip(image, name, t),
    icon: 'tag',
    contextValue: 'image.tagged',
  };
}

/** An image with no tag, as `docker images` shows it. */
export function presentDanglingImage(image: ImageRecord, t: Translate, now: Date): Presentation {
  return {
    id: image.id,
    objectId: image.id,
    label: '<none>',
    description: `${shortId(image.id)} · ${formatBytes(image.size)} · ${formatAge(image.created, now, t)}`,
    tooltip: imageTooltip(image, '<none>', t),
    icon: 'file-binary',
    contextValue: 'image.dangling',
  };
}
