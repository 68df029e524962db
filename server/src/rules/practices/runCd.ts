import { Finding, Rule } from '../rule';
import { mapperFor, runScript } from './shell';

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
    const findings: Finding[] = [];
    const script = runScript(instruction);
    const first = script?.commands[0];
    if (!script || !first || first.before !== '' || first.words.length !== 2 || first.words[0].raw !== 'cd') return findings;
    const directory = first.words[1];
    if (directory.value === '-' || directory.value.startsWith('~')) return findings;
    const mapper = mapperFor(instruction, syntax.escapeChar);
    const range = mapper.range(first.words[0].start, directory.end);
    if (script.commands.length === 1 && (first.after === '' || first.after === ';')) {
      const plain = PLAIN_DIRECTORY.test(directory.raw);
      findings.push({
        range,
        message: plain ? 'only' : 'onlyVariable',
        args: [directory.raw],
        fixes: plain
          ? [{ title: 'useWorkdir', args: [directory.raw], edits: [{ range: { start: instruction.keywordRange.start, end: instruction.range.end }, newText: `WORKDIR ${directory.raw}` }] }]
          : undefined,
      });
    } else if (first.after === '&&') {
      findings.push({ range, message: 'first', args: [directory.raw] });
    }
    return findings;
  },
};
