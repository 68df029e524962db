import { DockerfileSyntax } from '../parser/syntax';

/** What `# check=skip=...;error=true` says (BuildKit's build-check directive). */
export interface CheckDirective {
  skipAll: boolean;
  skip: ReadonlySet<string>;
  /** Build-check warnings fail the build. */
  error: boolean;
}

export function readCheckDirective(syntax: DockerfileSyntax): CheckDirective {
  const directive = syntax.directives.find((d) => d.name === 'check');
  const result = { skipAll: false, skip: new Set<string>(), error: false };
  if (!directive) return result;
  for (const part of directive.value.split(';')) {
    const [key, value = ''] = part.split('=').map((s) => s.trim());
    if (key.toLowerCase() === 'skip') {
      for (const id of value.split(',').map((s) => s.trim()).filter(Boolean)) {
        if (id.toLowerCase() === 'all') result.skipAll = true;
        else result.skip.add(id);
      }
    } else if (key.toLowerCase() === 'error') {
      result.error = value.toLowerCase() === 'true';
    }
  }
  return result;
}

const IGNORE = /^#\s*berth-ignore\b\s*(.*)$/;

/**
 * `# berth-ignore Id1, Id2` silences those rules on the next instruction; without ids it
 * silences every rule there. Returns, per instruction start line, the ids silenced ('*' = all).
 */
export function readIgnoreComments(syntax: DockerfileSyntax): Map<number, Set<string>> {
  const ignored = new Map<number, Set<string>>();
  let next = 0;
  for (const comment of syntax.comments) {
    const match = IGNORE.exec(comment.text);
    if (!match) continue;
    const line = comment.range.start.line;
    while (next < syntax.instructions.length && syntax.instructions[next].startLine <= line) next++;
    const target = syntax.instructions[next];
    if (!target) continue;
    const ids = match[1].split(/[\s,]+/).filter(Boolean);
    const set = ignored.get(target.range.start.line) ?? new Set<string>();
    for (const id of ids.length > 0 ? ids : ['*']) set.add(id);
    ignored.set(target.range.start.line, set);
  }
  return ignored;
}
