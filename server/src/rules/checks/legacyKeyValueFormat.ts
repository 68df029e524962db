import { keyValues } from '../../parser/keyValues';
import { Finding, Fix, Rule } from '../rule';

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
  checkInstruction(target) {
    const findings: Finding[] = [];
    // BuildKit warns when it runs the instruction: ONBUILD ones run in another build.
    for (const checked of [target]) {
      if (checked.name !== 'ENV' && checked.name !== 'LABEL') continue;
      const { legacy, pairs } = keyValues(checked);
      if (!legacy || pairs.length === 0) continue;
      const [pair] = pairs;
      const finding: Finding = { range: checked.rest.range, message: 'legacy', args: [checked.name] };
      const fixed = fixedText(checked.rest.text, checked.words.length, pair.key);
      if (fixed !== undefined && checked.rest.range.start.line === checked.rest.range.end.line) {
        const fix: Fix = { title: 'toEquals', args: [fixed], edits: [{ range: checked.rest.range, newText: fixed }] };
        finding.fixes = [fix];
      }
      findings.push(finding);
    }
    return findings;
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
