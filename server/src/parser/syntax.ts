/**
 * The Dockerfile syntax tree. Positions are LSP positions: zero-based lines and UTF-16 columns
 * (which is what JavaScript string indices already are).
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A parser directive such as `# escape=\``; only recognised at the top of the file. */
export interface Directive {
  name: string;
  value: string;
  range: Range;
  nameRange: Range;
  valueRange: Range;
}

/** The body of a heredoc (`<<EOF` ... `EOF`) that belongs to an instruction. */
export interface Heredoc {
  name: string;
  /** `<<-`: leading tabs are stripped from the body and the terminator. */
  stripTabs: boolean;
  /** A quoted delimiter (`<<"EOF"`) turns off variable expansion in the body. */
  quoted: boolean;
  /** From the first body line to the end of the terminator line (or of the file). */
  range: Range;
  terminated: boolean;
}

export interface Instruction {
  /** The keyword as written, e.g. `run`. */
  keyword: string;
  /** The keyword upper-cased, e.g. `RUN`. */
  name: string;
  keywordRange: Range;
  /** The arguments as one logical line: continuations joined, comment lines inside dropped. */
  args: string;
  /** From the keyword to the end of the last continuation line or heredoc terminator. */
  range: Range;
  heredocs: Heredoc[];
}

export interface Comment {
  text: string;
  range: Range;
}

export interface DockerfileSyntax {
  directives: Directive[];
  /** The escape character in force: `\` unless an `escape` directive says backtick. */
  escapeChar: '\\' | '`';
  instructions: Instruction[];
  comments: Comment[];
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}
