import { Finding, NOTHING_FOUND, Rule } from '../rule';

/** The directives BuildKit knows; any other `# name=value` ends the directives. */
const KNOWN = new Set(['syntax', 'escape', 'check']);

/** `# escape=` with a character other than `\` or a backtick, and a directive given twice. */
export const invalidParserDirective: Rule = {
  id: 'InvalidParserDirective',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'A parser directive has an invalid value or is given more than once.',
    zh: '解析器指令的值无效，或被重复指定。',
  },
  messages: {
    escape: {
      en: "Invalid escape character '{0}': use a backslash (\\) or a backtick (`).",
      zh: '转义字符“{0}”无效：请使用反斜杠（\\）或反引号（`）。',
    },
    repeated: {
      en: "Only one '{0}' parser directive can be used.",
      zh: '只能使用一个“{0}”解析器指令。',
    },
  },
  check({ syntax }) {
    let findings: Finding[] | undefined;
    const seen = new Set<string>();
    for (const directive of syntax.directives) {
      // BuildKit stops looking at the first unknown name, or at one without a value.
      if (!KNOWN.has(directive.name) || directive.value === '') break;
      if (seen.has(directive.name)) {
        (findings ??= []).push({ range: directive.range, message: 'repeated', args: [directive.name] });
        continue;
      }
      seen.add(directive.name);
      if (directive.name === 'escape' && directive.value !== '\\' && directive.value !== '`') {
        (findings ??= []).push({ range: directive.valueRange, message: 'escape', args: [directive.value] });
      }
    }
    return findings ?? NOTHING_FOUND;
  },
};
