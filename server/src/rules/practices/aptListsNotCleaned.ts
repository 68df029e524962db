import { Finding, Rule, stageCheck } from '../rule';
import { aptCalls, commandName, helperStages, mapperFor, runScript, simulates } from './shell';

const LISTS = /^\/var\/lib\/apt(?:\/?|\/\*|\/lists(?:\/.*)?)$/;
const CACHE_MOUNT_ON_APT = /(?:^|,)(?:target|dst|destination)=\/var\/lib\/apt(?:\/lists)?\/?(?:,|$)/;

/** A RUN that updates and installs with apt but leaves the package lists in its layer. */
export const aptListsNotCleaned: Rule = {
  id: 'AptListsNotCleaned',
  kind: 'practice',
  defaultSeverity: 'info',
  description: {
    en: 'A RUN that installs with apt-get leaves /var/lib/apt/lists in its layer.',
    zh: '用 apt-get 安装软件包的 RUN 指令把 /var/lib/apt/lists 留在了镜像层中。',
  },
  messages: {
    notCleaned: {
      en: "This RUN leaves the apt package lists in its layer. End it with 'rm -rf /var/lib/apt/lists/*' to keep the image small.",
      zh: '这条 RUN 指令把 apt 软件包列表留在了镜像层中。请在末尾加上“rm -rf /var/lib/apt/lists/*”，以减小镜像体积。',
    },
  },
  stages: stageCheck({
    prepare: ({ syntax, model }) => ({ escapeChar: syntax.escapeChar, helpers: helperStages(model.stages, model.findStage) }),
    // Layers of a stage that only feeds COPY --from do not ship.
    inputOf: (stage, { helpers }) => [helpers.has(stage)],
    check(stage, { escapeChar, helpers }) {
      const findings: Finding[] = [];
      if (helpers.has(stage)) return { findings };
      for (const instruction of stage.instructions) {
        const script = runScript(instruction);
        if (!script) continue;
        const calls = aptCalls(script);
        const install = calls.find((c) => c.action.value === 'install' && !simulates(c));
        // The lists are written by `update`: only a RUN that does both leaves them in its own layer.
        if (!install || !calls.some((c) => c.action.value === 'update')) continue;
        if (instruction.flags.some((f) => f.name === 'mount' && f.value !== undefined && CACHE_MOUNT_ON_APT.test(f.value))) continue;
        // `apt-get dist-clean` (apt 2.7 and later) removes the lists as well.
        const cleaned =
          calls.some((c) => c.action.value === 'dist-clean') ||
          script.commands.some((command) => {
            const name = commandName(command);
            return name !== undefined && name.word.value === 'rm' && command.words.slice(name.index + 1).some((w) => LISTS.test(w.value));
          });
        if (cleaned) continue;
        const mapper = mapperFor(instruction, escapeChar);
        findings.push({ range: mapper.range(install.tool.start, install.action.end), message: 'notCleaned' });
      }
      return { findings };
    },
  }),
};
