import { INSTRUCTIONS } from '../errors/unknownInstruction';
import { Instruction } from '../../parser/syntax';
import { Stage } from '../../model/model';
import { Finding, Rule, stageCheck } from '../rule';

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
      let lower = 0;
      let upper = 0;
      for (const stage of model.stages) {
        const counts = countsOf(stage);
        lower += counts.lower;
        upper += counts.upper;
      }
      return lower > upper;
    },
    inputOf: (_stage, majorityLower) => [majorityLower],
    check(stage, majorityLower) {
      const findings: Finding[] = [];
      for (const instruction of countsOf(stage).counted) {
        const wanted = majorityLower ? instruction.keyword.toLowerCase() : instruction.keyword.toUpperCase();
        if (instruction.keyword === wanted) continue;
        findings.push({
          range: instruction.keywordRange,
          message: majorityLower ? 'lower' : 'upper',
          args: [instruction.keyword],
          fixes: [{ title: 'change', args: [wanted], edits: [{ range: instruction.keywordRange, newText: wanted }] }],
        });
      }
      return { findings };
    },
  }),
};

interface Counts {
  /** FROM and the stage's instructions with a known keyword. */
  counted: Instruction[];
  lower: number;
  upper: number;
}

/** Per stage, kept while the model keeps the stage (its instructions are then the same). */
const countsOfStage = new WeakMap<Stage, Counts>();

function countsOf(stage: Stage): Counts {
  let counts = countsOfStage.get(stage);
  if (counts) return counts;
  const counted = [stage.from];
  for (const instruction of stage.instructions) if (KNOWN.has(instruction.name)) counted.push(instruction);
  let lower = 0;
  let upper = 0;
  for (const { keyword } of counted) {
    if (keyword === keyword.toLowerCase()) lower++;
    else if (keyword === keyword.toUpperCase()) upper++;
  }
  countsOfStage.set(stage, (counts = { counted, lower, upper }));
  return counts;
}
