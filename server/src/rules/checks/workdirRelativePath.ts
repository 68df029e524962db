import { Stage } from '../../model/model';
import { unquote } from '../../parser/keyValues';
import { booleanInput, nothingFoundWith, Rule, stageCheck } from '../rule';
import { inheritedFrom } from './common';

/** Absolute on Linux (`/app`) or Windows (`C:\app`, `\app`). */
const ABSOLUTE = /^(?:[/\\]|[A-Za-z]:)/;

/**
 * BuildKit: the first WORKDIR of a stage (counting the stages it is built on) should be absolute;
 * a relative one lands wherever the base image's working directory happens to be. Later relative
 * WORKDIRs are fine, they build on the first.
 */
export const workdirRelativePath: Rule = {
  id: 'WorkdirRelativePath',
  kind: 'check',
  defaultSeverity: 'warning',
  description: {
    en: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes.',
    zh: '构建中未先声明绝对路径的工作目录时，使用相对 WORKDIR 可能会在基础镜像变化时产生意外结果。',
  },
  messages: {
    relative: { en: 'Relative workdir "{0}" can have unexpected results if the base image changes', zh: '相对工作目录“{0}”可能会在基础镜像变化时产生意外结果' },
  },
  stages: stageCheck({
    prepare: ({ model }) => model,
    // Whether the stages it is built on set a WORKDIR.
    inputOf: (stage, model, outputOf: (stage: Stage) => boolean | undefined) => booleanInput(inheritedFrom(model, stage, outputOf)),
    check(stage, model, outputOf: (stage: Stage) => boolean | undefined) {
      if (inheritedFrom(model, stage, outputOf)) return nothingFoundWith(true);
      // Only the first WORKDIR counts (index loop: this runs on every instruction of the file).
      const instructions = stage.instructions;
      for (let i = 0; i < instructions.length; i++) {
        const instruction = instructions[i];
        if (instruction.name !== 'WORKDIR') continue;
        const path = unquote(instruction.rest.text);
        // A leading variable may well hold an absolute path.
        if (path === '' || path.startsWith('$') || ABSOLUTE.test(path)) return nothingFoundWith(true);
        return { findings: [{ range: instruction.rest.range, message: 'relative', args: [path] }], output: true };
      }
      return nothingFoundWith(false);
    },
  }),
};
