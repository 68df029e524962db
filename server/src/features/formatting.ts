import { TextEdit } from 'vscode-languageserver';
import { DockerfileSyntax, Instruction, Range } from '../parser/syntax';
import { INSTRUCTIONS } from '../rules/errors/unknownInstruction';
import { comparePositions, instructionIndexAt } from './locate';

export interface FormatOptions {
  tabSize: number;
  insertSpaces: boolean;
  /** How instruction keywords (and `AS` in FROM) are written; `upper` unless told. */
  keywordCase?: 'upper' | 'lower' | 'preserve';
  /**
   * Continuation lines already indented by at least one unit (a tab counting tabSize) keep
   * their indentation, so nested shell code stays nested; off by default: every continuation
   * line gets exactly one unit.
   */
  keepDeeperIndent?: boolean;
}

const KNOWN: ReadonlySet<string> = new Set(INSTRUCTIONS);

/**
 * Formats the whole document: keyword casing, one space after the keyword, continuation lines
 * indented by one unit, one space before a trailing escape, no trailing or leading blanks on
 * instruction lines. Heredoc bodies, comments, directives and argument text are never touched,
 * and blanks are only changed where they cannot change what BuildKit reads (outside quotes,
 * never escaped, never joining two words). Every edit stays inside one line, so line breaks
 * (LF or CRLF) are kept as they are. Linear in the size of the file.
 */
export function formatDocument(syntax: DockerfileSyntax, options: FormatOptions): TextEdit[] {
  const edits: TextEdit[] = [];
  const settings = settingsOf(syntax, options);
  for (const instruction of syntax.instructions) formatInstruction(instruction, settings, edits);
  return edits;
}

/** Formats the instructions that intersect `range` (heredoc bodies belong to their instruction). */
export function formatRange(syntax: DockerfileSyntax, range: Range, options: FormatOptions): TextEdit[] {
  const edits: TextEdit[] = [];
  const settings = settingsOf(syntax, options);
  const instructions = syntax.instructions;
  const empty = comparePositions(range.start, range.end) === 0;
  let index = Math.max(0, instructionIndexAt(syntax, range.start));
  for (; index < instructions.length; index++) {
    const instruction = instructions[index];
    const startsBefore = comparePositions(instruction.range.start, range.end);
    // A selection that ends where an instruction starts (whole lines selected) does not take it.
    if (startsBefore > 0 || (startsBefore === 0 && !empty)) break;
    if (comparePositions(instruction.range.end, range.start) < 0) continue;
    formatInstruction(instruction, settings, edits);
  }
  return edits;
}

interface Settings {
  lines: string[];
  escapeChar: string;
  indent: string;
  tabSize: number;
  keywordCase: 'upper' | 'lower' | 'preserve';
  keepDeeperIndent: boolean;
}

function settingsOf(syntax: DockerfileSyntax, options: FormatOptions): Settings {
  const tabSize = Number.isInteger(options.tabSize) && options.tabSize > 0 ? options.tabSize : 4;
  return {
    lines: syntax.lines,
    escapeChar: syntax.escapeChar,
    indent: options.insertSpaces ? ' '.repeat(tabSize) : '\t',
    tabSize,
    keywordCase: options.keywordCase ?? 'upper',
    keepDeeperIndent: options.keepDeeperIndent ?? false,
  };
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';
const isLineBlank = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v';

/** Where the blanks at the end of `line` (before `end`) start. */
function blanksBefore(line: string, end: number, floor = 0): number {
  let i = end;
  while (i > floor && isBlank(line[i - 1])) i--;
  return i;
}

function leadingBlanks(line: string): number {
  let i = 0;
  while (i < line.length && isLineBlank(line[i])) i++;
  return i;
}

/** The width of the first `length` characters of a line, a tab counting `tabSize`. */
function indentWidth(line: string, length: number, tabSize: number): number {
  let width = 0;
  for (let i = 0; i < length; i++) width += line[i] === '\t' ? tabSize : 1;
  return width;
}

/** One physical line of an instruction (not a comment or blank line inside it). */
interface PhysicalLine {
  line: number;
  /** Where this line's part of the arguments starts (after the keyword on the first line). */
  contentStart: number;
  /** The continuation escape, or -1 on the last line. */
  escapeAt: number;
}

/** Reads the instruction's own lines the way the parser does (heredoc bodies come after them). */
function physicalLines(instruction: Instruction, settings: Settings): { parts: PhysicalLine[]; blankLines: number[] } {
  const { lines, escapeChar } = settings;
  const startLine = instruction.range.start.line;
  const parts: PhysicalLine[] = [];
  const skipped: number[] = [];
  const blankLines: number[] = [];
  for (let cursor = startLine; cursor < lines.length; cursor++) {
    const current = lines[cursor];
    if (cursor > startLine) {
      const blanks = leadingBlanks(current);
      if (blanks === current.length) {
        skipped.push(cursor);
        continue;
      }
      if (current[blanks] === '#') continue;
    }
    const contentStart = cursor === startLine ? instruction.keywordRange.end.character : 0;
    const last = blanksBefore(current, current.length);
    if (last > 0 && current[last - 1] === escapeChar) {
      parts.push({ line: cursor, contentStart, escapeAt: current.lastIndexOf(escapeChar) });
    } else {
      parts.push({ line: cursor, contentStart, escapeAt: -1 });
      break;
    }
  }
  // Blank lines after the last line belong to what follows, not to this instruction.
  const lastLine = parts[parts.length - 1].line;
  for (const line of skipped) if (line < lastLine) blankLines.push(line);
  return { parts, blankLines };
}

/** Reads quotes and escapes through the pieces of the arguments, one piece at a time. */
class QuoteScanner {
  private quote = '';
  private escaped = false;

  constructor(
    private readonly escapeChar: string,
    private readonly json: boolean,
  ) {}

  /** Feeds one piece; true when its end is outside quotes and no escape is pending. */
  feed(text: string): boolean {
    for (const ch of text) {
      if (this.escaped) {
        this.escaped = false;
        continue;
      }
      if (this.json) {
        if (this.quote) {
          if (ch === '\\') this.escaped = true;
          else if (ch === '"') this.quote = '';
        } else if (ch === '"') this.quote = ch;
        continue;
      }
      if (this.quote === "'") {
        if (ch === "'") this.quote = '';
        continue;
      }
      if (ch === this.escapeChar) {
        this.escaped = true;
        continue;
      }
      if (this.quote === '"') {
        if (ch === '"') this.quote = '';
        continue;
      }
      if (ch === '"' || ch === "'") this.quote = ch;
    }
    return this.quote === '' && !this.escaped;
  }
}

function formatInstruction(instruction: Instruction, settings: Settings, edits: TextEdit[]): void {
  const { lines, escapeChar, indent } = settings;
  const replace = (line: number, start: number, end: number, newText: string) => pushEdit(edits, lines[line], line, start, end, newText);
  const { parts, blankLines } = physicalLines(instruction, settings);
  const from = edits.length;

  const first = instruction.keywordRange.start;
  replace(first.line, 0, first.character, '');

  // Keywords (ONBUILD's inner one too) and FROM's `AS`.
  const casing = (instruction: Instruction) => {
    if (settings.keywordCase === 'preserve') return;
    const cased = (text: string) => (settings.keywordCase === 'upper' ? text.toUpperCase() : text.toLowerCase());
    const { keywordRange: k } = instruction;
    if (KNOWN.has(instruction.name) && k.start.line === k.end.line) replace(k.start.line, k.start.character, k.end.character, cased(instruction.keyword));
    if (instruction.name === 'FROM') {
      const words = instruction.words;
      const as = words.length >= 3 ? words[1] : undefined;
      if (as && as.text.toLowerCase() === 'as' && as.range.start.line === as.range.end.line) {
        replace(as.range.start.line, as.range.start.character, as.range.end.character, cased(as.text));
      }
    }
  };
  casing(instruction);
  if (instruction.inner) casing(instruction.inner);

  // One space between a keyword and its arguments when they share a line.
  const spacing = (instruction: Instruction) => {
    const k = instruction.keywordRange.end;
    const a = instruction.argsRange.start;
    if (a.line === k.line && a.character > k.character) replace(k.line, k.character, a.character, ' ');
  };
  spacing(instruction);
  if (instruction.inner) spacing(instruction.inner);

  // Continuations: a junction between two lines may have its blanks rewritten only when it
  // lies outside quotes, nothing escapes across it, and blanks already separate the two sides.
  const carrier = instruction.inner ?? instruction;
  const scanner = new QuoteScanner(escapeChar, carrier.execForm !== undefined);
  let previousSafe = false;
  // The last character of the logical text so far (the keyword's before any argument).
  let previousChar = instruction.keyword[instruction.keyword.length - 1];
  for (let i = 0; i < parts.length; i++) {
    const { line, contentStart, escapeAt } = parts[i];
    const text = lines[line];
    const lead = i === 0 ? contentStart : leadingBlanks(text);
    if (i > 0 && previousSafe && !(settings.keepDeeperIndent && indentWidth(text, lead, settings.tabSize) >= settings.tabSize)) replace(line, 0, lead, indent);

    if (escapeAt < 0) {
      replace(line, blanksBefore(text, text.length, contentStart), text.length, '');
      break;
    }
    replace(line, escapeAt + 1, text.length, '');
    const blanksStart = blanksBefore(text, escapeAt, contentStart);
    const piece = text.slice(contentStart, escapeAt);
    const outside = scanner.feed(piece);
    if (piece.length > 0) previousChar = piece[piece.length - 1];
    const next = parts[i + 1];
    const nextText = next ? lines[next.line] : '';
    const separated = isBlank(previousChar) || isBlank(nextText[0]);
    const safe = outside && separated && text[blanksStart - 1] !== escapeChar;
    // Text (or the keyword) before the blanks: exactly one space; a line of its own escape keeps
    // only its indentation.
    const hasText = i === 0 || blanksStart > lead;
    if (safe && hasText) replace(line, blanksStart, escapeAt, ' ');
    previousSafe = safe && next !== undefined;
  }
  // Blank lines inside a continued instruction keep no blanks.
  for (const line of blankLines) replace(line, 0, lines[line].length, '');

  // In document order (an insertion before a replacement that starts at the same place):
  // clients reject edits that seem to overlap.
  if (edits.length - from > 1) {
    const mine = edits.splice(from).sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
    edits.push(...mine);
  }
}

/** Adds an edit replacing [start, end) of a line, trimmed to what actually changes; none if nothing does. */
function pushEdit(edits: TextEdit[], lineText: string, line: number, start: number, end: number, newText: string): void {
  if (end < start) return;
  const old = lineText.slice(start, end);
  if (old === newText) return;
  let prefix = 0;
  const max = Math.min(old.length, newText.length);
  while (prefix < max && old[prefix] === newText[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old[old.length - 1 - suffix] === newText[newText.length - 1 - suffix]) suffix++;
  edits.push({
    range: { start: { line, character: start + prefix }, end: { line, character: end - suffix } },
    newText: newText.slice(prefix, newText.length - suffix),
  });
}
