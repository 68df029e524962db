import { splitWords } from '../../parser/parser';
import { Instruction, Position, Range } from '../../parser/syntax';
import { baseStageOf, DockerfileModel, Stage } from '../../model/model';
import { Finding } from '../rule';

/**
 * A light reading of the shell text of a RUN in shell form: enough to split it into simple
 * commands on `&&`, `||`, `;`, `|` and `&` outside quotes, with each word's offsets in
 * `instruction.rest.text`. It is no shell parser: command substitutions, `${...}` and quoted text
 * stay inside their word, and a `#` that starts a word ends the script.
 */
export interface ShellWord {
  /** As written, quotes kept. */
  raw: string;
  /** Quotes removed, backslash escapes resolved (substitutions kept as written). */
  value: string;
  start: number;
  end: number;
}

export interface ShellCommand {
  words: ShellWord[];
  /** The operator before this command: '' for the first, else `&&`, `||`, `;`, `|`, `&`, `(`, `)`. */
  before: string;
  /** The operator after this command ('' at the end). */
  after: string;
  /** Where that operator starts in the text (-1 when there is none). */
  afterAt: number;
  /** The command it runs, once worked out (null: none). */
  name?: CommandName | null;
}

export interface ShellOperator {
  text: string;
  start: number;
  end: number;
}

export interface ShellScript {
  commands: ShellCommand[];
  /** Every control operator outside quotes and substitutions, in order. */
  operators: ShellOperator[];
  /** Its apt-get and apt calls, once worked out. */
  aptCalls?: AptCall[];
}

/**
 * The scripts read last, by instruction. Not kept on the instructions: the scripts of a large
 * file would be a good part of the server's memory, for work that takes microseconds per RUN.
 * The rules that read scripts run instruction by instruction (or stage by stage), so one
 * instruction's script is read once for all of them.
 */
const recentScripts = new Map<Instruction, ShellScript | undefined>();
const RECENT_SCRIPTS = 256;

/**
 * The shell script of a RUN in shell form, or undefined for the exec form, for a RUN with a
 * heredoc (its body is not in the tree as text) and for other instructions.
 */
export function runScript(instruction: Instruction): ShellScript | undefined {
  if (instruction.name !== 'RUN') return undefined;
  if (recentScripts.has(instruction)) return recentScripts.get(instruction);
  const script = readScript(instruction);
  if (recentScripts.size >= RECENT_SCRIPTS) recentScripts.delete(recentScripts.keys().next().value as Instruction);
  recentScripts.set(instruction, script);
  return script;
}

function readScript(instruction: Instruction): ShellScript | undefined {
  const text = shellText(instruction);
  return text === undefined ? undefined : parseShell(text);
}

/**
 * The text `runScript` reads, without reading it: undefined exactly when `runScript` finds no
 * script. For a cheap test (`mayMention`) before asking for the script.
 */
export function shellText(instruction: Instruction): string | undefined {
  return instruction.name === 'RUN' && !instruction.execForm && instruction.heredocs.length === 0 && instruction.rest.text !== ''
    ? instruction.rest.text
    : undefined;
}

/** Characters with no special meaning to the reading below. */
const ORDINARY = /[^ \t\n\r'"\\$`&|;()#]+/y;

const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

/**
 * Whether a word of a script may read `word` once its quotes are removed and escapes resolved
 * (`apt` in `apt-get`, `a\pt-get` or `'apt'-get`): false only when none can. A cheap test before
 * reading the script (most RUNs of a large file mention neither apt nor sudo). `word` has no
 * quotes or backslashes.
 */
export function mayMention(text: string, word: string): boolean {
  if (text.includes(word)) return true;
  // Between two characters of a word's value, its text can only have quotes and backslashes.
  const first = word[0];
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    let j = i + 1;
    let k = 1;
    while (k < word.length && j < text.length) {
      const c = text.charCodeAt(j++);
      if (c === word.charCodeAt(k)) k++;
      else if (c !== 0x5c && c !== 0x27 && c !== 0x22) break;
    }
    if (k === word.length) return true;
  }
  return false;
}

export function parseShell(text: string): ShellScript {
  return new Script(text, readShell(text, undefined));
}

/**
 * A script as `parseShell` reads it. Its operators are read again when asked for: no rule needs
 * them, and they would be a good part of what reading a script allocates.
 */
class Script implements ShellScript {
  aptCalls: AptCall[] | undefined = undefined;
  private operatorsRead: ShellOperator[] | undefined = undefined;

  constructor(
    private readonly text: string,
    readonly commands: ShellCommand[],
  ) {}

  get operators(): ShellOperator[] {
    if (!this.operatorsRead) {
      const operators: ShellOperator[] = [];
      readShell(this.text, operators);
      this.operatorsRead = operators;
    }
    return this.operatorsRead;
  }
}

/** The commands of a script; its operators are added to `operators` when given. */
function readShell(text: string, operators: ShellOperator[] | undefined): ShellCommand[] {
  const reader = new ShellReader(text, operators);
  reader.read();
  return reader.commands;
}

/**
 * The state of one reading of a script, in one object (closures sharing local variables would
 * allocate a context and a function each, on every RUN read).
 */
class ShellReader {
  readonly commands: ShellCommand[] = [];
  // The words of the command being read are the first `count` of `pending`, which every command
  // reuses; each command keeps an exact copy (most have a few words, a grown array has room for 17).
  private readonly pending: ShellWord[] = [];
  private count = 0;
  private before = '';
  private wordStart = -1;
  // A word's value is its text (no allocation) until a quote or an escape makes it differ
  // (`escaped`); from then on it is built in `value`.
  private value = '';
  private escaped = false;
  // Inside `case WORD in ... esac`, between `in` (or `;;`) and `)`: a pattern, where `|` separates
  // alternatives instead of piping.
  private casePattern = false;

  constructor(
    private readonly text: string,
    private readonly operators: ShellOperator[] | undefined,
  ) {}

  read(): void {
    const { text } = this;
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (isBlank(ch)) {
        this.endWord(i);
        i++;
        continue;
      }
      if (this.wordStart < 0 && ch === '#') break;
      if (this.casePattern && (ch === '|' || ch === ')' || (ch === '(' && this.wordStart < 0))) {
        this.endWord(i);
        if (ch === ')') {
          this.count = 0;
          this.casePattern = false;
        }
        i++;
        continue;
      }
      if (ch === '&' || ch === '|' || ch === ';' || ((ch === '(' || ch === ')') && this.wordStart < 0)) {
        const previous = this.wordStart >= 0 ? text[i - 1] : '';
        // `2>&1`, `>&2`, `<&0` and bash's `&>file`: redirections, not operators.
        if (ch === '&' && (previous === '>' || previous === '<' || text[i + 1] === '>')) {
          if (this.wordStart < 0) this.wordStart = i;
          if (this.escaped) this.value += ch;
          i++;
          continue;
        }
        this.endWord(i);
        const next = text[i + 1];
        const operator =
          next === ch && (ch === '&' || ch === '|' || ch === ';') ? (ch === '&' ? '&&' : ch === '|' ? '||' : ';;') : ch === '|' && next === '&' ? '|&' : ch;
        this.endCommand(operator === '|&' ? '|' : operator, i, i + operator.length);
        if (operator === ';;') this.casePattern = true;
        i += operator.length;
        continue;
      }
      if (this.wordStart < 0) this.wordStart = i;
      if (ch === "'") {
        this.escape(i);
        const close = text.indexOf("'", i + 1);
        const end = close < 0 ? text.length : close;
        this.value += text.slice(i + 1, end);
        i = end + 1;
      } else if (ch === '"') {
        this.escape(i);
        i = this.readDoubleQuoted(i + 1);
      } else if (ch === '\\') {
        this.escape(i);
        this.value += text[i + 1] ?? '';
        i += 2;
      } else if (ch === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
        const end = skipGroup(text, i + 1);
        if (this.escaped) this.value += text.slice(i, end);
        i = end;
      } else if (ch === '`') {
        const end = skipBackticks(text, i);
        if (this.escaped) this.value += text.slice(i, end);
        i = end;
      } else {
        // A run of ordinary characters at once (or this one character, `$` or a `#` inside a word).
        ORDINARY.lastIndex = i;
        const end = ORDINARY.test(text) ? ORDINARY.lastIndex : i + 1;
        if (this.escaped) this.value += text.slice(i, end);
        i = end;
      }
    }
    this.endWord(Math.min(i, text.length));
    if (this.count > 0) this.commands.push({ words: this.pending.slice(0, this.count), before: this.before, after: '', afterAt: -1, name: undefined });
  }

  /** From just after an opening `"`: adds what is quoted to the value; returns where to go on. */
  private readDoubleQuoted(from: number): number {
    const { text } = this;
    let i = from;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\' && i + 1 < text.length) {
        this.value += '"\\$`'.includes(text[i + 1]) ? text[i + 1] : text.slice(i, i + 2);
        i += 2;
      } else if (text[i] === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
        const end = skipGroup(text, i + 1);
        this.value += text.slice(i, end);
        i = end;
      } else if (text[i] === '`') {
        const end = skipBackticks(text, i);
        this.value += text.slice(i, end);
        i = end;
      } else {
        // This character and the plain ones after it at once.
        let end = i + 1;
        while (end < text.length && !isDoubleQuotedSpecial(text.charCodeAt(end))) end++;
        this.value += text.slice(i, end);
        i = end;
      }
    }
    return i + 1;
  }

  private endCommand(operator: string, start: number, end: number): void {
    const { commands } = this;
    if (this.count > 0) commands.push({ words: this.pending.slice(0, this.count), before: this.before, after: operator, afterAt: start, name: undefined });
    else if (commands.length > 0 && commands[commands.length - 1].after === '') {
      commands[commands.length - 1].after = operator;
      commands[commands.length - 1].afterAt = start;
    }
    this.count = 0;
    this.before = operator;
    this.operators?.push({ text: operator, start, end });
  }

  private endWord(end: number): void {
    if (this.wordStart < 0) return;
    const raw = this.text.slice(this.wordStart, end);
    this.wordStart = -1;
    if (this.casePattern && this.count === 0 && raw === 'esac') this.casePattern = false;
    this.pending[this.count++] = { raw, value: this.escaped ? this.value : raw, start: end - raw.length, end };
    this.value = '';
    this.escaped = false;
    if (raw === 'in' && this.count === 3 && this.pending[0].raw === 'case') {
      this.commands.push({ words: this.pending.slice(0, this.count), before: this.before, after: '', afterAt: -1, name: undefined });
      this.count = 0;
      this.before = '';
      this.casePattern = true;
    }
  }

  /** From here on, the word's value differs from its text: it starts with the text so far. */
  private escape(at: number): void {
    if (this.escaped) return;
    this.value = this.text.slice(this.wordStart, at);
    this.escaped = true;
  }
}

/** What ends a run of plain characters inside double quotes: `"`, `\`, `$` and a backtick. */
const isDoubleQuotedSpecial = (c: number) => c === 0x22 || c === 0x5c || c === 0x24 || c === 0x60;

/** From an opening `(` or `{` to just after its match, minding quotes inside. */
function skipGroup(text: string, open: number): number {
  const opening = text[open];
  const closing = opening === '(' ? ')' : '}';
  let depth = 0;
  let i = open;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === "'" && opening === '(') {
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? text.length : close + 1;
    } else if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (ch === opening) depth++;
      else if (ch === closing && --depth === 0) return i + 1;
      i++;
    }
  }
  return text.length;
}

function skipBackticks(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length && text[i] !== '`') i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const RESERVED = new Set(['!', '{', '}', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'time']);
/** Commands that run the command after them (with their options). */
const WRAPPERS = new Set(['sudo', 'env', 'command', 'exec', 'nohup', 'nice']);
/** Options of those wrappers that take a separate value. */
const WRAPPER_VALUE_OPTIONS = new Set(['-u', '-g', '-C', '-h', '-p', '-U', '-r', '-t', '-n', '--user', '--group']);

export interface CommandName {
  /** Index in `words` of the command that actually runs, after assignments and wrappers. */
  index: number;
  word: ShellWord;
  /** The `sudo` word, when the command runs under sudo. */
  sudo: ShellWord | undefined;
}


/** The command a simple command runs, skipping `VAR=value`, shell keywords and `sudo`/`env`. */
export function commandName(command: ShellCommand): CommandName | undefined {
  if (command.name === undefined) command.name = findCommandName(command) ?? null;
  return command.name ?? undefined;
}

function findCommandName(command: ShellCommand): CommandName | undefined {
  const { words } = command;
  let sudo: ShellWord | undefined;
  let i = 0;
  while (i < words.length) {
    const value = words[i].value;
    if (ASSIGNMENT.test(words[i].raw) || RESERVED.has(value)) {
      i++;
      continue;
    }
    if (WRAPPERS.has(value)) {
      if (value === 'sudo' && !sudo) sudo = words[i];
      i++;
      while (i < words.length && (words[i].value.startsWith('-') || (value === 'env' && ASSIGNMENT.test(words[i].raw)))) {
        i += WRAPPER_VALUE_OPTIONS.has(words[i].value) ? 2 : 1;
      }
      continue;
    }
    return { index: i, word: words[i], sudo };
  }
  return undefined;
}

/** apt-get (and apt) options that take their value as the next word. */
const APT_VALUE_OPTIONS = new Set([
  '-o', '-c', '-t', '-a', '-P', '--option', '--config-file', '--target-release', '--default-release', '--host-architecture', '--build-profiles',
]);

export interface AptCall {
  command: ShellCommand;
  /** The index of that command in the script. */
  index: number;
  /** The `apt-get` or `apt` word. */
  tool: ShellWord;
  /** The sub-command (`install`, `update` ...) word. */
  action: ShellWord;
  /** Every option word, before and after the sub-command, with option values joined to them (shared and frozen when none). */
  options: string[];
}


/** The apt-get or apt invocations of a script, with their sub-command (shared and frozen when none). */
export function aptCalls(script: ShellScript): AptCall[] {
  script.aptCalls ??= findAptCalls(script);
  return script.aptCalls;
}

function findAptCalls(script: ShellScript): AptCall[] {
  // Made only when there is something to put in them (most apt calls have a few options at most).
  let calls: AptCall[] | undefined;
  for (let index = 0; index < script.commands.length; index++) {
    const command = script.commands[index];
    const name = commandName(command);
    if (!name || (name.word.value !== 'apt-get' && name.word.value !== 'apt')) continue;
    let options: string[] | undefined;
    let action: ShellWord | undefined;
    const { words } = command;
    for (let i = name.index + 1; i < words.length; i++) {
      const value = words[i].value;
      if (value.startsWith('-') && value.length > 1) {
        if (APT_VALUE_OPTIONS.has(value) && i + 1 < words.length) (options ??= []).push(`${value}=${words[++i].value}`);
        else (options ??= []).push(value);
      } else if (!action) action = words[i];
    }
    if (action) (calls ??= []).push({ command, index, tool: name.word, action, options: options ?? NONE });
  }
  return calls ?? NONE;
}

/** Shared by the scripts without apt calls and the calls without options. */
const NONE: never[] = Object.freeze([]) as never[];

const SIMULATE = new Set(['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act']);

/** `apt-get install -s` and friends only print what would happen: no prompt, no change. */
export function simulates(call: AptCall): boolean {
  const { options } = call;
  for (let o = 0; o < options.length; o++) if (SIMULATE.has(options[o]) || (SHORT_OPTIONS.test(options[o]) && options[o].includes('s'))) return true;
  return false;
}

const SHORT_OPTIONS = /^-[A-Za-z]+$/;

/**
 * Maps offsets in `instruction.rest.text` to document positions, through the instruction's words
 * (which carry exact ranges across continuation lines).
 */
export class OffsetMapper {
  private readonly spans: Array<[number, number]>;

  constructor(private readonly instruction: Instruction, escapeChar: string) {
    this.spans = splitWords(instruction.rest.text, 0, instruction.rest.text.length, escapeChar);
  }

  /** A fresh position object: the tree's own positions move when lines are added above. */
  position(offset: number, end = false): Position {
    const { line, character } = this.find(offset, end);
    return { line, character };
  }

  private find(offset: number, end: boolean): Position {
    const words = this.instruction.words;
    const spans = this.spans;
    if (spans.length !== words.length || spans.length === 0) return this.instruction.rest.range.start;
    // The last word starting before the offset (at or before it, for a start position).
    let low = 0;
    let high = spans.length - 1;
    if (spans[0][0] > offset) return this.instruction.rest.range.start;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (spans[middle][0] < offset || (spans[middle][0] === offset && !end)) low = middle;
      else high = middle - 1;
    }
    const [start, stop] = spans[low];
    const { range } = words[low];
    if (offset === start) return range.start;
    if (offset >= stop) {
      const gap = offset - stop;
      return { line: range.end.line, character: range.end.character + gap };
    }
    if (range.start.line === range.end.line) return { line: range.start.line, character: range.start.character + (offset - start) };
    return end ? range.end : range.start;
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end, end > start) };
  }
}

/** A copy of a range of the tree, which the incremental parser moves in place. */
export function copyRange(range: Range): Range {
  return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}

/** A shared mapper per instruction, made only when a rule reports something. */
const MAPPER = {};
export function mapperFor(instruction: Instruction, escapeChar: string): OffsetMapper {
  return instruction.memo(MAPPER, () => new OffsetMapper(instruction, escapeChar));
}

/**
 * Stages that only feed other stages through `COPY --from` or `RUN --mount=from=` and are never
 * the base of another stage nor the last one: what they leave in their layers does not ship.
 */
export function helperStages(stages: Stage[], findStage: (reference: string) => Stage | undefined): Set<Stage> {
  // Three rules ask for the same stages on every run.
  let helpers = helperStagesOf.get(stages);
  if (!helpers) helperStagesOf.set(stages, (helpers = findHelperStages(stages, findStage)));
  return helpers;
}

const helperStagesOf = new WeakMap<Stage[], Set<Stage>>();

function findHelperStages(stages: Stage[], findStage: (reference: string) => Stage | undefined): Set<Stage> {
  const result = new Set<Stage>();
  // Index loops over every stage and instruction (for...of makes an iterator and a result per step).
  const copiedFrom = new Set<Stage>();
  for (let s = 0; s < stages.length; s++) {
    const references = copiedReferences(stages[s]);
    for (let r = 0; r < references.length; r++) {
      const source = findStage(references[r]);
      if (source && source.index < stages[s].index) copiedFrom.add(source);
    }
  }
  // Most files copy from no stage: then no need to look at what each stage is built on.
  if (copiedFrom.size === 0) return result;
  const based = new Set<Stage>();
  for (let s = 0; s < stages.length; s++) {
    const stage = stages[s];
    const base = findStage(stage.base);
    if (base && base.index < stage.index && !stage.base.includes('$')) based.add(base);
  }
  for (const stage of copiedFrom) if (!based.has(stage) && stage.index !== stages.length - 1) result.add(stage);
  return result;
}

/** Per stage (kept by the model while its instructions stay the same): what its COPY --from and RUN --mount from= name. */
const copiedReferencesOf = new WeakMap<Stage, readonly string[]>();

function copiedReferences(stage: Stage): readonly string[] {
  let references = copiedReferencesOf.get(stage);
  if (references) return references;
  let found: string[] | undefined;
  const { instructions } = stage;
  for (let n = 0; n < instructions.length; n++) {
    const instruction = instructions[n];
    const { flags } = instruction;
    for (let f = 0; f < flags.length; f++) {
      const flag = flags[f];
      let reference: string | undefined;
      if (flag.name === 'from' && instruction.name === 'COPY') reference = flag.value;
      else if (flag.name === 'mount' && flag.value) reference = MOUNT_FROM.exec(flag.value)?.[1];
      if (reference !== undefined) (found ??= []).push(reference);
    }
  }
  references = found ?? NO_REFERENCES;
  copiedReferencesOf.set(stage, references);
  return references;
}

const MOUNT_FROM = /(?:^|,)from=([^,]+)/;
const NO_REFERENCES: readonly string[] = Object.freeze([]);

/** An `apt-get install` / `apt install` call, with the RUN and the script it is in. */
export interface AptInstall {
  instruction: Instruction;
  script: ShellScript;
  call: AptCall;
}

/**
 * The apt `install` calls of a stage that an apt setting does not already decide: once a RUN
 * writes `setting` into apt's configuration (a command other than apt mentioning it, such as
 * `echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/...`), the rest of that stage and
 * the stages built on it follow the setting (`configured`: the stage it is built on did). Dry runs
 * (`-s`) are left out, and so are the calls `wanted` (a function made once, not per stage) turns
 * down. Also says whether the stage ends configured. `setting` is a pattern without blanks (a
 * setting's name), so it is looked for word by word. `installs` is shared and frozen when empty.
 */
export function undecidedAptInstalls(
  stage: Stage,
  configured: boolean,
  setting: RegExp,
  wanted?: (call: AptCall, script: ShellScript) => boolean,
): { installs: AptInstall[]; configured: boolean } {
  let installs: AptInstall[] | undefined;
  const { instructions } = stage;
  // Index loops, and a cheap look at the text first: this runs on every instruction of every stage.
  // Once configured, always: nothing more to look for.
  for (let n = 0; n < instructions.length && !configured; n++) {
    const instruction = instructions[n];
    const text = shellText(instruction);
    if (text === undefined) continue;
    const installing = mayMention(text, 'apt');
    const mentioned = setting.test(text);
    if (!installing && !mentioned) continue;
    const script = runScript(instruction)!;
    if (installing) {
      const calls = aptCalls(script);
      for (let c = 0; c < calls.length; c++) {
        const call = calls[c];
        if (call.action.value === 'install' && !simulates(call) && (!wanted || wanted(call, script))) (installs ??= []).push({ instruction, script, call });
      }
    }
    if (mentioned && writesSetting(script, setting)) configured = true;
  }
  return { installs: installs ?? NO_INSTALLS, configured };
}

const NO_INSTALLS: AptInstall[] = Object.freeze([]) as never[];

/** Whether a command other than apt mentions the setting (writes it to apt's configuration). */
function writesSetting(script: ShellScript, setting: RegExp): boolean {
  const { commands } = script;
  for (let c = 0; c < commands.length; c++) {
    const tool = commandName(commands[c])?.word.value;
    if (tool === 'apt-get' || tool === 'apt') continue;
    const { words } = commands[c];
    for (let w = 0; w < words.length; w++) if (setting.test(words[w].raw)) return true;
  }
  return false;
}

/**
 * Whether the stage `stage` is built on ends with an apt setting written (a stage check's output
 * of `true`), so that the setting holds in `stage` too.
 */
export function configuredBefore(model: DockerfileModel, stage: Stage, outputOf: (stage: Stage) => boolean | undefined): boolean {
  const base = baseStageOf(model, stage);
  return base !== undefined && outputOf(base) === true;
}

/**
 * A finding on each `apt-get install` (from the tool to the action) that lacks `option`, with the
 * fix that adds it after the action.
 */
export function missingOptionFindings(installs: readonly AptInstall[], escapeChar: string, message: string, fixTitle: string, option: string): Finding[] {
  const findings: Finding[] = [];
  for (let n = 0; n < installs.length; n++) {
    const { instruction, call } = installs[n];
    const mapper = mapperFor(instruction, escapeChar);
    const end = mapper.position(call.action.end, true);
    findings.push({
      range: mapper.range(call.tool.start, call.action.end),
      message,
      args: [call.tool.value],
      fixes: [{ title: fixTitle, edits: [{ range: { start: end, end }, newText: ` ${option}` }] }],
    });
  }
  return findings;
}

