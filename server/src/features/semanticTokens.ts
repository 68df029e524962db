import { SemanticTokensLegend } from 'vscode-languageserver';
import { DockerfileModel, isPredefinedArg } from '../model/model';
import { keyValues } from '../parser/keyValues';
import { DockerfileSyntax, Instruction, Range, VariableRef } from '../parser/syntax';
import { lowerBound } from '../parser/search';
import { heredocVariables, stageRefsOf } from './definition';
import { instructionIndexAt } from './locate';

export const TOKEN_TYPES = ['keyword', 'parameter', 'class', 'variable', 'macro', 'comment', 'string'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'readonly'] as const;

type TokenType = (typeof TOKEN_TYPES)[number];

/** Register with `semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true }`. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_INDEX = new Map<string, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const DECLARATION = 1;
const READONLY = 2;

interface Token {
  line: number;
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/**
 * Semantic tokens for the whole document: instruction keywords, flags, stage names, variables
 * (predefined build args read-only), directives, comments and the strings of exec forms. Only
 * single-line tokens; where two would overlap, strings give way to what is inside them.
 */
export function semanticTokens(syntax: DockerfileSyntax, model: DockerfileModel): { legend: SemanticTokensLegend; data: number[] } {
  return tokensOf(syntax, model, 0, syntax.instructions.length, 0, syntax.lines.length);
}

/**
 * The tokens of the lines `range` touches (`textDocument/semanticTokens/range`: what the editor
 * shows first on a large file), found by binary search.
 */
export function semanticTokensRange(syntax: DockerfileSyntax, model: DockerfileModel, range: Range): { legend: SemanticTokensLegend; data: number[] } {
  let first = Math.max(0, instructionIndexAt(syntax, { line: range.start.line, character: 0 }));
  if (first < syntax.instructions.length && syntax.instructions[first].range.end.line < range.start.line) first++;
  const last = instructionIndexAt(syntax, range.end) + 1;
  return tokensOf(syntax, model, first, last, range.start.line, range.end.line + 1);
}

function tokensOf(syntax: DockerfileSyntax, model: DockerfileModel, firstInstruction: number, endInstruction: number, fromLine: number, toLine: number): { legend: SemanticTokensLegend; data: number[] } {
  // Built instruction by instruction: each batch (the instruction, the comments up to its last
  // line) is sorted on its own, and batches follow each other in document order.
  let tokens: Token[] = [];
  let strings: Token[] = [];
  const push = (range: Range | undefined, type: TokenType, modifiers = 0, into = tokens) => {
    if (!range || range.start.line !== range.end.line || range.end.character <= range.start.character) return;
    into.push({ line: range.start.line, start: range.start.character, end: range.end.character, type: TYPE_INDEX.get(type) ?? 0, modifiers });
  };
  const encoder = new Encoder();
  const flush = () => {
    if (tokens.length > 1) tokens.sort(compare);
    if (strings.length > 0) {
      for (const token of strings) tokens.push(...cut(token, tokens));
      tokens.sort(compare);
    }
    encoder.add(dropOverlaps(tokens));
    tokens = [];
    strings = [];
  };

  for (const directive of syntax.directives) {
    if (directive.range.start.line < fromLine || directive.range.start.line >= toLine) continue;
    push(directive.nameRange, 'macro');
    push(directive.valueRange, 'string');
  }
  const comments = syntax.comments;
  let nextComment = lowerBound(comments.length, (i) => comments[i].range.start.line >= fromLine);
  for (let index = firstInstruction; index < endInstruction; index++) {
    const instruction = syntax.instructions[index];
    const lastLine = instruction.range.end.line;
    for (; nextComment < comments.length && comments[nextComment].range.start.line <= lastLine; nextComment++) push(comments[nextComment].range, 'comment');
    instructionTokens(instruction, push, strings);
    if (instruction.inner) instructionTokens(instruction.inner, push, strings);
    for (const variable of heredocVariables(syntax, instruction)) variableToken(variable, push);
    if (instruction.name === 'FROM') {
      const stage = model.stageOf(instruction);
      if (stage?.from === instruction && stage.nameRange) {
        push(stage.nameRange, 'class', DECLARATION);
        const as = instruction.words[1];
        if (as) push(as.range, 'keyword');
      }
    }
    if (instruction.name === 'FROM' || instruction.flags.length > 0) {
      for (const ref of stageRefsOf(model, instruction)) if (ref.stage && ref.exact) push(ref.range, 'class');
    }
    flush();
  }
  for (; nextComment < comments.length && comments[nextComment].range.start.line < toLine; nextComment++) push(comments[nextComment].range, 'comment');
  flush();
  return { legend: SEMANTIC_TOKENS_LEGEND, data: encoder.data };
}

type Push = (range: Range | undefined, type: TokenType, modifiers?: number, into?: Token[]) => void;

function instructionTokens(instruction: Instruction, push: Push, strings: Token[]): void {
  push(instruction.keywordRange, 'keyword');
  for (const flag of instruction.flags) push({ start: flag.range.start, end: flag.nameRange.end }, 'parameter');
  if (instruction.name === 'HEALTHCHECK') {
    const first = instruction.words[0];
    if (first && /^(CMD|NONE)$/i.test(first.text)) push(first.range, 'keyword');
  }
  if (instruction.name === 'ARG' || instruction.name === 'ENV') {
    for (const pair of keyValues(instruction).pairs) push(pair.keyRange, 'variable', DECLARATION | (instruction.name === 'ARG' && isPredefinedArg(pair.key) ? READONLY : 0));
  }
  if (instruction.inner === undefined) {
    for (const variable of instruction.variables) variableToken(variable, push);
  }
  const exec = instruction.execForm;
  if (exec) for (const value of exec.values) push(value.range, 'string', 0, strings);
}

function variableToken(variable: VariableRef, push: Push): void {
  const braces = variable.range.end.character - variable.range.start.character !== variable.nameRange.end.character - variable.range.start.character;
  // `${NAME}` whole; `${NAME:-$OTHER}` up to the name, so the inner reference keeps its own token.
  const end = braces && variable.modifier !== undefined ? variable.nameRange.end : variable.range.end;
  push({ start: variable.range.start, end }, 'variable', isPredefinedArg(variable.name) ? READONLY : 0);
}

function compare(a: Token, b: Token): number {
  return a.line - b.line || a.start - b.start || a.end - b.end;
}

/** The parts of `token` that no token of `others` (sorted) covers. */
function cut(token: Token, others: Token[]): Token[] {
  const parts: Token[] = [];
  let start = token.start;
  for (let i = lowerBound(others.length, (j) => others[j].line >= token.line); i < others.length && others[i].line === token.line; i++) {
    const other = others[i];
    if (other.end <= start || other.start >= token.end) continue;
    if (other.start > start) parts.push({ ...token, start, end: other.start });
    start = Math.max(start, other.end);
  }
  if (start < token.end) parts.push({ ...token, start });
  return parts;
}

/** Sorted tokens with any that overlaps an earlier one dropped. */
function dropOverlaps(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  for (const token of tokens) {
    const last = kept[kept.length - 1];
    if (last && last.line === token.line && token.start < last.end) continue;
    kept.push(token);
  }
  return kept;
}

/** LSP's relative encoding, appended batch by batch. */
class Encoder {
  readonly data: number[] = [];
  private line = 0;
  private start = 0;

  add(tokens: Token[]): void {
    const data = this.data;
    for (const token of tokens) {
      const deltaLine = token.line - this.line;
      // Batches never go back; a token that would is dropped rather than corrupt the data.
      if (deltaLine < 0 || (deltaLine === 0 && token.start < this.start)) continue;
      data.push(deltaLine, deltaLine === 0 ? token.start - this.start : token.start, token.end - token.start, token.type, token.modifiers);
      this.line = token.line;
      this.start = token.start;
    }
  }
}
