import { Instruction } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { closest } from '../suggest';

/** Every instruction BuildKit's Dockerfile frontend knows. */
export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;

const KNOWN: ReadonlySet<string> = new Set(INSTRUCTIONS);

/** `docker build` fails with "unknown instruction" on any other keyword. */
export const unknownInstruction: Rule = {
  id: 'UnknownInstruction',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'The instruction is not one that docker build knows.', zh: '该指令不是 docker build 认识的指令。' },
  messages: {
    unknown: { en: "Unknown instruction '{0}'.", zh: '未知指令“{0}”。' },
    suggestion: { en: "Unknown instruction '{0}'. Did you mean '{1}'?", zh: '未知指令“{0}”。您是想用“{1}”吗？' },
    replace: { en: "Change to '{0}'", zh: '改为“{0}”' },
  },
  checkInstruction(instruction) {
    // The instruction, then the one ONBUILD carries: no list of the two (this runs on every instruction).
    const outer = unknown(instruction);
    const inner = instruction.inner ? unknown(instruction.inner) : undefined;
    if (!outer) return inner ? [inner] : NOTHING_FOUND;
    return inner ? [outer, inner] : [outer];
  },
};

/** The finding on an instruction whose keyword BuildKit does not know. */
function unknown(checked: Instruction): Finding | undefined {
  if (KNOWN.has(checked.name) || checked.keyword === '') return undefined;
  const suggestion = closest(checked.name, INSTRUCTIONS);
  return suggestion
    ? {
        range: checked.keywordRange,
        message: 'suggestion',
        args: [checked.keyword, suggestion],
        fixes: [{ title: 'replace', args: [suggestion], edits: [{ range: checked.keywordRange, newText: suggestion }] }],
      }
    : { range: checked.keywordRange, message: 'unknown', args: [checked.keyword] };
}
