import { NOTHING_FOUND, Rule } from '../rule';
import { fieldEnd, fields, isAsKeyword, skipBlanks, span } from './args';

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
    // HEALTHCHECK NONE with arguments is the flags family's InvalidHealthcheckOption.
    if (instruction.name !== 'FROM') return NOTHING_FOUND;
    // The fields are counted without building them; they are built only for a finding.
    const text = instruction.rest.text;
    const asStart = skipBlanks(text, fieldEnd(text, skipBlanks(text, 0)));
    if (asStart === text.length) return NOTHING_FOUND;
    const asEnd = fieldEnd(text, asStart);
    const isAs = isAsKeyword(text, asStart, asEnd);
    // `FROM image AS` (no name) is InvalidStageName's; three words with AS are fine.
    if (isAs && skipBlanks(text, fieldEnd(text, skipBlanks(text, asEnd))) === text.length) return NOTHING_FOUND;
    const args = fields(instruction);
    const extra = isAs ? args.slice(3) : args.slice(1);
    return [{ range: span(extra), message: 'from' }];
  },
};
