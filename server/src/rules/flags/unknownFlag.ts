import { Instruction } from '../../parser/syntax';
import { Rule } from '../rule';
import { acceptedFlags, checkWithInner, Found } from './flagSpecs';
import { closest } from '../suggest';

/** `docker build` fails with "unknown flag" on a flag the instruction does not declare. */
export const unknownFlag: Rule = {
  id: 'UnknownFlag',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'The instruction does not accept this flag.', zh: '该指令不接受此参数标志。' },
  messages: {
    unknown: { en: "Unknown flag '--{0}' for {1}.", zh: '{1} 指令不支持参数标志“--{0}”。' },
    suggestion: { en: "Unknown flag '--{0}' for {1}. Did you mean '--{2}'?", zh: '{1} 指令不支持参数标志“--{0}”。您是想用“--{2}”吗？' },
    none: { en: "{1} takes no flags: '--{0}' is not allowed.", zh: '{1} 指令不接受任何参数标志，不能使用“--{0}”。' },
    replace: { en: "Change to '--{0}'", zh: '改为“--{0}”' },
  },
  checkInstruction(target) {
    return checkWithInner(target, checkFlags);
  },
};

function checkFlags(instruction: Instruction, findings: Found): Found {
  if (instruction.flags.length === 0) return findings;
  const accepted = acceptedFlags(instruction);
  if (!accepted) return findings;
  const flags = instruction.flags;
  // Only an unknown flag needs the names (to suggest one).
  let names: string[] | undefined;
  // An index loop: in cold code, for...of allocates an iterator result per step.
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (Object.prototype.hasOwnProperty.call(accepted, flag.name)) continue;
    names ??= Object.keys(accepted);
    if (names.length === 0) {
      (findings ??= []).push({ range: flag.nameRange, message: 'none', args: [flag.name, instruction.name] });
      continue;
    }
    const suggestion = closest(flag.name, names);
    (findings ??= []).push(
      suggestion
        ? {
            range: flag.nameRange,
            message: 'suggestion',
            args: [flag.name, instruction.name, suggestion],
            fixes: [{ title: 'replace', args: [suggestion], edits: [{ range: flag.nameRange, newText: suggestion }] }],
          }
        : { range: flag.nameRange, message: 'unknown', args: [flag.name, instruction.name] },
    );
  }
  return findings;
}
