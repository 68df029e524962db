import { Instruction, Range, Token } from '../../parser/syntax';

/**
 * Whether the UTF-16 code is one of BuildKit's blanks between fields (Go's `[\t\v\f\r ]`).
 * The scanners below use char codes: the rules run on every instruction of the file, and a regex
 * match or a `split` allocates where a loop over the text does not.
 */
export function isFieldBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 13;
}

/** The offset of the first non-blank at or after `from` (`text.length` when there is none). */
export function skipBlanks(text: string, from: number): number {
  let i = from;
  while (i < text.length && isFieldBlank(text.charCodeAt(i))) i++;
  return i;
}

/** The offset just past the field that starts at `from`: the next blank, or `text.length`. */
export function fieldEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isFieldBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether text[start, end) is `AS` in any case: what `toLowerCase() === 'as'` finds (no other
 * character lower-cases to an ASCII `a` or `s`).
 */
export function isAsKeyword(text: string, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const a = text.charCodeAt(start);
  const s = text.charCodeAt(start + 1);
  return (a === 97 || a === 65) && (s === 115 || s === 83);
}

/**
 * The arguments after the flags split on whitespace only, quotes kept, as BuildKit does for FROM,
 * EXPOSE and the shell form of COPY, ADD and VOLUME. Each piece has its exact range when the
 * arguments sit on one line; otherwise the range of the matching quote-aware word, or of them all.
 */
export function fields(instruction: Instruction): Token[] {
  const { text, range } = instruction.rest;
  if (text === '') return [];
  const pieces = fieldSpans(text);

  if (range.start.line === range.end.line) {
    const line = range.start.line;
    const base = range.start.character;
    return pieces.map(([s, e]) => ({ text: text.slice(s, e), range: { start: { line, character: base + s }, end: { line, character: base + e } } }));
  }
  const words = instruction.words;
  const aligned = words.length === pieces.length && pieces.every(([s, e], i) => words[i].text === text.slice(s, e));
  return pieces.map(([s, e], i) => ({ text: text.slice(s, e), range: aligned ? words[i].range : range }));
}

/** The [start, end) offsets of the whitespace-separated fields of `text`. */
function fieldSpans(text: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  for (let start = skipBlanks(text, 0); start < text.length; ) {
    const end = fieldEnd(text, start);
    pieces.push([start, end]);
    start = skipBlanks(text, end);
  }
  return pieces;
}

/** The texts of `fields(instruction)`, without working out their ranges. */
export function fieldTexts(instruction: Instruction): string[] {
  const text = instruction.rest.text;
  return text === '' ? [] : fieldSpans(text).map(([s, e]) => text.slice(s, e));
}

/**
 * BuildKit's test for the JSON form: the text (leading blanks ignored) starts with `[` and is a
 * JSON array. Returns the array (whatever its elements), or undefined for the shell form.
 */
export function jsonArray(text: string): unknown[] | undefined {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether every element of a JSON array is a string (an index loop: no closure per call). */
export function allStrings(array: readonly unknown[]): array is string[] {
  for (let i = 0; i < array.length; i++) if (typeof array[i] !== 'string') return false;
  return true;
}

/** The arguments BuildKit sees for COPY, ADD and VOLUME: the JSON strings, or whitespace fields. */
export function listArguments(instruction: Instruction): Token[] {
  const array = jsonArray(instruction.rest.text);
  if (array && allStrings(array)) {
    const values = instruction.execForm?.values;
    return array.map((text, i) => ({ text, range: values?.[i]?.range ?? instruction.rest.range }));
  }
  return fields(instruction);
}

/** How many whitespace-separated fields `text` has (what `fields` would give), counted without building them. */
export function fieldCount(text: string): number {
  let count = 0;
  let inField = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isFieldBlank(text.charCodeAt(i));
    if (!blank && !inField) count++;
    inField = !blank;
  }
  return count;
}

/** The texts of `listArguments(instruction)`, without working out their ranges. */
export function listArgumentTexts(instruction: Instruction): string[] {
  const array = jsonArray(instruction.rest.text);
  if (array && allStrings(array)) return array;
  return fieldTexts(instruction);
}

/** From the start of the first token to the end of the last. */
export function span(tokens: readonly Token[]): Range {
  return { start: tokens[0].range.start, end: tokens[tokens.length - 1].range.end };
}

/** From the keyword to the end of the arguments. */
export function wholeLine(instruction: Instruction): Range {
  return { start: instruction.keywordRange.start, end: instruction.argsRange.end };
}
