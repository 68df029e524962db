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

/** A piece of the arguments as written (quotes kept), with its exact range. */
export interface Token {
  text: string;
  range: Range;
}

/** A `--name=value` or `--name` flag before the arguments, as BuildKit extracts them. */
export interface Flag {
  /** Without the leading dashes, e.g. `mount`. */
  name: string;
  /** Unquoted; undefined for `--link` without `=`. */
  value: string | undefined;
  range: Range;
  nameRange: Range;
  valueRange: Range | undefined;
}

/** The exec (JSON) form: `["executable", "arg"]`. */
export interface ExecForm {
  /** The decoded strings, each with the range of its JSON string (quotes included). */
  values: Token[];
  range: Range;
}

/** A `$NAME` or `${NAME...}` reference. */
export interface VariableRef {
  name: string;
  /** From `$` to the end of the reference. */
  range: Range;
  nameRange: Range;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `##`, `%`, `%%`, `/`, `//`, or undefined. */
  modifier: string | undefined;
}

export interface Instruction {
  /** The keyword as written, e.g. `run`. */
  keyword: string;
  /** The keyword upper-cased, e.g. `RUN`. */
  name: string;
  keywordRange: Range;
  /** The arguments as one logical line: continuations joined, comment lines inside dropped. */
  args: string;
  /** Where the arguments start and end (empty at the end of the keyword when there are none). */
  argsRange: Range;
  /** From the keyword to the end of the last continuation line or heredoc terminator (made afresh when read). */
  readonly range: Range;
  /** `range.start.line` and `range.end.line`, read without making a range (for loops over every instruction). */
  readonly startLine: number;
  readonly endLine: number;
  heredocs: Heredoc[];
  flags: Flag[];
  /** The arguments after the flags, split on unquoted blanks. */
  words: Token[];
  /** The text after the flags, as a token (empty text when there is none). */
  rest: Token;
  /** Set when `rest` is a valid JSON array of strings (Docker's rule: otherwise it is shell form). */
  execForm: ExecForm | undefined;
  variables: VariableRef[];
  /** The instruction ONBUILD carries, if any. */
  inner: Instruction | undefined;
  /** True when the last line ends with a continuation and nothing followed. */
  danglingContinuation: boolean;
  /** Continuation lines that were empty (BuildKit warns: NoEmptyContinuation). */
  emptyContinuationLines: number[];
  /**
   * Keeps what an analysis derives from this instruction (its key-value pairs, say) while the
   * instruction keeps its tokens; incremental parsing keeps unchanged instructions, so the work
   * is not redone on every keystroke. Forgotten when the instruction moves, and with its tokens
   * (in a large file, only the most recently read instructions keep theirs).
   */
  memo<T>(key: object, compute: () => T): T;
}

export interface Comment {
  text: string;
  range: Range;
}

/**
 * What an incremental re-parse did to the tree before (`previous`): the first `kept`
 * instructions are the same objects, the `removed` after them were replaced by `inserted` new
 * ones, and the rest are the same objects, moved.
 */
export interface SyntaxEdit {
  previous: DockerfileSyntax;
  kept: number;
  removed: number;
  inserted: number;
}

export interface DockerfileSyntax {
  /** The document's lines, without line breaks. */
  lines: string[];
  directives: Directive[];
  /** The escape character in force: `\` unless an `escape` directive says backtick. */
  escapeChar: '\\' | '`';
  instructions: Instruction[];
  comments: Comment[];
  /** Set by an incremental re-parse (`previous` holds no `edit` of its own then). */
  edit?: SyntaxEdit;
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}
