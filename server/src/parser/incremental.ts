import { escapeCharOf, parseBody, parseDirectives, parseLines, ParsedInstruction } from './parser';
import { Comment, DockerfileSyntax, Instruction, Range } from './syntax';
import { lowerBound } from './search';

/** One LSP content change: a range of the old text and what replaces it, or the whole text. */
export interface TextChange {
  range?: Range;
  text: string;
}

/** Up to this many elements are spliced in as arguments; more would reach the engine's limit. */
const SPREAD_LIMIT = 1024;

/**
 * Applies a change to a parsed document and re-parses only the instructions it touches: from the
 * instruction that holds the first changed line up to the first instruction after the change
 * that starts where an old one started. Everything after is the old tree, moved by the number of
 * lines the change added or removed. The old tree must not be used afterwards.
 */
export function applyChange(previous: DockerfileSyntax, change: TextChange): DockerfileSyntax {
  // A lone CR next to an existing line break would pair up differently: parse from scratch.
  if (!change.range || change.text.includes('\r')) return parseLines(joinAndSplit(previous.lines, change));
  const { start, end } = change.range;
  const old = previous.lines;
  if (start.line >= old.length || end.line >= old.length) return parseLines(joinAndSplit(previous.lines, change));

  const inserted = change.text.split('\n');
  inserted[0] = old[start.line].slice(0, start.character) + inserted[0];
  const lastInserted = inserted.length - 1;
  inserted[lastInserted] = inserted[lastInserted] + old[end.line].slice(end.character);
  // The lines are changed in place: the old tree is not used afterwards, and in a large file each
  // copy would be a large object, freed only by a full GC (a megabyte of garbage a keystroke at
  // 50,000 lines). A long paste is joined the plain way (spread arguments have a limit).
  let lines: string[];
  if (inserted.length <= SPREAD_LIMIT) {
    lines = old;
    lines.splice(start.line, end.line - start.line + 1, ...inserted);
  } else lines = old.slice(0, start.line).concat(inserted, old.slice(end.line + 1));
  const delta = inserted.length - (end.line - start.line + 1);
  const lastChangedLine = start.line + lastInserted;

  // Directives decide the escape character for the whole file; a change near them re-parses all.
  const directives = parseDirectives(lines);
  if (start.line <= previous.directives.length || directives.length !== previous.directives.length || escapeCharOf(directives) !== previous.escapeChar) {
    return parseLines(lines);
  }

  const instructions = previous.instructions;
  // The first old instruction that reaches the changed line (instructions are in order).
  const lastLineOf = (i: number) => Math.max(instructions[i].endLine, (instructions[i] as ParsedInstruction).lastConsumedLine);
  const first = lowerBound(instructions.length, (i) => lastLineOf(i) >= start.line);
  const from = Math.min(start.line, first < instructions.length ? instructions[first].startLine : start.line);

  // Old instructions by start line, to find where the new parse meets the old tree again.
  let resume = first;
  const stopAt = (line: number) => {
    if (line <= lastChangedLine) return false;
    const oldLine = line - delta;
    while (resume < instructions.length && instructions[resume].startLine < oldLine) resume++;
    return resume < instructions.length && instructions[resume].startLine === oldLine;
  };
  const body = parseBody(lines, from, previous.escapeChar, stopAt);
  const resumed = body.stoppedAt < lines.length;
  const keptFrom = resumed ? resume : instructions.length;
  if (delta !== 0) for (let i = keptFrom; i < instructions.length; i++) (instructions[i] as ParsedInstruction).shift(delta);

  const oldResumeLine = resumed ? body.stoppedAt - delta : Number.POSITIVE_INFINITY;
  const comments: Comment[] = previous.comments.filter((c) => c.range.start.line < from);
  comments.push(...body.comments);
  for (const comment of previous.comments) {
    if (comment.range.start.line >= oldResumeLine) comments.push(shiftComment(comment, delta));
  }

  // In place too, for the same reason as the lines (tens of thousands of instructions in a large
  // file); many new instructions (a long paste) go into a new list instead.
  let result: Instruction[];
  if (body.instructions.length <= SPREAD_LIMIT) {
    result = instructions;
    result.splice(first, keptFrom - first, ...body.instructions);
  } else {
    result = instructions.slice(0, first);
    for (const instruction of body.instructions) result.push(instruction);
    for (let i = keptFrom; i < instructions.length; i++) result.push(instructions[i]);
  }
  // Only one step back is kept: a chain of trees would keep every old tree alive.
  previous.edit = undefined;
  const edit = { previous, kept: first, removed: keptFrom - first, inserted: body.instructions.length };
  return { lines, directives, escapeChar: previous.escapeChar, instructions: result, comments, edit };
}

function shiftComment(comment: Comment, delta: number): Comment {
  if (delta === 0) return comment;
  const { start, end } = comment.range;
  return { text: comment.text, range: { start: { line: start.line + delta, character: start.character }, end: { line: end.line + delta, character: end.character } } };
}

function joinAndSplit(lines: string[], change: TextChange): string[] {
  const text = lines.join('\n');
  if (!change.range) return change.text.split(/\r\n|\r|\n/);
  const offset = (p: Range['start']) => {
    let total = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) total += lines[i].length + 1;
    return Math.min(total + p.character, text.length);
  };
  return (text.slice(0, offset(change.range.start)) + change.text + text.slice(offset(change.range.end))).split(/\r\n|\r|\n/);
}
