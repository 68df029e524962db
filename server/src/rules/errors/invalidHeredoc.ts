import { Instruction, Range } from '../../parser/syntax';
import { Finding, Rule } from '../rule';
import { listArgumentTexts, listArguments } from './args';

/** A word that opens a heredoc, as BuildKit recognises it: `<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF`. */
const MARKER = /^\d*<<(-?)([^<]*)$/;

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
    const findings: Finding[] = [];
    const carrier = instruction.inner ?? instruction;
    if (instruction.heredocs.some((h) => !h.terminated)) {
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
    }
    // The ranges of the arguments are worked out only for a heredoc destination.
    if ((instruction.name === 'COPY' || instruction.name === 'ADD') && (instruction.args.includes('<<') || instruction.args.includes('\\u'))) {
      const texts = listArgumentTexts(instruction);
      const args = texts.length >= 2 && isHeredoc(texts[texts.length - 1]) ? listArguments(instruction) : [];
      const destination = args[args.length - 1];
      if (args.length >= 2 && isHeredoc(destination.text)) findings.push({ range: destination.range, message: 'destination', args: [instruction.keyword] });
    }
    return findings;
  },
};

function isHeredoc(word: string): boolean {
  const match = MARKER.exec(word);
  return match !== null && match[2] !== '';
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
