import { Flag, Instruction } from '../../parser/syntax';
import { Finding, NOTHING_FOUND } from '../rule';
import { Found } from './flagSpecs';
import { closest } from '../suggest';

/**
 * Findings for a flag whose value must be one of a few words, compared as written: BuildKit checks
 * `RUN --network` and `RUN --security` before any variable is expanded, so `$VAR` fails too. Looks
 * at the instruction and at the one ONBUILD carries.
 */
export function checkChoice(target: Instruction, instructionName: string, flagName: string, choices: readonly string[]): Finding[] {
  let findings = checkChoiceOf(target, instructionName, flagName, choices, undefined);
  if (target.inner) findings = checkChoiceOf(target.inner, instructionName, flagName, choices, findings);
  return findings ?? NOTHING_FOUND;
}

function checkChoiceOf(instruction: Instruction, instructionName: string, flagName: string, choices: readonly string[], findings: Found): Found {
  if (instruction.name !== instructionName) return findings;
  const flags = instruction.flags;
  // An index loop: in cold code, for...of allocates an iterator result per step.
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag.name !== flagName || flag.value === undefined || choices.includes(flag.value)) continue;
    (findings ??= []).push(choiceFinding(flag, choices));
  }
  return findings;
}

function choiceFinding(flag: Flag, choices: readonly string[]): Finding {
  const value = flag.value ?? '';
  const range = value !== '' && flag.valueRange ? flag.valueRange : flag.range;
  const lower = value.toLowerCase();
  const suggestion = choices.includes(lower) ? lower : closest(lower, choices);
  const list = choices.join(', ');
  if (!suggestion) return { range, message: 'invalid', args: [value, list] };
  return {
    range,
    message: 'suggestion',
    args: [value, list, suggestion],
    fixes: [{ title: 'replace', args: [suggestion], edits: [{ range: flag.valueRange ?? range, newText: suggestion }] }],
  };
}
