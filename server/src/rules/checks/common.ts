import { baseStageOf, DockerfileModel, Stage } from '../../model/model';
import { Position, Range, Token } from '../../parser/syntax';
import { Finding, NOTHING_FOUND } from '../rule';

/** Shared helpers of the BuildKit check rules. */

/** What a stage check returns when the stage has nothing to report and no output: one shared, frozen result. */
export const NOTHING_IN_STAGE: { readonly findings: Finding[] } = Object.freeze({ findings: NOTHING_FOUND });

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether `inner` lies within `outer` (ends inclusive). */
export function within(inner: Range, outer: Range): boolean {
  return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

/** The stage a stage is built on, when its FROM names an earlier, named stage (BuildKit's rule): `parentStage` from the model's table. */
export function parentOf(model: DockerfileModel, stage: Stage): Stage | undefined {
  const base = baseStageOf(model, stage);
  return base && base.name !== undefined ? base : undefined;
}

/** The stage a stage is built on, when its FROM names an earlier stage (BuildKit's rule). */
export function parentStage(stages: readonly Stage[], stage: Stage, find: (name: string) => Stage | undefined): Stage | undefined {
  if (!stage.base) return undefined;
  const parent = find(stage.base);
  return parent && parent.index < stage.index && parent.name !== undefined ? parent : undefined;
}

/** `FROM` in upper or lower case, following how the instruction keyword is written. */
export function keywordLike(keyword: string, upper: string): string {
  return keyword.length > 0 && keyword === keyword.toLowerCase() ? upper.toLowerCase() : upper.toUpperCase();
}

/**
 * Whether BuildKit's checks look at a word of an EXPOSE: not when it has variables (expanded at
 * build time) or quotes and escapes (which the checks leave alone).
 */
export function isLiteralExposeWord(word: Token): boolean {
  return !word.text.includes('$') && !QUOTE_OR_ESCAPE.test(word.text);
}

const QUOTE_OR_ESCAPE = /["'\\]/;
