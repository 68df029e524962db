import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { mapperFor, runScript, shellText } from './shell';

/** A directory WORKDIR can take as is: no variables, quotes, `~` or `-`. */
const PLAIN_DIRECTORY = /^[A-Za-z0-9_./@+,:=-]+$/;

/** A RUN that only changes directory, or starts with `cd dir &&`, where WORKDIR would do. */
export const runCd: Rule = {
  id: 'RunCd',
  kind: 'practice',
  defaultSeverity: 'info',
  description: {
    en: 'A RUN changes directory with cd where WORKDIR would do.',
    zh: 'RUN 指令用 cd 切换目录，而这里用 WORKDIR 更合适。',
  },
  messages: {
    only: {
      en: "'cd {0}' alone has no effect: every RUN starts in the working directory again. Use 'WORKDIR {0}'.",
      zh: '单独的“cd {0}”没有任何效果：每条 RUN 指令都会重新从工作目录开始。请使用“WORKDIR {0}”。',
    },
    onlyVariable: {
      en: "'cd {0}' alone has no effect: every RUN starts in the working directory again. Use WORKDIR to change it.",
      zh: '单独的“cd {0}”没有任何效果：每条 RUN 指令都会重新从工作目录开始。请使用 WORKDIR 切换目录。',
    },
    first: {
      en: "The RUN starts with 'cd {0} &&': set the directory with 'WORKDIR {0}' instead, which is clearer and applies to the instructions that follow.",
      zh: '这条 RUN 指令以“cd {0} &&”开头：请改用“WORKDIR {0}”设置目录，更清晰，并且对后续指令同样生效。',
    },
    useWorkdir: { en: "Replace with 'WORKDIR {0}'", zh: '替换为“WORKDIR {0}”' },
  },
  appliesTo: ['RUN'],
  checkInstruction(instruction, { syntax }) {
    // Most RUNs have no `cd` at all: no need to read their script.
    const text = shellText(instruction);
    if (text === undefined || !text.includes('cd')) return NOTHING_FOUND;
    const script = runScript(instruction)!;
    const first = script.commands[0];
    if (!first || first.before !== '' || first.words.length !== 2 || first.words[0].raw !== 'cd') return NOTHING_FOUND;
    const directory = first.words[1];
    if (directory.value === '-' || directory.value.startsWith('~')) return NOTHING_FOUND;
    const alone = script.commands.length === 1 && (first.after === '' || first.after === ';');
    if (!alone && first.after !== '&&') return NOTHING_FOUND;
    const range = mapperFor(instruction, syntax.escapeChar).range(first.words[0].start, directory.end);
    if (!alone) return [{ range, message: 'first', args: [directory.raw] }];
    const plain = PLAIN_DIRECTORY.test(directory.raw);
    const finding: Finding = {
      range,
      message: plain ? 'only' : 'onlyVariable',
      args: [directory.raw],
      fixes: plain
        ? [{ title: 'useWorkdir', args: [directory.raw], edits: [{ range: { start: instruction.keywordRange.start, end: instruction.range.end }, newText: `WORKDIR ${directory.raw}` }] }]
        : undefined,
    };
    return [finding];
  },
};
