import { DockerfileSyntax, Instruction, Position, Range } from '../parser/syntax';
import { lastIndexWhere } from '../parser/search';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether `position` is inside `range`, its end included (where a cursor after a word stands). */
export function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/**
 * The instruction whose range holds `position`, found by binary search: requests stay fast on
 * files of any size. Heredoc bodies belong to their instruction.
 */
export function instructionAt(syntax: DockerfileSyntax, position: Position): Instruction | undefined {
  const index = instructionIndexAt(syntax, position);
  return index >= 0 && contains(syntax.instructions[index].range, position) ? syntax.instructions[index] : undefined;
}

/** The index of the last instruction that starts at or before `position`, or -1. */
export function instructionIndexAt(syntax: DockerfileSyntax, position: Position): number {
  const instructions = syntax.instructions;
  return lastIndexWhere(instructions.length, (i) => comparePositions(instructions[i].range.start, position) <= 0);
}
