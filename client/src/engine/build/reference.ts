/**
 * Image references as Docker parses them (distribution/reference): an optional registry host
 * (with a port), lower-case path components joined by `/`, and an optional `:tag`.
 */

export type ReferenceProblem = 'empty' | 'uppercase' | 'invalidName' | 'invalidTag' | 'digest' | 'tooLong' | 'whitespace';

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const NAME_MAX = 255;

/** Why `reference` cannot tag an image, or undefined when it can. */
export function referenceProblem(reference: string): ReferenceProblem | undefined {
  if (!reference) return 'empty';
  if (/\s/.test(reference)) return 'whitespace';
  if (reference.includes('@')) return 'digest';
  let name = reference;
  const lastSlash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  if (colon > lastSlash) {
    const tag = reference.slice(colon + 1);
    name = reference.slice(0, colon);
    if (!TAG.test(tag)) return 'invalidTag';
  }
  if (name.length > NAME_MAX) return 'tooLong';
  const parts = name.split('/');
  // The first part is a registry host when it looks like one (as Docker decides).
  if (parts.length > 1 && (parts[0]!.includes('.') || parts[0]!.includes(':') || parts[0] === 'localhost')) {
    if (!DOMAIN.test(parts.shift()!)) return 'invalidName';
  }
  for (const part of parts) {
    if (PATH_COMPONENT.test(part)) continue;
    return PATH_COMPONENT.test(part.toLowerCase()) ? 'uppercase' : 'invalidName';
  }
  return undefined;
}

/**
 * A valid image name made from a folder name: lower-cased, every run of other characters made
 * a single `-`, separators trimmed from the ends (`My App_2` -> `my-app_2`); `image` when
 * nothing is left.
 */
export function sanitizeImageName(folderName: string): string {
  let name = folderName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    // a separator is `.`, `_`, `__` or dashes, between alphanumerics: fold other runs to `-`
    .replace(/[._-]{2,}/g, (run) => (run === '__' ? run : /^-+$/.test(run) ? run : '-'))
    .replace(/^[._-]+|[._-]+$/g, '');
  name = name.slice(0, 128).replace(/[._-]+$/g, '');
  return name && PATH_COMPONENT.test(name) ? name : 'image';
}
