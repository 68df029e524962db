import type { ImageHistoryEntry } from '../../engine/engine';
import { formatBytes, shortId, Translate } from './presentation';

/**
 * The instruction that made a layer, as a Dockerfile would say it. The classic builder records
 * `/bin/sh -c #(nop) ENV A=b` for metadata and `/bin/sh -c apt-get ...` for RUN; BuildKit
 * records `RUN /bin/sh -c ... # buildkit`. A commit records the container's own command.
 */
export function instructionOf(createdBy: string): string {
  let text = createdBy.replace(/\s+/g, ' ').trim();
  text = text.replace(/\s*# buildkit$/, '');
  const nop = /^\/bin\/sh -c #\(nop\)\s*/.exec(text);
  if (nop) return text.slice(nop[0].length);
  const shell = /^(?:\|\d+ (?:\S+=\S* )*)?\/bin\/sh -c /.exec(text);
  if (shell) return 'RUN ' + text.slice(shell[0].length);
  return text.replace(/^RUN \/bin\/sh -c /, 'RUN ');
}

/** Markdown table cells: no pipes or line breaks of their own. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'");
}

/** A Markdown page: one row per layer, newest first, with its size, age and instruction. */
export function formatImageHistory(name: string, entries: ImageHistoryEntry[], t: Translate): string {
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  const lines = [
    `# ${t('History of {0}', name)}`,
    '',
    entries.length === 1 ? t('One layer, {0}.', formatBytes(total)) : t('{0} layers, {1} in all. Newest first.', entries.length, formatBytes(total)),
    '',
    `| ${t('Layer')} | ${t('Created')} | ${t('Size')} | ${t('Instruction')} |`,
    '| --- | --- | ---: | --- |',
  ];
  for (const entry of entries) {
    const instruction = instructionOf(entry.createdBy) || (entry.comment ? `(${entry.comment})` : '');
    const created = entry.created.getTime() > 0 ? entry.created.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
    // As `docker history` says it: a layer whose id is not stored here (built elsewhere).
    const id = entry.id ? shortId(entry.id) : '<missing>';
    lines.push(`| ${cell(id)} | ${created} | ${formatBytes(entry.size)} | ${cell(instruction)} |`);
  }
  return lines.join('\n') + '\n';
}
