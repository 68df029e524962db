import { Instruction } from '../../parser/syntax';
import { Finding, Rule, stageCheck } from '../rule';
import { copyRange } from './shell';

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
    check: (stage) => ({ findings: runRows(stage.instructions) }),
  }),
};

function runRows(instructions: readonly Instruction[]): Finding[] {
  const findings: Finding[] = [];
  let group: Instruction[] = [];
  let groupFlags = '';
  const flush = () => {
    if (group.length >= MINIMUM) findings.push({ range: copyRange(group[0].keywordRange), message: 'consecutive', args: [String(group.length)] });
    group = [];
  };
  for (const instruction of instructions) {
    const joinable = instruction.name === 'RUN' && !instruction.execForm && instruction.heredocs.length === 0 && instruction.rest.text !== '';
    if (!joinable) {
      flush();
      continue;
    }
    // RUNs with different flags (--mount, --network ...) cannot simply be joined.
    const flags = instruction.flags.map((f) => `${f.name}=${f.value ?? ''}`).sort().join('\n');
    // A blank or comment line between two RUNs says the author split them on purpose.
    const previous = group[group.length - 1];
    const separated = previous !== undefined && instruction.range.start.line > previous.range.end.line + 1;
    if (group.length > 0 && (flags !== groupFlags || separated)) flush();
    if (group.length === 0) groupFlags = flags;
    group.push(instruction);
  }
  flush();
  return findings;
}
