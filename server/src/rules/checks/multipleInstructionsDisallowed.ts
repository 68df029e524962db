import { Instruction } from '../../parser/syntax';
import { Finding, NOTHING_IN_STAGE, Rule, stageCheck } from '../rule';

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
      let findings: Finding[] | undefined;
      // The last CMD, ENTRYPOINT and HEALTHCHECK so far (locals and an index loop: this runs on
      // every instruction of the file in a fresh process).
      let cmd: Instruction | undefined;
      let entrypoint: Instruction | undefined;
      let healthcheck: Instruction | undefined;
      const instructions = stage.instructions;
      for (let i = 0; i < instructions.length; i++) {
        const instruction = instructions[i];
        const name = instruction.name;
        let earlier: Instruction | undefined;
        if (name === 'CMD') {
          earlier = cmd;
          cmd = instruction;
        } else if (name === 'ENTRYPOINT') {
          earlier = entrypoint;
          entrypoint = instruction;
        } else if (name === 'HEALTHCHECK') {
          earlier = healthcheck;
          healthcheck = instruction;
        } else continue;
        // BuildKit points at the earlier one: that is the one that will be ignored.
        if (earlier) (findings ??= []).push({ range: earlier.keywordRange, message: 'multiple', args: [name] });
      }
      return findings ? { findings } : NOTHING_IN_STAGE;
    },
  }),
};
