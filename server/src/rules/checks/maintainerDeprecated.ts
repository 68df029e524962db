import { NOTHING_FOUND, Rule } from '../rule';
import { keywordLike } from './common';

/** BuildKit: MAINTAINER is deprecated; the OCI label `org.opencontainers.image.authors` replaces it. */
export const maintainerDeprecated: Rule = {
  id: 'MaintainerDeprecated',
  kind: 'check',
  defaultSeverity: 'warning',
  description: {
    en: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author.',
    zh: 'MAINTAINER 指令已弃用，请改用标签（LABEL）来声明镜像作者。',
  },
  messages: {
    deprecated: { en: 'Maintainer instruction is deprecated in favor of using label', zh: 'MAINTAINER 指令已弃用，请改用 LABEL' },
    toLabel: { en: 'Replace with LABEL org.opencontainers.image.authors', zh: '替换为 LABEL org.opencontainers.image.authors' },
  },
  appliesTo: ['MAINTAINER'],
  checkInstruction(instruction, { syntax }) {
    if (instruction.name !== 'MAINTAINER') return NOTHING_FOUND;
    const escape = syntax.escapeChar;
    const author = instruction.args.replace(escape === '`' ? /[`"$]/g : /[\\"$]/g, (ch) => `${escape}${ch}`);
    const label = `${keywordLike(instruction.keyword, 'LABEL')} org.opencontainers.image.authors="${author}"`;
    return [
      {
        range: instruction.keywordRange,
        message: 'deprecated',
        fixes: [{ title: 'toLabel', edits: [{ range: { start: instruction.keywordRange.start, end: instruction.argsRange.end }, newText: label }] }],
      },
    ];
  },
};
