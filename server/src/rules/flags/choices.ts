import { Flag, Instruction } from '../../parser/syntax';
import { Finding } from '../rule';
import { flagsNamed } from './flagSpecs';
import { closest } from '../suggest';

/**
 * Findings for a flag whose value must be one of a few words, compared as written: BuildKit checks
 * `RUN --network` and `RUN --security` before any variable is expanded, so `$VAR` fails too.
 */
export function checkChoice(instructions: readonly Instruction[], instructionName: string, flagName: string, choices: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const { flag } of flagsNamed(instructions, instructionName, flagName)) {
    if (flag.value === undefined || choices.includes(flag.value)) continue;
    findings.push(choiceFinding(flag, choices));
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
