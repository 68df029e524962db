import { Instruction } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule, stageCheck } from '../rule';
import { copyRange, shellText } from './shell';

const MINIMUM = 3;

/** Three or more RUNs in a row that could be one layer. */
export const consecutiveRuns: Rule = {
  id: 'ConsecutiveRuns',
  kind: 'practice',
  defaultSeverity: 'hint',
  description: {
    en: 'Three or more consecutive RUN instructions could be one layer.',
    zh: '三条或更多连续的 RUN 指令可以合并为一层。',
  },
  messages: {
    consecutive: {
      en: '{0} consecutive RUN instructions each make a layer. Join them with && in one RUN unless you want them cached apart.',
      zh: '连续 {0} 条 RUN 指令各自生成一层。除非需要分别缓存，请用 && 把它们合并为一条 RUN。',
    },
  },
  // Any instruction other than a RUN ends a row, FROM included: rows never cross stages.
  check: ({ model }) => runRows(model.preamble),
  stages: stageCheck({
    prepare: () => undefined,
    check: (stage) => {
      const findings = runRows(stage.instructions);
      return findings === NOTHING_FOUND ? NOTHING_FOUND_HERE : { findings };
    },
  }),
};

/** What the stage check returns when it found nothing (shared, never changed). */
const NOTHING_FOUND_HERE = Object.freeze({ findings: NOTHING_FOUND });

function runRows(instructions: readonly Instruction[]): Finding[] {
  let findings: Finding[] | undefined;
  // The row being read: its first and last RUN, its length, and its flags (worked out when a
  // second RUN comes). Index loop, no closure: this runs over every instruction of every stage.
  let first: Instruction | undefined;
  let last: Instruction | undefined;
  let length = 0;
  let firstFlags: string | undefined;
  for (let n = 0; n <= instructions.length; n++) {
    const instruction = n < instructions.length ? instructions[n] : undefined;
    // A RUN in shell form, with a command and no heredoc.
    const joinable = instruction !== undefined && shellText(instruction) !== undefined;
    if (joinable && length > 0) {
      // RUNs with different flags (--mount, --network ...) cannot simply be joined.
      // A blank or comment line between two RUNs says the author split them on purpose.
      const separated = instruction.startLine > last!.endLine + 1;
      if (flagsOf(instruction) === (firstFlags ??= flagsOf(first!)) && !separated) {
        last = instruction;
        length++;
        continue;
      }
    }
    // The row ends here.
    if (length >= MINIMUM) (findings ??= []).push({ range: copyRange(first!.keywordRange), message: 'consecutive', args: [String(length)] });
    if (joinable) {
      first = last = instruction;
      length = 1;
    } else {
      first = last = undefined;
      length = 0;
    }
    firstFlags = undefined;
  }
  return findings ?? NOTHING_FOUND;
}

/** A RUN's flags, in an order of their own: two RUNs with the same flags have the same text here. */
function flagsOf(instruction: Instruction): string {
  const { flags } = instruction;
  return flags.length === 0 ? '' : flags.map((f) => `${f.name}=${f.value ?? ''}`).sort().join('\n');
}
