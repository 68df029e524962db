import { Finding, Fix, NOTHING_FOUND, Rule } from '../rule';

/** A value that means the same bare or inside double quotes. */
const QUOTABLE = /^[^"'\\`]*$/;

/** BuildKit: `ENV key value` and `LABEL key value` are the legacy form of `key=value`. */
export const legacyKeyValueFormat: Rule = {
  id: 'LegacyKeyValueFormat',
  kind: 'check',
  defaultSeverity: 'warning',
  description: {
    en: 'Legacy key/value format with whitespace separator should not be used.',
    zh: '不应使用以空白分隔的旧式键值格式。',
  },
  messages: {
    legacy: { en: '"{0} key=value" should be used instead of legacy "{0} key value" format', zh: '应使用“{0} key=value”格式，而不是旧式的“{0} key value”格式' },
    toEquals: { en: 'Change to {0}', zh: '改为 {0}' },
  },
  appliesTo: ['ENV', 'LABEL'],
  checkInstruction(instruction) {
    // BuildKit warns when it runs the instruction: ONBUILD ones run in another build.
    if (instruction.name !== 'ENV' && instruction.name !== 'LABEL') return NOTHING_FOUND;
    // What `keyValues` calls the legacy form (a first word without `=`, which is then the key),
    // read from the words: the pairs themselves are not needed here.
    const words = instruction.words;
    if (words.length === 0 || words[0].text.includes('=')) return NOTHING_FOUND;
    const key = words[0].text;
    const finding: Finding = { range: instruction.rest.range, message: 'legacy', args: [instruction.name] };
    const fixed = fixedText(instruction.rest.text, words.length, key);
    if (fixed !== undefined && instruction.rest.range.start.line === instruction.rest.range.end.line) {
      const fix: Fix = { title: 'toEquals', args: [fixed], edits: [{ range: instruction.rest.range, newText: fixed }] };
      finding.fixes = [fix];
    }
    return [finding];
  },
};

/** `key=value`, quoting a value with blanks; undefined when the rewrite is not plainly safe. */
function fixedText(rest: string, wordCount: number, key: string): string | undefined {
  if (!rest.startsWith(key)) return undefined;
  const value = rest.slice(key.length).trim();
  if (value === '') return undefined;
  if (wordCount === 2 && (!/[ \t]/.test(value) || /^"[^"\\]*"$/.test(value))) return `${key}=${value}`;
  return QUOTABLE.test(value) ? `${key}="${value}"` : undefined;
}
