import { scanExecForm } from './execForm';
import { splitLines } from './lines';
import { LogicalText } from './logicalText';
import { Comment, Directive, DockerfileSyntax, ExecForm, Flag, Heredoc, Instruction, range, Range, Token, VariableRef } from './syntax';

/** Instructions that BuildKit lets carry heredocs. */
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);

// BuildKit's directive shape: `# name=value`, name starting with a letter.
const DIRECTIVE = /^(\s*#\s*)([a-zA-Z][a-zA-Z0-9]*)(\s*=\s*)(.*?)\s*$/;

const isBlank = (ch: string) => ch === ' ' || ch === '\t';

/** Shared by every instruction without heredocs or empty continuation lines (most of them). */
const NONE: never[] = Object.freeze([]) as never[];

/**
 * Parses a Dockerfile into a syntax tree. Never throws: a malformed line becomes an instruction
 * with whatever keyword it starts with, so one broken line never hides the rest of the file.
 */
export function parseDockerfile(text: string): DockerfileSyntax {
  return parseLines(splitLines(text));
}

export function parseLines(lines: string[]): DockerfileSyntax {
  const directives = parseDirectives(lines);
  const escapeChar = escapeCharOf(directives);
  const { instructions, comments } = parseBody(lines, directives.length, escapeChar);
  return { lines, directives, escapeChar, instructions, comments };
}

export function escapeCharOf(directives: Directive[]): '\\' | '`' {
  return directives.find((d) => d.name === 'escape')?.value === '`' ? '`' : '\\';
}

/** Directives are only looked for before the first comment, empty line or instruction. */
export function parseDirectives(lines: string[]): Directive[] {
  const directives: Directive[] = [];
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    const match = DIRECTIVE.exec(lines[lineNo]);
    if (!match) break;
    const [, lead, name, sep, value] = match;
    const nameStart = lead.length;
    const valueStart = nameStart + name.length + sep.length;
    directives.push({
      name: name.toLowerCase(),
      value,
      range: range(lineNo, 0, lineNo, lines[lineNo].length),
      nameRange: range(lineNo, nameStart, lineNo, nameStart + name.length),
      valueRange: range(lineNo, valueStart, lineNo, valueStart + value.length),
    });
  }
  return directives;
}

export interface BodyParse {
  instructions: Instruction[];
  comments: Comment[];
  /** Where parsing stopped: the end of the file, or the line `stopAt` accepted. */
  stoppedAt: number;
}

/**
 * Parses the lines from `from` into instructions and comments. `stopAt`, asked before each
 * instruction, lets incremental parsing stop where the old tree becomes valid again.
 */
export function parseBody(lines: string[], from: number, escapeChar: '\\' | '`', stopAt?: (line: number) => boolean): BodyParse {
  const to = lines.length;
  const comments: Comment[] = [];
  const instructions: Instruction[] = [];
  const continues = continuationTest(escapeChar);
  const evictable = lines.length >= evictableFromLines;
  let lineNo = from;

  while (lineNo < to) {
    const line = lines[lineNo];
    const indent = leadingBlanks(line);
    if (indent === line.length) {
      lineNo++;
      continue;
    }
    if (line[indent] === '#') {
      comments.push({ text: line.slice(indent), range: range(lineNo, indent, lineNo, line.length) });
      lineNo++;
      continue;
    }

    if (stopAt?.(lineNo)) return { instructions, comments, stoppedAt: lineNo };
    let keywordEnd = indent;
    while (keywordEnd < line.length && !isBlank(line[keywordEnd])) keywordEnd++;
    let keyword = line.slice(indent, keywordEnd);
    // `RUN\` directly followed by the continuation: the escape is not part of the keyword.
    if (keyword.length > 1 && keyword.endsWith(escapeChar) && continues(line)) {
      keyword = keyword.slice(0, -1);
      keywordEnd--;
    }
    const startLine = lineNo;
    const logical = new LogicalText();
    let emptyContinuationLines: number[] | undefined;
    let lastLine = lineNo;
    let cursor = lineNo;
    let danglingContinuation = false;
    while (cursor < lines.length) {
      const current = lines[cursor];
      if (cursor > startLine) {
        // Empty lines and comment lines inside a continued instruction are skipped by BuildKit.
        const blanks = leadingBlanks(current);
        if (blanks === current.length) {
          (emptyContinuationLines ??= []).push(cursor);
          cursor++;
          continue;
        }
        if (current[blanks] === '#') {
          comments.push({ text: current.slice(blanks), range: range(cursor, blanks, cursor, current.length) });
          cursor++;
          continue;
        }
      }
      const contentStart = cursor === startLine ? keywordEnd : 0;
      lastLine = cursor;
      cursor++;
      if (continues(current)) {
        const escapeAt = current.lastIndexOf(escapeChar);
        logical.append(current.slice(contentStart, escapeAt), lastLine, contentStart);
        if (cursor >= lines.length) danglingContinuation = true;
      } else {
        logical.append(current.slice(contentStart), lastLine, contentStart);
        break;
      }
    }
    // Empty lines after which the instruction still went on; trailing ones end it.
    if (emptyContinuationLines?.some((l) => l > lastLine)) danglingContinuation = true;

    let endLine = lastLine;
    let endCharacter = lines[lastLine].length;
    const instruction = buildInstruction(keyword, startLine, indent, logical, 0, escapeChar);
    instruction.danglingContinuation = danglingContinuation;
    if (emptyContinuationLines) instruction.emptyContinuationLines = emptyContinuationLines.filter((l) => l < lastLine);

    const carrier = instruction.inner ?? instruction;
    if (HEREDOC_INSTRUCTIONS.has(carrier.name) && carrier.args.includes('<<')) {
      for (const marker of findHeredocMarkers(carrier.rest.text)) {
        const bodyStart = cursor;
        let terminated = false;
        while (cursor < lines.length) {
          const body = marker.stripTabs ? lines[cursor].replace(/^\t+/, '') : lines[cursor];
          cursor++;
          if (body === marker.name) {
            terminated = true;
            break;
          }
        }
        const bodyEndLine = Math.min(Math.max(bodyStart, cursor - 1), lines.length - 1);
        const bodyEnd = { line: bodyEndLine, character: lines[bodyEndLine].length };
        const heredoc: Heredoc = { ...marker, terminated, range: { start: { line: Math.min(bodyStart, lines.length - 1), character: 0 }, end: bodyEnd } };
        if (carrier.heredocs === NONE) carrier.heredocs = [];
        carrier.heredocs.push(heredoc);
        endLine = bodyEnd.line;
        endCharacter = bodyEnd.character;
      }
      if (carrier !== instruction) instruction.heredocs = carrier.heredocs;
    }
    instruction.endsAt(endLine, endCharacter);
    instruction.lastConsumedLine = cursor - 1;
    instruction.evictable = evictable;
    if (instruction.inner instanceof ParsedInstruction) instruction.inner.endsAt(endLine, endCharacter);
    instructions.push(instruction);
    lineNo = cursor;
  }
  return { instructions, comments, stoppedAt: lineNo };
}

/** Builds an instruction from its keyword and the logical text of its arguments from `from`. */
function buildInstruction(keyword: string, line: number, character: number, logical: LogicalText, from: number, escapeChar: string): ParsedInstruction {
  return new ParsedInstruction(keyword, line, character, logical, from, escapeChar);
}

/**
 * A piece of an instruction's arguments, with its offsets in the instruction's logical text: the
 * LSP range is made when asked for (rules read the text of every token of a large file, the range
 * of the few they report), and follows the instruction when incremental parsing moves it.
 */
class ArgumentToken implements Token {
  constructor(
    readonly text: string,
    private readonly logical: LogicalText,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get range(): Range {
    return this.logical.rangeOf(this.start, this.end);
  }
}

/** The empty text after the flags of an instruction with nothing else: where its arguments end. */
class EmptyRest implements Token {
  readonly text = '';
  constructor(private readonly instruction: ParsedInstruction) {}

  get range(): Range {
    const end = this.instruction.argsRange.end;
    return { start: { line: end.line, character: end.character }, end: { line: end.line, character: end.character } };
  }
}

class FlagToken implements Flag {
  constructor(
    readonly name: string,
    readonly value: string | undefined,
    private readonly logical: LogicalText,
    private readonly start: number,
    private readonly nameEnd: number,
    /** Where the value starts, after `=`; -1 without one. */
    private readonly valueStart: number,
    private readonly end: number,
  ) {}

  get range(): Range {
    return this.logical.rangeOf(this.start, this.end);
  }

  get nameRange(): Range {
    return this.logical.rangeOf(this.start + 2, this.nameEnd);
  }

  get valueRange(): Range | undefined {
    return this.valueStart < 0 ? undefined : this.logical.rangeOf(this.valueStart, this.end);
  }
}

class VariableToken implements VariableRef {
  constructor(
    readonly name: string,
    readonly modifier: string | undefined,
    private readonly logical: LogicalText,
    private readonly start: number,
    private readonly end: number,
    private readonly nameStart: number,
  ) {}

  get range(): Range {
    return this.logical.rangeOf(this.start, this.end);
  }

  get nameRange(): Range {
    return this.logical.rangeOf(this.nameStart, this.nameStart + this.name.length);
  }
}

class ExecFormOf implements ExecForm {
  constructor(
    readonly values: Token[],
    private readonly rest: Token,
  ) {}

  get range(): Range {
    return this.rest.range;
  }
}

/** The flags and the text after them: most rules read these, few read the words or the exec form. */
interface Head {
  flags: Flag[];
  rest: Token;
  restStart: number;
}

/** What an instruction works out on first use (see `ParsedInstruction.derived`). */
class Derived {
  head: Head | undefined = undefined;
  words: Token[] | undefined = undefined;
  /** `null` until worked out (undefined is a shell form). */
  exec: ExecForm | undefined | null = null;
  variables: VariableRef[] | undefined = undefined;
  memos: unknown[] | undefined = undefined;
}

/**
 * An instruction whose tokens (flags, words, exec form, variables) are worked out on first use:
 * most of a large file is never looked at in detail, and an unchanged instruction keeps what it
 * already computed.
 */
export class ParsedInstruction implements Instruction {
  readonly name: string;
  readonly args: string;
  // Where the instruction starts (its keyword) and ends, as numbers: a large file has tens of
  // thousands of instructions, and three objects each for a range would be a tenth of its tree.
  startLine: number;
  private startCharacter: number;
  endLine: number;
  private endCharacter: number;
  heredocs: Heredoc[] = NONE;
  readonly inner: Instruction | undefined;
  danglingContinuation = false;
  emptyContinuationLines: number[] = NONE;
  /**
   * The last line the parse read for this instruction. Beyond `range`, it counts the empty and
   * comment lines a trailing continuation swallowed: an edit there changes this instruction.
   */
  lastConsumedLine = -1;
  /** Among the instructions that keep their tokens (see `remember`). */
  remembered = false;
  /** Part of a large file: gives its tokens up when many other instructions were tokenized since. */
  evictable = false;
  private readonly argsStart: number;
  private readonly argsEnd: number;
  /** For the instruction ONBUILD carries: where its keyword starts in the logical text (-1 otherwise). */
  private readonly keywordAt: number;
  /** What is worked out on first use (tokens, memos), in one object: most instructions never have any. */
  private derived: Derived | undefined;

  constructor(
    readonly keyword: string,
    line: number,
    character: number,
    private readonly logical: LogicalText,
    from: number,
    private readonly escapeChar: string,
    keywordAt = -1,
  ) {
    this.keywordAt = keywordAt;
    const text = logical.text;
    this.name = keyword.toUpperCase();
    let argsStart = from;
    while (argsStart < text.length && isBlank(text[argsStart])) argsStart++;
    let argsEnd = text.length;
    while (argsEnd > argsStart && isBlank(text[argsEnd - 1])) argsEnd--;
    this.argsStart = argsStart;
    this.argsEnd = argsEnd;
    this.args = text.slice(argsStart, argsEnd);
    this.startLine = line;
    this.startCharacter = character;
    // Until the parse says where the instruction ends.
    this.endLine = line;
    this.endCharacter = character;
    if (this.name === 'ONBUILD' && argsStart < argsEnd) {
      let innerEnd = argsStart;
      while (innerEnd < argsEnd && !isBlank(text[innerEnd])) innerEnd++;
      const innerStart = logical.positionAt(argsStart);
      this.inner = new ParsedInstruction(text.slice(argsStart, innerEnd), innerStart.line, innerStart.character, logical, innerEnd, escapeChar, argsStart);
    }
  }

  /** From the start of the keyword to the end of the last line or heredoc (made when asked for). */
  get range(): Range {
    return range(this.startLine, this.startCharacter, this.endLine, this.endCharacter);
  }

  /** Set by the parse once it has read the whole instruction. */
  endsAt(line: number, character: number): void {
    this.endLine = line;
    this.endCharacter = character;
  }

  /**
   * The keyword's range, made afresh when asked for (like every range but the instruction's own:
   * a large file has tens of thousands of instructions, and most of their ranges are read only
   * when a rule reports something there).
   */
  get keywordRange(): Range {
    if (this.keywordAt >= 0) return this.logical.rangeOf(this.keywordAt, this.keywordAt + this.keyword.length);
    return range(this.startLine, this.startCharacter, this.startLine, this.startCharacter + this.keyword.length);
  }

  get argsRange(): Range {
    if (this.argsStart < this.argsEnd) return this.logical.rangeOf(this.argsStart, this.argsEnd);
    const keywordEnd = this.keywordRange.end;
    return { start: keywordEnd, end: { line: keywordEnd.line, character: keywordEnd.character } };
  }

  memo<T>(key: object, compute: () => T): T {
    // Keys, then values, side by side: an instruction has a few memos at most, and a Map each
    // would cost more than everything else an instruction of a large file keeps.
    const derived = (this.derived ??= new Derived());
    const memos = (derived.memos ??= []);
    for (let i = 0; i < memos.length; i += 2) if (memos[i] === key) return memos[i + 1] as T;
    const value = compute();
    memos.push(key, value);
    // Given up with the tokens: in a large file, what every ENV and LABEL derived would otherwise
    // stay for as long as the document is open, for work that takes microseconds to redo.
    remember(this);
    return value;
  }

  /** Moves the instruction by `delta` lines. */
  shift(delta: number): void {
    if (this.derived) this.derived.memos = undefined;
    this.startLine += delta;
    this.endLine += delta;
    // An ONBUILD shares its heredocs with the instruction it carries: each moves once.
    for (const heredoc of this.heredocs) {
      heredoc.range.start.line += delta;
      heredoc.range.end.line += delta;
    }
    if (this.inner instanceof ParsedInstruction) {
      this.inner.startLine += delta;
      this.inner.endLine += delta;
    }
    if (this.emptyContinuationLines.length > 0) this.emptyContinuationLines = this.emptyContinuationLines.map((line) => line + delta);
    this.lastConsumedLine += delta;
    this.logical.shift(delta);
  }

  get flags(): Flag[] {
    // BuildKit reads flags from the start of the arguments only: without a leading `--` there are
    // none, and nothing needs tokenizing (most instructions of a large file).
    if (!this.args.startsWith('--')) return NONE;
    return this.tokenizeHead().flags;
  }

  get rest(): Token {
    return this.tokenizeHead().rest;
  }

  get words(): Token[] {
    const known = this.derived?.words;
    if (known) return known;
    const { restStart } = this.tokenizeHead();
    const { logical, argsEnd } = this;
    const text = logical.text;
    const spans = splitWords(text, restStart, argsEnd, this.escapeChar);
    const words: Token[] = new Array(spans.length);
    for (let i = 0; i < spans.length; i++) {
      // Not `const [start, end] = ...`: array destructuring goes through an iterator.
      const start = spans[i][0];
      const end = spans[i][1];
      words[i] = new ArgumentToken(text.slice(start, end), logical, start, end);
    }
    (this.derived ??= new Derived()).words = words;
    return words;
  }

  get execForm(): ExecForm | undefined {
    if (this.derived && this.derived.exec !== null) return this.derived.exec;
    const { restStart, rest } = this.tokenizeHead();
    const { logical, argsEnd } = this;
    const exec = this.name === 'ONBUILD' ? undefined : scanExecForm(logical.text, restStart, argsEnd);
    const made = exec ? new ExecFormOf(exec.values.map((v) => new ArgumentToken(v.value, logical, v.start, v.end)), rest) : undefined;
    (this.derived ??= new Derived()).exec = made;
    return made;
  }

  get variables(): VariableRef[] {
    if (this.inner) return this.inner.variables;
    // Most instructions have no `$` at all: one shared empty list, nothing to keep.
    if (!this.args.includes('$')) return NONE;
    const known = this.derived?.variables;
    if (known) return known;
    const variables = scanVariables(this.logical.text, this.argsStart, this.argsEnd, this.escapeChar, this.logical);
    (this.derived ??= new Derived()).variables = variables;
    remember(this);
    return variables;
  }

  /** Drops the tokens, variable references and memos (worked out again when asked for). */
  forgetTokens(): void {
    this.derived = undefined;
  }

  /** The flags and the rest; the words and the exec form are worked out apart, when asked for. */
  private tokenizeHead(): Head {
    const known = this.derived?.head;
    if (known) return known;
    remember(this);
    const { logical, argsStart, argsEnd } = this;
    const text = logical.text;
    const { flags, restStart } = extractFlags(text, argsStart, argsEnd, logical);
    const rest: Token = restStart < argsEnd ? new ArgumentToken(text.slice(restStart, argsEnd), logical, restStart, argsEnd) : new EmptyRest(this);
    const head: Head = { flags, rest, restStart };
    (this.derived ??= new Derived()).head = head;
    return head;
  }
}

/**
 * The instructions whose tokens are kept, oldest first. Tokens are most of what a parsed
 * instruction weighs (a range object pair per word and flag), and after the first analysis of a
 * large file hardly any are looked at again: only the most recently tokenized instructions keep
 * theirs. FROM instructions always keep theirs (the model's stages hold their words).
 * A token's range is made afresh each time it is asked for, from offsets that move with the
 * instruction: a range kept from an earlier analysis is a copy, and does not move.
 */
const recentlyTokenized: Array<ParsedInstruction | undefined> = [];
let nextSlot = 0;
let tokenizedLimit = 2048;

/** Instructions tokenized while an analysis holds tokens (see `holdTokens`): none gives its tokens up until it ends. */
let held: ParsedInstruction[] | undefined;

function remember(instruction: ParsedInstruction): void {
  if (!instruction.evictable || instruction.name === 'FROM' || instruction.remembered) return;
  instruction.remembered = true;
  if (held) {
    held.push(instruction);
    return;
  }
  enter(instruction);
}

function enter(instruction: ParsedInstruction): void {
  const oldest = recentlyTokenized[nextSlot];
  if (oldest) {
    oldest.remembered = false;
    oldest.forgetTokens();
  }
  recentlyTokenized[nextSlot] = instruction;
  nextSlot = (nextSlot + 1) % tokenizedLimit;
}

/**
 * Keeps every instruction's tokens until the returned function is called, then only the most
 * recent ones, as usual. For one analysis of a whole file: several rules read the flags and
 * variables of every instruction one after the other, and would otherwise tokenize each
 * instruction of a large file again for each of them.
 */
export function holdTokens(): () => void {
  if (held) return () => undefined;
  const holding: ParsedInstruction[] = [];
  held = holding;
  return () => {
    if (held !== holding) return;
    held = undefined;
    // The most recently tokenized go back to the ring; the others give their tokens up.
    const from = Math.max(0, holding.length - tokenizedLimit);
    for (let i = 0; i < from; i++) {
      holding[i].remembered = false;
      holding[i].forgetTokens();
    }
    for (let i = from; i < holding.length; i++) enter(holding[i]);
  };
}

/**
 * Only the instructions of files with this many lines give their tokens up: a small file's tree
 * is small, and often short-lived (keeping its instructions in the ring would only make them
 * live longer).
 */
let evictableFromLines = 5000;

/**
 * How many instructions keep their tokens, and from which file size on (tests make both small,
 * so that tokens are often read again). Returns the previous limit.
 */
export function keepTokensOf(limit: number, fromLines = 5000): number {
  const previous = tokenizedLimit;
  evictableFromLines = fromLines;
  for (const instruction of recentlyTokenized) {
    if (!instruction) continue;
    instruction.remembered = false;
    instruction.forgetTokens();
  }
  recentlyTokenized.length = 0;
  nextSlot = 0;
  if (held) {
    for (const instruction of held) {
      instruction.remembered = false;
      instruction.forgetTokens();
    }
    held.length = 0;
  }
  tokenizedLimit = limit;
  return previous;
}

/**
 * BuildKit's flag extraction: leading words that start with `--`, with quotes and backslash
 * escapes inside them; a bare `--` ends the flags.
 */
function extractFlags(text: string, start: number, end: number, logical: LogicalText): { flags: Flag[]; restStart: number } {
  // Most instructions have no flags: they share one empty list.
  let flags: Flag[] = NONE;
  let pos = start;
  for (;;) {
    while (pos < end && isBlank(text[pos])) pos++;
    if (pos + 1 >= end || text[pos] !== '-' || text[pos + 1] !== '-') return { flags, restStart: pos };
    const wordStart = pos;
    let word = '';
    let quote = '';
    let equalsAt = -1;
    let valueStart = -1;
    // Most flags have no quotes or escapes: the word is then the text as written.
    let plainEnd = pos;
    while (plainEnd < end) {
      const ch = text[plainEnd];
      if (isBlank(ch) || ch === '"' || ch === "'" || ch === '\\') break;
      if (ch === '=' && equalsAt < 0) {
        equalsAt = plainEnd - wordStart;
        valueStart = plainEnd + 1;
      }
      plainEnd++;
    }
    if (plainEnd >= end || isBlank(text[plainEnd])) {
      word = text.slice(wordStart, plainEnd);
      pos = plainEnd;
    } else {
      equalsAt = -1;
      valueStart = -1;
    }
    if (pos < plainEnd) for (; pos < end; pos++) {
      const ch = text[pos];
      if (quote) {
        if (ch === quote) quote = '';
        else if (ch === '\\' && pos + 1 < end) word += text[++pos];
        else word += ch;
        continue;
      }
      if (isBlank(ch)) break;
      if (ch === '"' || ch === "'") {
        quote = ch;
        continue;
      }
      if (ch === '=' && equalsAt < 0) {
        equalsAt = word.length;
        valueStart = pos + 1;
      }
      if (ch === '\\' && pos + 1 < end) word += text[++pos];
      else word += ch;
    }
    if (word === '--') return { flags, restStart: pos };
    const nameText = equalsAt < 0 ? word.slice(2) : word.slice(2, equalsAt);
    const nameEnd = equalsAt < 0 ? pos : valueStart - 1;
    if (flags === NONE) flags = [];
    flags.push(new FlagToken(nameText, equalsAt < 0 ? undefined : word.slice(equalsAt + 1), logical, wordStart, nameEnd, equalsAt < 0 ? -1 : valueStart, pos));
  }
}

/** Splits [start, end) on unquoted blanks; returns [start, end) offsets of each word. */
export function splitWords(text: string, start: number, end: number, escapeChar: string): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  let wordStart = -1;
  let quote = '';
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === escapeChar && quote === '"' && i + 1 < end) i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (isBlank(ch)) {
      if (wordStart >= 0) words.push([wordStart, i]);
      wordStart = -1;
      continue;
    }
    if (wordStart < 0) wordStart = i;
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === escapeChar && i + 1 < end) i++;
  }
  if (wordStart >= 0) words.push([wordStart, end]);
  return words;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const MODIFIERS = [':-', ':+', ':?', '##', '%%', '//', '-', '+', '?', '#', '%', '/'];

/** Finds `$NAME` and `${NAME...}` outside single quotes, skipping escaped dollars. */
function scanVariables(text: string, start: number, end: number, escapeChar: string, logical: LogicalText): VariableRef[] {
  const refs: VariableRef[] = [];
  let inSingle = false;
  let inDouble = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (inSingle) {
      if (ch === "'") inSingle = false;
      continue;
    }
    if (ch === escapeChar) {
      i++;
      continue;
    }
    if (ch === "'" && !inDouble) {
      inSingle = true;
      continue;
    }
    if (ch === '"') {
      inDouble = !inDouble;
      continue;
    }
    if (ch !== '$' || i + 1 >= end) continue;
    const next = text[i + 1];
    if (next === '{') {
      let nameEnd = i + 2;
      while (nameEnd < end && NAME_CHAR.test(text[nameEnd])) nameEnd++;
      if (nameEnd === i + 2 || !NAME_START.test(text[i + 2])) continue;
      let depth = 1;
      let close = nameEnd;
      for (; close < end && depth > 0; close++) {
        if (text[close] === '{') depth++;
        else if (text[close] === '}') depth--;
      }
      const modifier = MODIFIERS.find((m) => text.startsWith(m, nameEnd));
      refs.push(new VariableToken(text.slice(i + 2, nameEnd), modifier, logical, i, close, i + 2));
      i = nameEnd - 1;
    } else if (NAME_START.test(next)) {
      let nameEnd = i + 1;
      while (nameEnd < end && NAME_CHAR.test(text[nameEnd])) nameEnd++;
      refs.push(new VariableToken(text.slice(i + 1, nameEnd), undefined, logical, i, nameEnd, i + 1));
      i = nameEnd - 1;
    }
  }
  return refs;
}

function leadingBlanks(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\f' || line[i] === '\v')) i++;
  return i;
}

/** A line continues when it ends with the escape character, optionally followed by blanks. */
function continuationTest(escapeChar: string): (line: string) => boolean {
  return (line) => {
    let i = line.length - 1;
    while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
    return i >= 0 && line[i] === escapeChar;
  };
}

const LESS_THAN = 0x3c;

interface HeredocMarker {
  name: string;
  stripTabs: boolean;
  quoted: boolean;
}

/**
 * Finds `<<NAME`, `<<-NAME`, `<<"NAME"` words, the way BuildKit does: the arguments are split
 * into shell words first, so `<<` inside quotes is text and `<<<` (a here-string) is no heredoc.
 */
export function findHeredocMarkers(args: string): HeredocMarker[] {
  const markers: HeredocMarker[] = [];
  const words = splitWords(args, 0, args.length, '\\');
  for (let i = 0; i < words.length; i++) {
    const s = words[i][0];
    if (args.charCodeAt(s) !== LESS_THAN || args.charCodeAt(s + 1) !== LESS_THAN) continue;
    const match = /^<<(-?)([^<].*)$/.exec(args.slice(s, words[i][1]));
    if (!match) continue;
    const delimiter = match[2];
    const quoted = /^(["']).*\1$/.test(delimiter);
    const name = quoted ? delimiter.slice(1, -1) : delimiter;
    if (name !== '') markers.push({ name, stripTabs: match[1] === '-', quoted });
  }
  return markers;
}
