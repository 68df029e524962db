import { splitWords } from '../../parser/parser';
import { Instruction, Position, Range } from '../../parser/syntax';
import { baseStageOf, DockerfileModel, Stage } from '../../model/model';

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
  return instruction.name === 'RUN' && !instruction.execForm && instruction.heredocs.length === 0 && instruction.rest.text !== ''
    ? parseShell(instruction.rest.text)
    : undefined;
}

/** Characters with no special meaning to the reading below. */
const ORDINARY = /[^ \t\n\r'"\\$`&|;()#]+/y;

const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

export function parseShell(text: string): ShellScript {
  const commands: ShellCommand[] = [];
  const operators: ShellOperator[] = [];
  let words: ShellWord[] = [];
  let before = '';
  let wordStart = -1;
  let value = '';

  // Inside `case WORD in ... esac`, between `in` (or `;;`) and `)`: a pattern, where `|` separates
  // alternatives instead of piping.
  let casePattern = false;

  const endCommand = (operator: string, start: number, end: number) => {
    if (words.length > 0) commands.push({ words, before, after: operator, afterAt: start });
    else if (commands.length > 0 && commands[commands.length - 1].after === '') {
      commands[commands.length - 1].after = operator;
      commands[commands.length - 1].afterAt = start;
    }
    words = [];
    before = operator;
    operators.push({ text: operator, start, end });
  };
  const endWord = (end: number) => {
    if (wordStart < 0) return;
    const raw = text.slice(wordStart, end);
    wordStart = -1;
    if (casePattern && words.length === 0 && raw === 'esac') casePattern = false;
    words.push({ raw, value, start: end - raw.length, end });
    value = '';
    if (raw === 'in' && words.length === 3 && words[0].raw === 'case') {
      commands.push({ words, before, after: '', afterAt: -1 });
      words = [];
      before = '';
      casePattern = true;
    }
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (isBlank(ch)) {
      endWord(i);
      i++;
      continue;
    }
    if (wordStart < 0 && ch === '#') break;
    if (casePattern && (ch === '|' || ch === ')' || (ch === '(' && wordStart < 0))) {
      endWord(i);
      if (ch === ')') {
        words = [];
        casePattern = false;
      }
      i++;
      continue;
    }
    if (ch === '&' || ch === '|' || ch === ';' || ((ch === '(' || ch === ')') && wordStart < 0)) {
      const previous = wordStart >= 0 ? text[i - 1] : '';
      // `2>&1`, `>&2`, `<&0` and bash's `&>file`: redirections, not operators.
      if (ch === '&' && (previous === '>' || previous === '<' || text[i + 1] === '>')) {
        if (wordStart < 0) wordStart = i;
        value += ch;
        i++;
        continue;
      }
      endWord(i);
      const two = text.slice(i, i + 2);
      const operator = two === '&&' || two === '||' || two === '|&' || two === ';;' ? two : ch;
      endCommand(operator === '|&' ? '|' : operator, i, i + operator.length);
      if (operator === ';;') casePattern = true;
      i += operator.length;
      continue;
    }
    if (wordStart < 0) wordStart = i;
    if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close < 0 ? text.length : close;
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) {
          value += '"\\$`'.includes(text[i + 1]) ? text[i + 1] : text.slice(i, i + 2);
          i += 2;
        } else if (text[i] === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
          const end = skipGroup(text, i + 1);
          value += text.slice(i, end);
          i = end;
        } else if (text[i] === '`') {
          const end = skipBackticks(text, i);
          value += text.slice(i, end);
          i = end;
        } else value += text[i++];
      }
      i++;
    } else if (ch === '\\') {
      value += text[i + 1] ?? '';
      i += 2;
    } else if (ch === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      const end = skipGroup(text, i + 1);
      value += text.slice(i, end);
      i = end;
    } else if (ch === '`') {
      const end = skipBackticks(text, i);
      value += text.slice(i, end);
      i = end;
    } else {
      // A run of ordinary characters at once.
      ORDINARY.lastIndex = i;
      const run = ORDINARY.exec(text)?.[0] ?? ch;
      value += run;
      i += run.length;
    }
  }
  endWord(Math.min(i, text.length));
  if (words.length > 0) commands.push({ words, before, after: '', afterAt: -1 });
  return { commands, operators };
}

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
  /** Every option word, before and after the sub-command, with option values joined to them. */
  options: string[];
}


/** The apt-get or apt invocations of a script, with their sub-command. */
export function aptCalls(script: ShellScript): AptCall[] {
  script.aptCalls ??= findAptCalls(script);
  return script.aptCalls;
}

function findAptCalls(script: ShellScript): AptCall[] {
  const calls: AptCall[] = [];
  for (let index = 0; index < script.commands.length; index++) {
    const command = script.commands[index];
    const name = commandName(command);
    if (!name || (name.word.value !== 'apt-get' && name.word.value !== 'apt')) continue;
    const options: string[] = [];
    let action: ShellWord | undefined;
    const { words } = command;
    for (let i = name.index + 1; i < words.length; i++) {
      const value = words[i].value;
      if (value.startsWith('-') && value.length > 1) {
        if (APT_VALUE_OPTIONS.has(value) && i + 1 < words.length) options.push(`${value}=${words[++i].value}`);
        else options.push(value);
      } else if (!action) action = words[i];
    }
    if (action) calls.push({ command, index, tool: name.word, action, options });
  }
  return calls;
}

const SIMULATE = new Set(['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act']);

/** `apt-get install -s` and friends only print what would happen: no prompt, no change. */
export function simulates(call: AptCall): boolean {
  return call.options.some((o) => SIMULATE.has(o) || (/^-[A-Za-z]+$/.test(o) && o.includes('s')));
}

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
  const copiedFrom = new Set<Stage>();
  const based = new Set<Stage>();
  for (const stage of stages) {
    const base = findStage(stage.base);
    if (base && base.index < stage.index && !stage.base.includes('$')) based.add(base);
    for (const reference of copiedReferences(stage)) {
      const source = findStage(reference);
      if (source && source.index < stage.index) copiedFrom.add(source);
    }
  }
  const result = new Set<Stage>();
  for (const stage of copiedFrom) if (!based.has(stage) && stage.index !== stages.length - 1) result.add(stage);
  return result;
}

/** Per stage (kept by the model while its instructions stay the same): what its COPY --from and RUN --mount from= name. */
const copiedReferencesOf = new WeakMap<Stage, string[]>();

function copiedReferences(stage: Stage): string[] {
  let references = copiedReferencesOf.get(stage);
  if (references) return references;
  references = [];
  for (const instruction of stage.instructions) {
    for (const flag of instruction.flags) {
      let reference: string | undefined;
      if (flag.name === 'from' && instruction.name === 'COPY') reference = flag.value;
      else if (flag.name === 'mount' && flag.value) reference = /(?:^|,)from=([^,]+)/.exec(flag.value)?.[1];
      if (reference !== undefined) references.push(reference);
    }
  }
  copiedReferencesOf.set(stage, references);
  return references;
}

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
 * (`-s`) are left out. Also says whether the stage ends configured.
 */
export function undecidedAptInstalls(stage: Stage, configured: boolean, setting: RegExp): { installs: AptInstall[]; configured: boolean } {
  const installs: AptInstall[] = [];
  for (const instruction of stage.instructions) {
    const script = runScript(instruction);
    if (!script) continue;
    if (!configured) {
      for (const call of aptCalls(script)) if (call.action.value === 'install' && !simulates(call)) installs.push({ instruction, script, call });
    }
    if (setting.test(instruction.rest.text) && script.commands.some((c) => !['apt-get', 'apt'].includes(commandName(c)?.word.value ?? '') && setting.test(c.words.map((w) => w.raw).join(' ')))) {
      configured = true;
    }
  }
  return { installs, configured };
}

/** The stage a stage is built FROM, when it is an earlier stage. */
export function baseStage(model: DockerfileModel, stage: Stage): Stage | undefined {
  return baseStageOf(model, stage);
}
