import { baseStageOf, DockerfileModel, Stage } from '../../model/model';
import { Position, Range, Token } from '../../parser/syntax';

/** Shared helpers of the BuildKit check rules. */

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

/**
 * What the stage `stage` is built on passed on (a stage check's boolean output: a SHELL or a
 * WORKDIR was set there or in the stages before it); false for a stage built on an image.
 */
export function inheritedFrom(model: DockerfileModel, stage: Stage, outputOf: (stage: Stage) => boolean | undefined): boolean {
  const parent = parentOf(model, stage);
  return parent ? outputOf(parent) ?? false : false;
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
