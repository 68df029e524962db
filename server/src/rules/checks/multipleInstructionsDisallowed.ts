import { Instruction } from '../../parser/syntax';
import { Finding, Rule, stageCheck } from '../rule';

const SINGLE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

/** BuildKit: only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage counts; earlier ones are dead. */
export const multipleInstructionsDisallowed: Rule = {
  id: 'MultipleInstructionsDisallowed',
  kind: 'check',
  defaultSeverity: 'warning',
  description: {
    en: 'Multiple instructions of the same type should not be used in the same stage.',
    zh: '同一构建阶段中不应多次使用同类指令。',
  },
  messages: {
    multiple: {
      en: 'Multiple {0} instructions should not be used in the same stage because only the last one will be used',
      zh: '同一构建阶段中不应使用多条 {0} 指令，因为只有最后一条会生效',
    },
  },
  stages: stageCheck({
    prepare: () => undefined,
    check(stage) {
      const findings: Finding[] = [];
      const previous = new Map<string, Instruction>();
      for (const instruction of stage.instructions) {
        if (!SINGLE.includes(instruction.name)) continue;
        const earlier = previous.get(instruction.name);
        // BuildKit points at the earlier one: that is the one that will be ignored.
        if (earlier) findings.push({ range: earlier.keywordRange, message: 'multiple', args: [instruction.name] });
        previous.set(instruction.name, instruction);
      }
      return { findings };
    },
  }),
};
