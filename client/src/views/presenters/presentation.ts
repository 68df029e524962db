/**
 * What a tree row shows, as plain data. Presenters are pure functions from engine records to
 * this shape, so they are unit-tested without VS Code; the tree turns it into a TreeItem.
 */
export interface Presentation {
  /** Unique among the view's rows (VS Code keeps selection and expansion by it). */
  id: string;
  /**
   * The engine object the row stands for: container id, image id, volume name, network id.
   * Commands act on this. Absent on rows that only group others (a Compose project, a repository).
   */
  objectId?: string;
  /** For an image row: the `repo:tag` it shows, so tag-level commands know which name is meant. */
  imageRef?: string;
  label: string;
  description?: string;
  /** Markdown. */
  tooltip?: string;
  /** A codicon id, e.g. `vm-running`. */
  icon: string;
  /** A theme colour id for the icon, e.g. `charts.green`. */
  iconColor?: string;
  /** Menus match on this, e.g. `container.running`. */
  contextValue: string;
}

/** `vscode.l10n.t` in the extension; a plain formatter in unit tests. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 || value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/**
 * Wraps engine-provided text so Markdown never interprets it: an inline code span, which cannot
 * hold a backtick or a line break.
 */
export function code(text: string): string {
  return '`' + text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ') + '`';
}

/**
 * How long ago `date` was, in the steps `docker ps` uses (hours up to two days, days up to two
 * weeks, weeks up to three months, ...); `now` is a parameter so tests are exact.
 */
export function formatAge(date: Date, now: Date, t: Translate): string {
  const minutes = Math.max(0, now.getTime() - date.getTime()) / 60_000;
  const hours = minutes / 60;
  const days = hours / 24;
  if (minutes < 1) return t('less than a minute ago');
  if (minutes < 2) return t('a minute ago');
  if (hours < 1) return t('{0} minutes ago', Math.floor(minutes));
  if (hours < 2) return t('an hour ago');
  if (hours < 48) return t('{0} hours ago', Math.floor(hours));
  if (days < 14) return t('{0} days ago', Math.floor(days));
  if (days < 90) return t('{0} weeks ago', Math.floor(days / 7));
  if (days < 730) return t('{0} months ago', Math.floor(days / 30));
  return t('{0} years ago', Math.floor(days / 365));
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** A date and time as `toLocaleString()` writes it, with one formatter for all rows (3x faster). */
export function formatDate(date: Date): string {
  dateFormat ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  return dateFormat.format(date);
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
