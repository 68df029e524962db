import { DocumentHighlight, DocumentHighlightKind, Location, LSPErrorCodes, ResponseError, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { Locale } from '../locale';
import { DockerfileModel, isPredefinedArg, Stage, VariableDecl } from '../model/model';
import { lookupVariable, ResolvedVariable, variablesInScope } from '../model/scope';
import { keyValues } from '../parser/keyValues';
import { DockerfileSyntax, Flag, Instruction, Position, Range, VariableRef } from '../parser/syntax';
import { contains, instructionAt } from './locate';

/**
 * Navigation for the two kinds of names a Dockerfile has: stage names (`FROM ... AS name`, used by
 * FROM, `COPY --from` and `RUN --mount=from=`; case-insensitive, as in BuildKit) and variables
 * (ARG and ENV, used as `$NAME` / `${NAME}`, resolved by BuildKit's scope rules).
 */

/** A place where an instruction names a stage or an image: FROM, COPY/ADD --from, RUN --mount from=. */
export interface StageRef {
  kind: 'from' | 'copy' | 'mount';
  /** As written, unquoted. */
  text: string;
  /** The range of the text alone (no quotes), or of the whole flag value when that cannot be told. */
  range: Range;
  /** False when `range` is wider than the text (quotes, escapes or continuations in between). */
  exact: boolean;
  /** The stage it names; undefined when it names an image. FROM only names stages defined before it. */
  stage: Stage | undefined;
  instruction: Instruction;
}

/**
 * The stage references of one instruction. The instruction ONBUILD carries is left out: its
 * `--from` names a stage of the Dockerfile that builds FROM this image, not of this one.
 */
export function stageRefsOf(model: DockerfileModel, instruction: Instruction): StageRef[] {
  if (instruction.name === 'FROM') {
    const stage = model.stageOf(instruction);
    if (!stage || stage.from !== instruction || !stage.baseRange) return [];
    const named = model.findStage(stage.base);
    return [{ kind: 'from', text: stage.base, range: stage.baseRange, exact: true, stage: named && named.index < stage.index ? named : undefined, instruction }];
  }
  if (instruction.flags.length === 0) return [];
  const refs: StageRef[] = [];
  for (const flag of instruction.flags) {
    if (flag.value === undefined || !flag.valueRange) continue;
    if (flag.name === 'from' && (instruction.name === 'COPY' || instruction.name === 'ADD')) {
      const exact = exactValueRange(flag);
      refs.push({ kind: 'copy', text: flag.value, range: exact ?? flag.valueRange, exact: exact !== undefined, stage: model.findStage(flag.value), instruction });
    } else if (flag.name === 'mount' && instruction.name === 'RUN') {
      const from = mountFrom(model.syntax, flag);
      if (from) refs.push({ kind: 'mount', ...from, stage: model.findStage(from.text), instruction });
    }
  }
  return refs;
}

// One list per model (a model lives as long as its tree): highlights ask again on every cursor move.
const STAGE_REFS = new WeakMap<DockerfileModel, StageRef[]>();

/** Every stage reference of the document, in order. */
export function allStageRefs(model: DockerfileModel): StageRef[] {
  let refs = STAGE_REFS.get(model);
  if (!refs) STAGE_REFS.set(model, (refs = collectStageRefs(model)));
  return refs;
}

function collectStageRefs(model: DockerfileModel): StageRef[] {
  const refs: StageRef[] = [];
  for (const stage of model.stages) {
    refs.push(...stageRefsOf(model, stage.from));
    for (const instruction of stage.instructions) if (instruction.flags.length > 0) refs.push(...stageRefsOf(model, instruction));
  }
  return refs;
}

function exactValueRange(flag: Flag): Range | undefined {
  const range = flag.valueRange;
  const value = flag.value ?? '';
  if (!range || range.start.line !== range.end.line) return undefined;
  const length = range.end.character - range.start.character;
  if (length === value.length) return range;
  // `--from="builder"`: the quotes alone make the difference.
  if (length === value.length + 2) return sameLine(range.start.line, range.start.character + 1, range.end.character - 1);
  return undefined;
}

/** The `from=` field of a --mount value with its exact range, read from the line as written. */
function mountFrom(syntax: DockerfileSyntax, flag: Flag): { text: string; range: Range; exact: boolean } | undefined {
  const range = flag.valueRange;
  if (!range) return undefined;
  if (range.start.line !== range.end.line) {
    const field = (flag.value ?? '').split(',').find((f) => f.trim().toLowerCase().startsWith('from='));
    return field ? { text: field.slice(field.indexOf('=') + 1), range, exact: false } : undefined;
  }
  let raw = syntax.lines[range.start.line].slice(range.start.character, range.end.character);
  let shift = 0;
  // `--mount="type=bind,from=x"`: shell quotes around the whole value, gone before BuildKit reads it.
  if (/^(["'])[^"']*\1$/.test(raw)) {
    raw = raw.slice(1, -1);
    shift = 1;
  }
  let start = 0;
  let quote = false;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw[i] === '"') quote = !quote;
    if (i < raw.length && (quote || raw[i] !== ',')) continue;
    let [fs, fe] = [start, i];
    start = i + 1;
    if (raw[fs] === '"' && raw[fe - 1] === '"' && fe - fs >= 2) [fs, fe] = [fs + 1, fe - 1];
    const equals = raw.indexOf('=', fs);
    if (equals < 0 || equals >= fe || raw.slice(fs, equals).trim().toLowerCase() !== 'from') continue;
    let [vs, ve] = [equals + 1, fe];
    if (raw[vs] === '"' && raw[ve - 1] === '"' && ve - vs >= 2) [vs, ve] = [vs + 1, ve - 1];
    const text = raw.slice(vs, ve);
    if (/["'\\]/.test(text)) return { text: text.replace(/["'\\]/g, ''), range, exact: false };
    return { text, range: sameLine(range.start.line, range.start.character + shift + vs, range.start.character + shift + ve), exact: true };
  }
  return undefined;
}

function sameLine(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

const HEREDOC_VARIABLES = {};
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const MODIFIERS = [':-', ':+', ':?', '##', '%%', '//', '-', '+', '?', '#', '%', '/'];

/**
 * The `$NAME` / `${NAME}` references in the heredoc bodies of an instruction, which the parser
 * leaves alone: a RUN body is a script the shell runs with the ARG and ENV values in its
 * environment (single quotes keep `$` literal); a COPY/ADD body is expanded by BuildKit unless the
 * delimiter is quoted.
 */
export function heredocVariables(syntax: DockerfileSyntax, instruction: Instruction): VariableRef[] {
  if (instruction.heredocs.length === 0) return [];
  return instruction.memo(HEREDOC_VARIABLES, () => scanHeredocs(syntax, instruction));
}

function scanHeredocs(syntax: DockerfileSyntax, instruction: Instruction): VariableRef[] {
  const refs: VariableRef[] = [];
  const shell = (instruction.inner ?? instruction).name === 'RUN';
  for (const heredoc of instruction.heredocs) {
    if (!shell && heredoc.quoted) continue;
    const last = heredoc.terminated ? heredoc.range.end.line - 1 : heredoc.range.end.line;
    let inSingle = false;
    for (let line = heredoc.range.start.line; line <= last && line < syntax.lines.length; line++) {
      const text = syntax.lines[line];
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (inSingle) {
          if (ch === "'") inSingle = false;
          continue;
        }
        if (ch === '\\') {
          i++;
          continue;
        }
        if (ch === "'" && shell) {
          inSingle = true;
          continue;
        }
        if (ch !== '$' || i + 1 >= text.length) continue;
        const braced = text[i + 1] === '{';
        const nameStart = braced ? i + 2 : i + 1;
        if (nameStart >= text.length || !NAME_START.test(text[nameStart])) continue;
        let nameEnd = nameStart;
        while (nameEnd < text.length && NAME_CHAR.test(text[nameEnd])) nameEnd++;
        let end = nameEnd;
        let modifier: string | undefined;
        if (braced) {
          const close = text.indexOf('}', nameEnd);
          end = close < 0 ? text.length : close + 1;
          modifier = MODIFIERS.find((m) => text.startsWith(m, nameEnd));
        }
        refs.push({ name: text.slice(nameStart, nameEnd), range: sameLine(line, i, end), nameRange: sameLine(line, nameStart, nameEnd), modifier });
        i = nameEnd - 1;
      }
    }
  }
  return refs;
}

/** A variable's identity: a declaration, or a predefined build arg by name. */
type VariableSymbol = VariableDecl | string;

type Target =
  | { kind: 'stage'; stage: Stage; range: Range; text: string }
  | { kind: 'variable'; name: string; symbol: VariableSymbol; range: Range; declaration: VariableDecl | undefined; resolved: ResolvedVariable | undefined };

/** The last global ARG of that name, whose default an `ARG NAME` inside a stage takes. */
function globalDefaultOf(model: DockerfileModel, decl: VariableDecl): VariableDecl | undefined {
  if (decl.kind !== 'arg' || decl.value !== undefined || !model.stageOf(decl.instruction)) return undefined;
  let found: VariableDecl | undefined;
  for (const global of model.globalArgs) if (global.name === decl.name) found = global;
  return found;
}

/**
 * A stage's `ARG NAME` without a default stands for the global ARG it takes its default from (or
 * for the predefined build arg): renaming one renames both, or the link breaks.
 */
function symbolOfDecl(model: DockerfileModel, decl: VariableDecl): VariableSymbol {
  const global = globalDefaultOf(model, decl);
  if (global) return global;
  if (decl.kind === 'arg' && decl.value === undefined && isPredefinedArg(decl.name) && model.stageOf(decl.instruction)) return decl.name;
  return decl;
}

function symbolOfResolved(model: DockerfileModel, resolved: ResolvedVariable): VariableSymbol {
  return resolved.declaration ? symbolOfDecl(model, resolved.declaration) : resolved.name;
}

/** The ARG/ENV declaration whose name is at `position` in `instruction`. */
function declarationAt(model: DockerfileModel, instruction: Instruction, position: Position): VariableDecl | undefined {
  if (instruction.name !== 'ARG' && instruction.name !== 'ENV') return undefined;
  const index = keyValues(instruction).pairs.findIndex((p) => contains(p.keyRange, position));
  if (index < 0) return undefined;
  // An instruction's declarations are its pairs, in order.
  const decls = model.stageOf(instruction)?.declarations ?? model.globalArgs;
  return decls.filter((d) => d.instruction === instruction)[index];
}

function targetAt(syntax: DockerfileSyntax, model: DockerfileModel, position: Position): Target | undefined {
  const instruction = instructionAt(syntax, position);
  if (!instruction) return undefined;
  if (instruction.name === 'FROM') {
    const stage = model.stageOf(instruction);
    if (stage?.nameRange && stage.name && contains(stage.nameRange, position)) return { kind: 'stage', stage, range: stage.nameRange, text: stage.name };
  }
  for (const ref of stageRefsOf(model, instruction)) {
    if (ref.stage && contains(ref.range, position)) return { kind: 'stage', stage: ref.stage, range: ref.range, text: ref.text };
  }
  // Nested references (`${A:-$B}`) come after the one around them: the last that holds the cursor.
  const inBody = instruction.heredocs.length > 0 && position.line >= instruction.heredocs[0].range.start.line;
  const variables = inBody ? heredocVariables(syntax, instruction) : instruction.variables;
  for (let i = variables.length - 1; i >= 0; i--) {
    const variable = variables[i];
    if (!contains(variable.range, position)) continue;
    const resolved = lookupVariable(model, instruction, variable.name);
    if (!resolved) return undefined;
    return { kind: 'variable', name: variable.name, symbol: symbolOfResolved(model, resolved), range: variable.nameRange, declaration: undefined, resolved };
  }
  const declaration = declarationAt(model, instruction, position);
  if (declaration) return { kind: 'variable', name: declaration.name, symbol: symbolOfDecl(model, declaration), range: declaration.nameRange, declaration, resolved: undefined };
  return undefined;
}

interface Occurrence {
  range: Range;
  declaration: boolean;
  /** For stages: written as the name (not as an index such as `--from=0`), so rename changes it. */
  renamable: boolean;
}

function stageOccurrences(model: DockerfileModel, stage: Stage): Occurrence[] {
  const found: Occurrence[] = [];
  if (stage.nameRange) found.push({ range: stage.nameRange, declaration: true, renamable: true });
  const name = stage.name?.toLowerCase();
  for (const ref of allStageRefs(model)) {
    if (ref.stage === stage) found.push({ range: ref.range, declaration: false, renamable: ref.exact && ref.text.toLowerCase() === name });
  }
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * Every declaration and use of a variable symbol, in one pass over the document that keeps only
 * the binding of that one name (BuildKit's scope rules, as `variablesInScope` applies them).
 */
function variableOccurrences(model: DockerfileModel, name: string, symbol: VariableSymbol): Occurrence[] {
  const found: Occurrence[] = [];
  const use = (instruction: Instruction, binding: VariableSymbol | undefined) => {
    if (binding !== symbol) return;
    if (instruction.args.includes(name)) {
      for (const variable of instruction.variables) if (variable.name === name) found.push({ range: variable.nameRange, declaration: false, renamable: true });
    }
    if (instruction.heredocs.length > 0) {
      for (const variable of heredocVariables(model.syntax, instruction)) if (variable.name === name) found.push({ range: variable.nameRange, declaration: false, renamable: true });
    }
  };
  const predefined = isPredefinedArg(name) ? name : undefined;
  let global: VariableSymbol | undefined = predefined;
  for (const instruction of model.preamble) {
    use(instruction, global);
    for (const decl of model.globalArgs) {
      if (decl.instruction !== instruction || decl.name !== name) continue;
      if (decl === symbol) found.push({ range: decl.nameRange, declaration: true, renamable: true });
      global = decl;
    }
  }
  for (const stage of model.stages) {
    use(stage.from, global);
    if (stage.instructions.length === 0) continue;
    const inherited = variablesInScope(model, stage.instructions[0]).get(name);
    let binding: VariableDecl | undefined = inherited?.declaration;
    const decls = stage.declarations.filter((d) => d.name === name);
    let next = 0;
    for (const instruction of stage.instructions) {
      use(instruction, binding ? symbolOfDecl(model, binding) : undefined);
      for (; next < decls.length && decls[next].instruction === instruction; next++) {
        const decl = decls[next];
        if (symbolOfDecl(model, decl) === symbol) found.push({ range: decl.nameRange, declaration: true, renamable: true });
        if (decl.kind === 'arg' && binding?.kind === 'env') continue;
        binding = decl;
      }
    }
  }
  return found;
}

function occurrencesOf(model: DockerfileModel, target: Target): Occurrence[] {
  return target.kind === 'stage' ? stageOccurrences(model, target.stage) : variableOccurrences(model, target.name, target.symbol);
}

/** Go to definition: the `AS name` of a stage, or the ARG/ENV a variable comes from. */
export function definition(syntax: DockerfileSyntax, model: DockerfileModel, uri: string, position: Position): Location[] {
  const target = targetAt(syntax, model, position);
  if (!target) return [];
  if (target.kind === 'stage') return [Location.create(uri, target.stage.nameRange ?? target.stage.from.keywordRange)];
  if (target.declaration) {
    const global = globalDefaultOf(model, target.declaration);
    return [Location.create(uri, (global ?? target.declaration).nameRange)];
  }
  const declaration = target.resolved?.declaration;
  if (!declaration) return [];
  const locations = [Location.create(uri, declaration.nameRange)];
  // A global ARG re-declared in the stage: both the `ARG NAME` and the global default.
  const global = target.resolved?.globalDefault ?? globalDefaultOf(model, declaration);
  if (global) locations.push(Location.create(uri, global.nameRange));
  return locations;
}

export function references(syntax: DockerfileSyntax, model: DockerfileModel, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const target = targetAt(syntax, model, position);
  if (!target) return [];
  return occurrencesOf(model, target)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => Location.create(uri, o.range));
}

export function documentHighlights(syntax: DockerfileSyntax, model: DockerfileModel, position: Position): DocumentHighlight[] {
  const target = targetAt(syntax, model, position);
  if (!target) return [];
  return occurrencesOf(model, target).map((o) => DocumentHighlight.create(o.range, o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
}

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/i;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const MESSAGES = {
  predefined: { en: "'{0}' is a predefined build argument: it cannot be renamed.", zh: '“{0}”是预定义的构建参数，不能重命名。' },
  badStage: {
    en: "'{0}' is not a valid stage name: start with a letter, then use letters, digits, '-', '_' or '.'.",
    zh: '“{0}”不是有效的阶段名称：须以字母开头，其后只能是字母、数字、“-”、“_”或“.”。',
  },
  stageTaken: { en: "A stage named '{0}' already exists.", zh: '已存在名为“{0}”的阶段。' },
  badVariable: {
    en: "'{0}' is not a valid variable name: start with a letter or '_', then use letters, digits or '_'.",
    zh: '“{0}”不是有效的变量名：须以字母或“_”开头，其后只能是字母、数字或“_”。',
  },
  toPredefined: { en: "'{0}' is a predefined build argument: choose another name.", zh: '“{0}”是预定义的构建参数，请换一个名称。' },
  unnamedStage: { en: 'This stage has no name: add AS <name> to its FROM first.', zh: '该阶段没有名称：请先在其 FROM 中添加 AS <名称>。' },
};

function failure(message: { en: string; zh: string }, locale: Locale, arg = ''): ResponseError<void> {
  return new ResponseError<void>(LSPErrorCodes.RequestFailed, (locale === 'zh-cn' ? message.zh : message.en).replace('{0}', arg));
}

/**
 * Whether the name under the cursor can be renamed: its range and current text, null when there is
 * nothing to rename there, or a ResponseError (return it from the handler as is) that says why not.
 */
export function prepareRename(
  syntax: DockerfileSyntax,
  model: DockerfileModel,
  position: Position,
  locale: Locale,
): { range: Range; placeholder: string } | ResponseError<void> | null {
  const target = targetAt(syntax, model, position);
  if (!target) return null;
  if (target.kind === 'stage') return target.stage.name ? { range: target.range, placeholder: target.stage.name } : failure(MESSAGES.unnamedStage, locale);
  if (typeof target.symbol === 'string') return failure(MESSAGES.predefined, locale, target.name);
  return { range: target.range, placeholder: target.name };
}

/**
 * Renames a stage (its `AS name` and every FROM, `--from` and mount `from=` that names it) or a
 * variable (its declarations and every `$NAME` resolved to them). A refused rename comes back as a
 * ResponseError with a message for the user; the handler can return it as is.
 */
export function rename(
  syntax: DockerfileSyntax,
  model: DockerfileModel,
  uri: string,
  position: Position,
  newName: string,
  locale: Locale,
): WorkspaceEdit | ResponseError<void> | null {
  const target = targetAt(syntax, model, position);
  if (!target) return null;
  if (target.kind === 'stage') {
    if (!target.stage.name) return failure(MESSAGES.unnamedStage, locale);
    if (!STAGE_NAME.test(newName)) return failure(MESSAGES.badStage, locale, newName);
    const other = model.findStage(newName);
    if (other && other !== target.stage && !/^\d+$/.test(newName)) return failure(MESSAGES.stageTaken, locale, newName);
  } else {
    if (typeof target.symbol === 'string') return failure(MESSAGES.predefined, locale, target.name);
    if (!VARIABLE_NAME.test(newName)) return failure(MESSAGES.badVariable, locale, newName);
    if (isPredefinedArg(newName)) return failure(MESSAGES.toPredefined, locale, newName);
  }
  const edits = occurrencesOf(model, target)
    .filter((o) => o.renamable)
    .map((o) => TextEdit.replace(o.range, newName));
  return { changes: { [uri]: edits } };
}
