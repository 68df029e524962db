/** Docker's rule for container names (the engine's `validContainerNamePattern`). */
const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

type Translate = (message: string, ...args: Array<string | number>) => string;

/**
 * Why `name` cannot name a container, or undefined when it can. `taken` are the names other
 * containers have; the engine would refuse those too, but saying so while typing is kinder.
 */
export function containerNameProblem(name: string, taken: readonly string[], t: Translate): string | undefined {
  const trimmed = name.replace(/^\//, '');
  if (trimmed.length === 0) return t('Enter a name.');
  if (!/^[a-zA-Z0-9]/.test(trimmed)) return t('A container name starts with a letter or a digit.');
  if (/[^a-zA-Z0-9_.-]/.test(trimmed)) return t("A container name may contain only letters, digits, '_', '.' and '-'.");
  if (!VALID_NAME.test(name)) return t('A container name has at least two characters.');
  if (taken.includes(trimmed)) return t("A container named '{0}' already exists.", trimmed);
  return undefined;
}
