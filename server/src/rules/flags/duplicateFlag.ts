import { Instruction } from '../../parser/syntax';
import { Rule } from '../rule';
import { acceptedFlags, checkWithInner, Found } from './flagSpecs';

/** `docker build` fails with "duplicate flag specified" when a single-valued flag is repeated. */
export const duplicateFlag: Rule = {
  id: 'DuplicateFlag',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'A flag that may appear once is given more than once.', zh: '只能出现一次的参数标志被重复指定。' },
  messages: {
    duplicate: { en: "Flag '--{0}' is given more than once; {1} accepts it only once.", zh: '参数标志“--{0}”被重复指定；{1} 指令只接受一次。' },
  },
  checkInstruction(target) {
    return checkWithInner(target, checkFlags);
  },
};

function checkFlags(instruction: Instruction, findings: Found): Found {
  if (instruction.flags.length < 2) return findings;
  const accepted = acceptedFlags(instruction);
  if (!accepted) return findings;
  const flags = instruction.flags;
  for (let i = 1; i < flags.length; i++) {
    const flag = flags[i];
    const type = Object.prototype.hasOwnProperty.call(accepted, flag.name) ? accepted[flag.name] : undefined;
    if (type === undefined || type === 'strings') continue;
    // Flags are few per instruction: a scan of the earlier ones is cheaper than a set.
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) repeated = flags[j].name === flag.name;
    if (repeated) (findings ??= []).push({ range: flag.range, message: 'duplicate', args: [flag.name, instruction.name] });
  }
  return findings;
}
