import { Instruction } from '../../parser/syntax';
import { booleanInput, Finding, NOTHING_FOUND, Rule, stageCheck } from '../rule';
import { AptCall, aptCalls, commandName, helperStages, mapperFor, mayMention, runScript, shellText, ShellScript, simulates } from './shell';

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
    inputOf: (stage, { helpers }) => booleanInput(helpers.has(stage)),
    check(stage, { escapeChar, helpers }) {
      if (helpers.has(stage)) return NOTHING_FOUND_HERE;
      let findings: Finding[] | undefined;
      const { instructions } = stage;
      // Index loops, and a cheap look at the text first: this runs on every instruction of every stage.
      for (let n = 0; n < instructions.length; n++) {
        const instruction = instructions[n];
        const text = shellText(instruction);
        if (text === undefined || !mayMention(text, 'apt')) continue;
        const script = runScript(instruction)!;
        const calls = aptCalls(script);
        let install: AptCall | undefined;
        let updates = false;
        let distCleans = false;
        for (let c = 0; c < calls.length; c++) {
          const action = calls[c].action.value;
          if (install === undefined && action === 'install' && !simulates(calls[c])) install = calls[c];
          else if (action === 'update') updates = true;
          else if (action === 'dist-clean') distCleans = true;
        }
        // The lists are written by `update`: only a RUN that does both leaves them in its own layer.
        if (!install || !updates) continue;
        if (cachesLists(instruction)) continue;
        // `apt-get dist-clean` (apt 2.7 and later) removes the lists as well.
        if (distCleans || removesLists(script)) continue;
        const mapper = mapperFor(instruction, escapeChar);
        (findings ??= []).push({ range: mapper.range(install.tool.start, install.action.end), message: 'notCleaned' });
      }
      return findings ? { findings } : NOTHING_FOUND_HERE;
    },
  }),
};

/** What a stage check returns when it found nothing (shared, never changed). */
const NOTHING_FOUND_HERE = Object.freeze({ findings: NOTHING_FOUND });

/** Whether a cache mount keeps the lists out of the layer. */
function cachesLists(instruction: Instruction): boolean {
  const { flags } = instruction;
  for (let f = 0; f < flags.length; f++) {
    const { name, value } = flags[f];
    if (name === 'mount' && value !== undefined && CACHE_MOUNT_ON_APT.test(value)) return true;
  }
  return false;
}

/** Whether an `rm` of the script removes the lists. */
function removesLists(script: ShellScript): boolean {
  const { commands } = script;
  for (let c = 0; c < commands.length; c++) {
    const name = commandName(commands[c]);
    if (name === undefined || name.word.value !== 'rm') continue;
    const { words } = commands[c];
    for (let w = name.index + 1; w < words.length; w++) if (LISTS.test(words[w].value)) return true;
  }
  return false;
}
