import { NOTHING_FOUND, Rule } from '../rule';

/** BuildKit: an empty line inside a continued instruction is skipped today, an error in the future. */
export const noEmptyContinuation: Rule = {
  id: 'NoEmptyContinuation',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'Empty continuation lines will become errors in a future release.', zh: '空的续行将在未来版本中成为错误。' },
  messages: {
    empty: { en: 'Empty continuation line', zh: '空的续行' },
    remove: { en: 'Remove the empty line', zh: '删除空行' },
  },
  checkInstruction(instruction) {
    // Almost every instruction has none (a shared empty list).
    if (instruction.emptyContinuationLines.length === 0) return NOTHING_FOUND;
    return instruction.emptyContinuationLines.map((line) => {
      const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
      return { range, message: 'empty', fixes: [{ title: 'remove', edits: [{ range, newText: '' }] }] };
    });
  },
};
