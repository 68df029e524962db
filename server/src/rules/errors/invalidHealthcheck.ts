import { NOTHING_FOUND, Rule } from '../rule';

const BLANKS = /[\t\v\f\r ]/;

/** HEALTHCHECK must be followed by CMD or NONE (any case). */
export const invalidHealthcheck: Rule = {
  id: 'InvalidHealthcheck',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'HEALTHCHECK is followed by something other than CMD or NONE.',
    zh: 'HEALTHCHECK 后面跟的不是 CMD 或 NONE。',
  },
  messages: {
    unknownType: {
      en: "Unknown HEALTHCHECK type '{0}': use HEALTHCHECK CMD <command> or HEALTHCHECK NONE.",
      zh: '未知的 HEALTHCHECK 类型“{0}”：请使用 HEALTHCHECK CMD <命令> 或 HEALTHCHECK NONE。',
    },
  },
  appliesTo: ['HEALTHCHECK'],
  checkInstruction(instruction) {
    if (instruction.name !== 'HEALTHCHECK' || instruction.rest.text === '') return NOTHING_FOUND;
    const { text, range } = instruction.rest;
    const blank = text.search(BLANKS);
    const type = blank < 0 ? text : text.slice(0, blank);
    const upper = type.toUpperCase();
    if (upper === 'CMD' || upper === 'NONE') return NOTHING_FOUND;
    const end = { line: range.start.line, character: range.start.character + type.length };
    return [{ range: { start: range.start, end }, message: 'unknownType', args: [type] }];
  },
};
