import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { isLiteralExposeWord } from './common';

const PROTOCOLS: ReadonlySet<string> = new Set(['tcp', 'udp', 'sctp']);

/** Whether `text` from `start` on is ASCII without capitals (it is then its own lower case): no copy to find out. */
function isLowerAscii(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

/** BuildKit: the protocol of an EXPOSE port (`80/TCP`) should be lowercase. */
export const exposeProtoCasing: Rule = {
  id: 'ExposeProtoCasing',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'Protocol in EXPOSE instruction should be lowercase.', zh: 'EXPOSE 指令中的协议应使用小写。' },
  messages: {
    casing: { en: "Defined protocol '{0}' in EXPOSE instruction should be lowercase", zh: 'EXPOSE 指令中定义的协议“{0}”应使用小写' },
    lowercase: { en: "Change to '{0}'", zh: '改为“{0}”' },
  },
  appliesTo: ['EXPOSE'],
  checkInstruction(instruction) {
    // Most EXPOSE name no protocol.
    if (instruction.name !== 'EXPOSE' || !instruction.args.includes('/')) return NOTHING_FOUND;
    let findings: Finding[] | undefined;
    const words = instruction.words;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!isLiteralExposeWord(word)) continue;
      const slash = word.text.lastIndexOf('/');
      if (slash < 0 || word.text.indexOf(':', slash) >= 0 || isLowerAscii(word.text, slash + 1)) continue;
      const proto = word.text.slice(slash + 1);
      // Another protocol is an error of its own; BuildKit stops there.
      if (proto === proto.toLowerCase() || !PROTOCOLS.has(proto.toLowerCase())) continue;
      const fixed = word.text.slice(0, slash + 1) + proto.toLowerCase();
      (findings ??= []).push({ range: word.range, message: 'casing', args: [word.text], fixes: [{ title: 'lowercase', args: [fixed], edits: [{ range: word.range, newText: fixed }] }] });
    }
    return findings ?? NOTHING_FOUND;
  },
};
