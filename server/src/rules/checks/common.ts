import { Stage } from '../../model/model';
import { Instruction, Position, Range, VariableRef } from '../../parser/syntax';

/** Shared helpers of the BuildKit check rules. */

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether `inner` lies within `outer` (ends inclusive). */
export function within(inner: Range, outer: Range): boolean {
  return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

/** The variable references of an instruction that lie inside a range. */
export function variablesIn(instruction: Instruction, range: Range): VariableRef[] {
  return instruction.variables.filter((v) => within(v.range, range));
}

/** The stage a stage is built on, when its FROM names an earlier stage (BuildKit's rule). */
export function parentStage(stages: readonly Stage[], stage: Stage, find: (name: string) => Stage | undefined): Stage | undefined {
  if (!stage.base) return undefined;
  const parent = find(stage.base);
  return parent && parent.index < stage.index && parent.name !== undefined ? parent : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest name within two edits, as BuildKit suggests "did you mean"; undefined when none. */
export function closestName(name: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    if (option === name || Math.abs(option.length - name.length) >= bestDistance) continue;
    const distance = editDistance(name, option);
    if (distance < bestDistance && distance * 2 <= name.length) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

/** `FROM` in upper or lower case, following how the instruction keyword is written. */
export function keywordLike(keyword: string, upper: string): string {
  return keyword.length > 0 && keyword === keyword.toLowerCase() ? upper.toLowerCase() : upper.toUpperCase();
}
