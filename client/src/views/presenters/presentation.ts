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

/** Wraps engine-provided text so Markdown never interprets it. */
export function code(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`';
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
