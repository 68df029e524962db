import { Instruction, Range } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { allStrings, isFieldBlank, jsonArray, listArguments, skipBlanks } from './args';

/** A word that opens a heredoc, as BuildKit recognises it: `<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF`. */
const MARKER = /^\d*<<(-?)([^<]*)$/;
/** MARKER whose delimiter (group 2) is not empty, without capturing: what `isHeredoc` tests. */
const HEREDOC = /^\d*<<(?!-?$)[^<]+$/;

/** A heredoc never terminated, or one given as the destination of COPY or ADD. */
export const invalidHeredoc: Rule = {
  id: 'InvalidHeredoc',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'A heredoc is never terminated, or is used where docker build does not accept one.',
    zh: 'heredoc 没有结束标记，或用在了 docker build 不接受的位置。',
  },
  messages: {
    unterminated: {
      en: "The heredoc '{0}' is never terminated: add a line that is exactly '{1}'.",
      zh: 'heredoc“{0}”没有结束：请添加一行内容恰好为“{1}”的结束标记。',
    },
    destination: {
      en: '{0} cannot take a heredoc as its destination.',
      zh: '{0} 的目标路径不能是 heredoc。',
    },
  },
  checkInstruction(instruction) {
    // Index loops and a list made only for a finding: this runs on every instruction.
    let findings: Finding[] | undefined;
    const heredocs = instruction.heredocs;
    for (let i = 0; i < heredocs.length; i++) {
      if (!heredocs[i].terminated) {
        findings = unterminated(instruction);
        break;
      }
    }
    // The ranges of the arguments are worked out only for a heredoc destination.
    if ((instruction.name === 'COPY' || instruction.name === 'ADD') && (instruction.args.includes('<<') || instruction.args.includes('\\u')) && destinationIsHeredoc(instruction)) {
      const args = listArguments(instruction);
      const destination = args[args.length - 1];
      if (args.length >= 2 && isHeredoc(destination.text)) (findings ??= []).push({ range: destination.range, message: 'destination', args: [instruction.keyword] });
    }
    return findings ?? NOTHING_FOUND;
  },
};

/** The heredocs of the instruction that are never terminated, at the words that open them. */
function unterminated(instruction: Instruction): Finding[] {
  const findings: Finding[] = [];
  const carrier = instruction.inner ?? instruction;
  const markers = markerWords(carrier);
  const seen = new Map<string, number>();
  for (const heredoc of instruction.heredocs) {
    // The n-th heredoc of a name opens at the n-th marker word with that name.
    const occurrence = seen.get(heredoc.name) ?? 0;
    seen.set(heredoc.name, occurrence + 1);
    if (heredoc.terminated) continue;
    const marker = markers.filter((m) => m.name === heredoc.name)[occurrence];
    findings.push({
      range: marker?.range ?? carrier.keywordRange,
      message: 'unterminated',
      args: [marker?.text ?? `<<${heredoc.name}`, heredoc.name],
    });
  }
  return findings;
}

/**
 * Whether the arguments BuildKit sees (`listArgumentTexts`) are at least two and the last is a
 * heredoc, found without building the list: the JSON strings, or the last whitespace field.
 */
function destinationIsHeredoc(instruction: Instruction): boolean {
  const text = instruction.rest.text;
  const array = jsonArray(text);
  if (array && allStrings(array)) return array.length >= 2 && isHeredoc(array[array.length - 1]);
  let end = text.length;
  while (end > 0 && isFieldBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isFieldBlank(text.charCodeAt(start - 1))) start--;
  // A second field before the last one, and `<<` in the last one (else it cannot be a heredoc).
  if (skipBlanks(text, 0) >= start || text.lastIndexOf('<<', end - 2) < start) return false;
  return isHeredoc(text.slice(start, end));
}

/** Whether a word opens a heredoc: MARKER with a delimiter (`<<` and `<<-` alone name none). */
function isHeredoc(word: string): boolean {
  return HEREDOC.test(word);
}

/** The words that open heredocs, with the delimiter each names (quotes removed). */
function markerWords(instruction: Instruction): Array<{ name: string; text: string; range: Range }> {
  const out: Array<{ name: string; text: string; range: Range }> = [];
  for (const word of instruction.words) {
    const match = MARKER.exec(word.text);
    if (!match || match[2] === '') continue;
    const quoted = /^(["']).*\1$/.exec(match[2]);
    out.push({ name: quoted ? match[2].slice(1, -1) : match[2], text: word.text, range: word.range });
  }
  return out;
}
