import { Stage } from '../../model/model';
import { booleanInput, Finding, nothingFoundWith, Rule, stageCheck } from '../rule';
import { inheritedFrom } from './common';

/** Shell-form text that a shell would treat as plain words: no quoting, expansion or operators. */
const PLAIN_WORDS = /^[A-Za-z0-9_./:,+=@%-]+(?:[ \t]+[A-Za-z0-9_./:,+=@%-]+)*$/;

/**
 * BuildKit: CMD and ENTRYPOINT in shell form run under `/bin/sh -c`, which does not pass signals
 * to the program. BuildKit does not warn when the stage (or a stage it is built on) has set a
 * SHELL, since the author then chose the shell on purpose.
 */
export const jsonArgsRecommended: Rule = {
  id: 'JSONArgsRecommended',
  kind: 'check',
  defaultSeverity: 'warning',
  description: {
    en: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals.',
    zh: '建议 ENTRYPOINT/CMD 使用 JSON 参数形式，以免出现与操作系统信号相关的意外行为。',
  },
  messages: {
    shellForm: { en: 'JSON arguments recommended for {0} to prevent unintended behavior related to OS signals', zh: '建议 {0} 使用 JSON 参数形式，以免出现与操作系统信号相关的意外行为' },
    toExec: { en: 'Convert to exec form {0}', zh: '转换为 exec 形式 {0}' },
  },
  stages: stageCheck({
    prepare: ({ model }) => model,
    // Whether the stages it is built on set a SHELL.
    inputOf: (stage, model, outputOf: (stage: Stage) => boolean | undefined) => booleanInput(inheritedFrom(model, stage, outputOf)),
    check(stage, model, outputOf: (stage: Stage) => boolean | undefined) {
      let findings: Finding[] | undefined;
      let hasShell = inheritedFrom(model, stage, outputOf);
      // Index loop: this runs on every instruction of the file in a fresh process.
      const instructions = stage.instructions;
      for (let i = 0; i < instructions.length; i++) {
        const instruction = instructions[i];
        if (instruction.name === 'SHELL') hasShell = true;
        // hasShell before execForm: the exec form is worked out when first asked for.
        if ((instruction.name !== 'CMD' && instruction.name !== 'ENTRYPOINT') || hasShell || instruction.execForm) continue;
        if (instruction.rest.text === '' || instruction.heredocs.length > 0) continue;
        const finding: Finding = { range: instruction.rest.range, message: 'shellForm', args: [instruction.name] };
        if (PLAIN_WORDS.test(instruction.rest.text)) {
          const json = `[${instruction.words.map((w) => JSON.stringify(w.text)).join(', ')}]`;
          finding.fixes = [{ title: 'toExec', args: [json], edits: [{ range: instruction.rest.range, newText: json }] }];
        }
        (findings ??= []).push(finding);
      }
      if (!findings) return nothingFoundWith(hasShell);
      return { findings, output: hasShell };
    },
  }),
};
