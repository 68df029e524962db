import { NOTHING_FOUND, Rule } from '../rule';

/** ONBUILD's trigger cannot be ONBUILD, FROM or MAINTAINER. */
export const invalidOnbuild: Rule = {
  id: 'InvalidOnbuild',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'ONBUILD carries an instruction that cannot be a trigger: ONBUILD, FROM or MAINTAINER.',
    zh: 'ONBUILD 携带了不能作为触发器的指令：ONBUILD、FROM 或 MAINTAINER。',
  },
  messages: {
    chained: { en: 'ONBUILD cannot be chained: ONBUILD ONBUILD is not allowed.', zh: 'ONBUILD 不能嵌套：不允许 ONBUILD ONBUILD。' },
    trigger: { en: '{0} is not allowed as an ONBUILD trigger.', zh: '{0} 不能作为 ONBUILD 的触发指令。' },
    removeOnbuild: { en: 'Remove the repeated ONBUILD', zh: '删除重复的 ONBUILD' },
  },
  appliesTo: ['ONBUILD'],
  checkInstruction(instruction) {
    const inner = instruction.inner;
    if (instruction.name !== 'ONBUILD' || !inner) return NOTHING_FOUND;
    if (inner.name === 'ONBUILD') {
      // Dropping the inner keyword keeps the trigger: `ONBUILD ONBUILD RUN x` -> `ONBUILD RUN x`.
      return [{
        range: inner.keywordRange,
        message: 'chained',
        fixes: inner.args === '' ? undefined : [{ title: 'removeOnbuild', edits: [{ range: { start: inner.keywordRange.start, end: inner.argsRange.start }, newText: '' }] }],
      }];
    }
    if (inner.name === 'FROM' || inner.name === 'MAINTAINER') return [{ range: inner.keywordRange, message: 'trigger', args: [inner.keyword] }];
    return NOTHING_FOUND;
  },
};
