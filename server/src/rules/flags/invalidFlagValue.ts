import { Instruction, Range } from '../../parser/syntax';
import { Fix, Rule } from '../rule';
import { acceptedFlags, checkWithInner, Found } from './flagSpecs';

const BOOLEAN = /^(?:true|false)$/i;

/**
 * How BuildKit reads `--name=value` (instructions/bflag.go): a flag that takes a value fails
 * without `=`; a boolean flag fails with an empty value or anything but true/false.
 */
export const invalidFlagValue: Rule = {
  id: 'InvalidFlagValue',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'A flag is missing its value, or a boolean flag has a value other than true or false.', zh: '参数标志缺少值，或布尔参数标志的值不是 true 或 false。' },
  messages: {
    missing: { en: "Flag '--{0}' needs a value: write '--{0}=<value>'.", zh: '参数标志“--{0}”需要一个值，应写成“--{0}=<值>”。' },
    emptyBoolean: { en: "Flag '--{0}=' has an empty value: write '--{0}' or '--{0}=true|false'.", zh: '参数标志“--{0}=”的值为空，应写成“--{0}”或“--{0}=true|false”。' },
    notBoolean: { en: "Flag '--{0}' takes true or false, not '{1}'.", zh: '参数标志“--{0}”只接受 true 或 false，而不是“{1}”。' },
    join: { en: "Change to '--{0}={1}'", zh: '改为“--{0}={1}”' },
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
  // An index loop: in cold code, forEach's closure and for...of's iterator results are allocations.
  for (let index = 0; index < flags.length; index++) {
    const flag = flags[index];
    const type = Object.prototype.hasOwnProperty.call(accepted, flag.name) ? accepted[flag.name] : undefined;
    if (type === undefined) continue;
    if (type === 'bool') {
      if (flag.value === '') (findings ??= []).push({ range: flag.range, message: 'emptyBoolean', args: [flag.name] });
      else if (flag.value !== undefined && !BOOLEAN.test(flag.value)) {
        (findings ??= []).push({ range: flag.valueRange ?? flag.range, message: 'notBoolean', args: [flag.name, flag.value] });
      }
      continue;
    }
    if (flag.value !== undefined) continue;
    // `--from builder`: the value was written as the next word. Offer to join them.
    const fixes: Fix[] = [];
    const next = instruction.words[0];
    if (index === flags.length - 1 && next && !next.text.startsWith('-') && sameLine(flag.range, next.range) && instruction.words.length > 1) {
      fixes.push({
        title: 'join',
        args: [flag.name, next.text],
        edits: [{ range: { start: flag.range.end, end: next.range.start }, newText: '=' }],
      });
    }
    (findings ??= []).push({ range: flag.range, message: 'missing', args: [flag.name], fixes });
  }
  return findings;
}

function sameLine(a: Range, b: Range): boolean {
  return a.end.line === b.start.line;
}
