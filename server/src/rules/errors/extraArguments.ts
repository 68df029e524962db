import { Finding, Rule } from '../rule';
import { fields, fieldTexts, span } from './args';

/** Arguments BuildKit refuses because the instruction takes fewer. */
export const extraArguments: Rule = {
  id: 'ExtraArguments',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'The instruction has more arguments than docker build accepts.',
    zh: '指令的参数多于 docker build 所接受的数量。',
  },
  messages: {
    from: {
      en: "FROM takes an image and optionally 'AS name'; remove the extra arguments.",
      zh: 'FROM 只接受一个镜像，以及可选的“AS 名称”；请删除多余的参数。',
    },
  },
  appliesTo: ['FROM'],
  checkInstruction(instruction) {
    const findings: Finding[] = [];
    // HEALTHCHECK NONE with arguments is the flags family's InvalidHealthcheckOption.
    if (instruction.name === 'FROM') {
      const texts = fieldTexts(instruction);
      const isAs = texts.length >= 2 && texts[1].toLowerCase() === 'as';
      // `FROM image AS` (no name) is InvalidStageName's; three words with AS are fine.
      if (texts.length <= 1 || (isAs && texts.length <= 3)) return findings;
      const args = fields(instruction);
      const extra = isAs ? args.slice(3) : args.slice(1);
      findings.push({ range: span(extra), message: 'from' });
    }
    return findings;
  },
};
