import { Instruction } from '../../parser/syntax';
import { Rule } from '../rule';
import { checkWithInner, Found, hasVariable } from './flagSpecs';

const OCTAL = /^[0-7]+$/;
const DIGITS = /^[0-9]+$/;
// Symbolic modes as chmod writes them: `u+x`, `go-w`, `a=rX`, `+x`, `u=g`, clauses joined by commas.
const SYMBOLIC_CLAUSE = /^[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+$/;

/**
 * `COPY --chmod` and `ADD --chmod`: BuildKit takes an octal mode up to 07777, or a symbolic mode
 * (`u+x`, `go-w`); anything else fails the build.
 */
export const invalidChmodFlag: Rule = {
  id: 'InvalidChmodFlag',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'The --chmod value is not an octal mode up to 7777 or a symbolic mode.', zh: '--chmod 的值不是不超过 7777 的八进制权限，也不是符号形式的权限。' },
  messages: {
    octal: { en: "'{0}' is not a valid --chmod mode: an octal mode has digits 0 to 7 and is at most 7777.", zh: '“{0}”不是有效的 --chmod 权限：八进制权限只能包含 0 到 7 的数字，且不超过 7777。' },
    symbolic: { en: "'{0}' is not a valid --chmod mode: use an octal mode such as 755 or a symbolic one such as u+x.", zh: '“{0}”不是有效的 --chmod 权限：请使用八进制（如 755）或符号形式（如 u+x）。' },
  },
  appliesTo: ['COPY', 'ADD'],
  checkInstruction(target) {
    return checkWithInner(target, checkChmod);
  },
};

function checkChmod(instruction: Instruction, findings: Found): Found {
  if ((instruction.name !== 'COPY' && instruction.name !== 'ADD')) return findings;
  const flags = instruction.flags;
  // An index loop: in cold code, for...of allocates an iterator result per step.
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag.name !== 'chmod' || !flag.value || hasVariable(flag.value)) continue;
    const problem = chmodProblem(flag.value);
    if (problem) (findings ??= []).push({ range: flag.valueRange ?? flag.range, message: problem, args: [flag.value] });
  }
  return findings;
}

/** What is wrong with a --chmod value, as a message key, or undefined when BuildKit accepts it. */
export function chmodProblem(value: string): 'octal' | 'symbolic' | undefined {
  if (OCTAL.test(value)) return parseInt(value, 8) > 0o7777 ? 'octal' : undefined;
  if (DIGITS.test(value)) return 'octal';
  return value.split(',').every((clause) => SYMBOLIC_CLAUSE.test(clause)) ? undefined : 'symbolic';
}
