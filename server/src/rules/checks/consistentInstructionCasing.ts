import { INSTRUCTIONS } from '../errors/unknownInstruction';
import { Stage } from '../../model/model';
import { Finding, NOTHING_IN_STAGE, Rule, stageCheck, StageInput } from '../rule';

const KNOWN: ReadonlySet<string> = new Set(INSTRUCTIONS);

/**
 * BuildKit: every instruction keyword should follow the casing of the majority (upper unless
 * strictly more keywords are lower case). BuildKit counts FROM and the instructions of the stages,
 * not the ARGs before the first FROM.
 */
export const consistentInstructionCasing: Rule = {
  id: 'ConsistentInstructionCasing',
  kind: 'check',
  defaultSeverity: 'warning',
  description: {
    en: 'All instructions within the Dockerfile should use the same casing (either upper or lower).',
    zh: 'Dockerfile 中所有指令的大小写应保持一致（全部大写或全部小写）。',
  },
  messages: {
    upper: { en: "Command '{0}' should match the case of the command majority (uppercase)", zh: '指令“{0}”应与多数指令的大小写一致（大写）' },
    lower: { en: "Command '{0}' should match the case of the command majority (lowercase)", zh: '指令“{0}”应与多数指令的大小写一致（小写）' },
    change: { en: "Change to '{0}'", zh: '改为“{0}”' },
  },
  stages: stageCheck({
    prepare({ model }) {
      let lowerMinusUpper = 0;
      const stages = model.stages;
      for (let i = 0; i < stages.length; i++) lowerMinusUpper += countsOf(stages[i]);
      return lowerMinusUpper > 0;
    },
    inputOf: (_stage, majorityLower) => (majorityLower ? MAJORITY_LOWER : MAJORITY_UPPER),
    check(stage, majorityLower) {
      let findings: Finding[] | undefined;
      // The FROM, then the instructions (index loop: this runs on every instruction of the file).
      for (let i = -1; i < stage.instructions.length; i++) {
        const instruction = i < 0 ? stage.from : stage.instructions[i];
        if (i >= 0 && !KNOWN.has(instruction.name)) continue;
        const keyword = instruction.keyword;
        // `name` is the keyword upper-cased; toLowerCase gives the keyword itself when it is lower case already.
        const wanted = majorityLower ? keyword.toLowerCase() : instruction.name;
        if (keyword === wanted) continue;
        (findings ??= []).push({
          range: instruction.keywordRange,
          message: majorityLower ? 'lower' : 'upper',
          args: [keyword],
          fixes: [{ title: 'change', args: [wanted], edits: [{ range: instruction.keywordRange, newText: wanted }] }],
        });
      }
      return findings ? { findings } : NOTHING_IN_STAGE;
    },
  }),
};

/** The inputs of a stage: whether most keywords of the file are lower case (shared, never changed). */
const MAJORITY_LOWER: StageInput = [true];
const MAJORITY_UPPER: StageInput = [false];

/**
 * Per stage, kept while the model keeps the stage (its instructions are then the same): how many
 * more of its counted keywords (FROM and the instructions with a known keyword) are lower case
 * than upper case.
 */
const countsOfStage = new WeakMap<Stage, number>();

function countsOf(stage: Stage): number {
  let counts = countsOfStage.get(stage);
  if (counts !== undefined) return counts;
  counts = 0;
  for (let i = -1; i < stage.instructions.length; i++) {
    const instruction = i < 0 ? stage.from : stage.instructions[i];
    if (i >= 0 && !KNOWN.has(instruction.name)) continue;
    const keyword = instruction.keyword;
    // `name` is the keyword upper-cased (a known name has letters, so it is not lower case too).
    if (keyword === instruction.name) counts--;
    else if (keyword === keyword.toLowerCase()) counts++;
  }
  countsOfStage.set(stage, counts);
  return counts;
}
