import ignore from '@balena/dockerignore';
import { Instruction } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule } from '../rule';

const URL_OR_GIT = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)/;

/** A source as the build context sees it: no `./` or leading `/`, cleaned like Go's path.Clean. */
function contextPath(source: string): string {
  const parts: string[] = [];
  for (const part of source.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * BuildKit (an experimental check there): a COPY or ADD source from the build context that
 * `.dockerignore` excludes is not in the context, so the copy finds nothing. COPY --from and
 * ADD of URLs or git repositories do not read the context and are not checked.
 */
export const copyIgnoredFile: Rule = {
  id: 'CopyIgnoredFile',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'Attempting to Copy file that is excluded by .dockerignore.', zh: '试图复制被 .dockerignore 排除的文件。' },
  messages: {
    copy: { en: 'Attempting to Copy file "{0}" that is excluded by .dockerignore', zh: 'COPY 试图复制被 .dockerignore 排除的文件“{0}”' },
    add: { en: 'Attempting to Add file "{0}" that is excluded by .dockerignore', zh: 'ADD 试图添加被 .dockerignore 排除的文件“{0}”' },
  },
  check({ syntax, build }) {
    if (!build.dockerignore) return NOTHING_FOUND;
    const patterns = build.dockerignore.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    if (patterns.length === 0) return NOTHING_FOUND;
    const matcher = ignore().add(patterns);
    const excluded = (path: string): boolean => {
      if (path === '') return false;
      if (matcher.ignores(path)) return true;
      for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        if (matcher.ignores(path.slice(0, slash))) return true;
      }
      return false;
    };
    let findings: Finding[] | undefined;
    // Index loops: this runs on every instruction of the file in a fresh process.
    const instructions = syntax.instructions;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i];
      if (instruction.name !== 'COPY' && instruction.name !== 'ADD') continue;
      if (instruction.execForm || hasFromFlag(instruction)) continue;
      // The sources: every word but the destination.
      const words = instruction.words;
      for (let w = 0; w < words.length - 1; w++) {
        const source = words[w];
        const text = source.text;
        if (text.startsWith('<<') || text.includes('$') || /["'\\]/.test(text) || URL_OR_GIT.test(text)) continue;
        if (excluded(contextPath(text))) {
          (findings ??= []).push({ range: source.range, message: instruction.name === 'COPY' ? 'copy' : 'add', args: [text] });
        }
      }
    }
    return findings ?? NOTHING_FOUND;
  },
};

function hasFromFlag(instruction: Instruction): boolean {
  const flags = instruction.flags;
  for (let f = 0; f < flags.length; f++) if (flags[f].name === 'from') return true;
  return false;
}
