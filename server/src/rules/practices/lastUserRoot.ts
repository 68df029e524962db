import { Instruction } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { copyRange } from './shell';

/** The last USER of the final stage (or of the stages it builds on) is root. */
export const lastUserRoot: Rule = {
  id: 'LastUserRoot',
  kind: 'practice',
  defaultSeverity: 'hint',
  description: {
    en: 'The image runs as root: the last USER of the final stage is root.',
    zh: '镜像以 root 身份运行：最后阶段的最后一条 USER 指令是 root。',
  },
  messages: {
    root: {
      en: "The container will run as root, since the last USER is '{0}'. Switch to an unprivileged user at the end.",
      zh: '最后一条 USER 指令是“{0}”，容器将以 root 身份运行。请在最后切换到非特权用户。',
    },
  },
  check({ model }) {
    let stage = model.stages[model.stages.length - 1];
    const seen = new Set<number>();
    while (stage && !seen.has(stage.index)) {
      seen.add(stage.index);
      let last: Instruction | undefined;
      for (const instruction of stage.instructions) if (instruction.name === 'USER') last = instruction;
      if (last) {
        const user = last.words[0]?.text ?? '';
        const name = user.split(':')[0];
        return last.words.length === 1 && (name === 'root' || name === '0')
          ? [{ range: copyRange(last.argsRange), message: 'root', args: [user] } satisfies Finding]
          : NOTHING_FOUND;
      }
      const base = model.findStage(stage.base);
      if (!base || base.index >= stage.index) return NOTHING_FOUND;
      stage = base;
    }
    return NOTHING_FOUND;
  },
};
