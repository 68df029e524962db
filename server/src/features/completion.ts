import { Command, CompletionItem, CompletionItemKind, CompletionItemTag, InsertTextFormat } from 'vscode-languageserver';
import { buildArgDoc, directiveDoc, Doc, flagDoc, flagValueDoc, instructionDoc } from '../docs';
import { Locale, localize } from '../locale';
import { DockerfileModel, isPredefinedArg, PREDEFINED_ARGS, Stage } from '../model/model';
import { variablesInScope } from '../model/scope';
import { DockerfileSyntax, Instruction, Position, Range } from '../parser/syntax';
import { RULES } from '../rules';
import { INSTRUCTIONS } from '../rules/errors/unknownInstruction';
import { acceptedFlags } from '../rules/flags/flagSpecs';
import { NETWORK_MODES } from '../rules/flags/invalidNetworkFlag';
import { SECURITY_MODES } from '../rules/flags/invalidSecurityFlag';
import { Message } from '../rules/rule';
import {
  BEFORE_FROM, DIRECTIVE_NAMES, FLAG_SNIPPETS, FLAGS_WITH_VALUES, INSTRUCTION_ORDER, instructionForms, MOUNT_BOOLEAN_KEYS,
  MOUNT_KEY_ALIASES, MOUNT_KEY_DETAILS, MOUNT_KEYS, MOUNT_SHARING, MOUNT_TYPE_DETAILS, MOUNT_TYPES, NOT_IN_ONBUILD, PLATFORM_ARGS,
  PLATFORMS, PROTOCOLS, SIGNALS, SUGGEST_AFTER, SYNTAX_VALUES, ESCAPE_VALUES, TEXT,
} from './completionData';
import { comparePositions, instructionIndexAt } from './locate';

/** What `resolveCompletion` needs to add an item's documentation. */
export type CompletionDocRef =
  | { doc: 'instruction'; name: string }
  | { doc: 'flag'; instruction: string; flag: string }
  | { doc: 'flagValue'; instruction: string; flag: string; value: string }
  | { doc: 'directive'; name: string }
  | { doc: 'buildArg'; name: string }
  /** A declared variable: its declaration (and the global ARG it takes its default from). */
  | { doc: 'variable'; declared: string; globalDefault: string | undefined; buildArg: string | undefined };

const SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set(INSTRUCTIONS);
const CHECK_IDS: readonly string[] = RULES.filter((rule) => rule.kind === 'check').map((rule) => rule.id);
const CHECK_RULES = new Map(RULES.filter((rule) => rule.kind === 'check').map((rule) => [rule.id, rule]));
const BOOLEANS = ['true', 'false'];
/** How many instructions on each side of the cursor decide the keyword casing. */
const CASING_WINDOW = 32;

interface Context {
  syntax: DockerfileSyntax;
  model: DockerfileModel;
  locale: Locale;
  images: readonly string[];
  line: number;
  character: number;
  /** The current line up to the cursor. */
  prefix: string;
  /** The current line after the cursor. */
  suffix: string;
}

/**
 * Completion at `position`, from the syntax tree and the model: instructions where they are legal,
 * parser directives, flags and their values, image and stage names, variables in scope, signals and
 * protocols. Each item's text edit replaces the partial token before the cursor. Documentation is
 * left to `resolveCompletion`.
 */
export function completion(syntax: DockerfileSyntax, model: DockerfileModel, position: Position, locale: Locale, images: readonly string[]): CompletionItem[] {
  const text = syntax.lines[position.line];
  if (text === undefined) return [];
  const character = Math.min(position.character, text.length);
  const ctx: Context = { syntax, model, locale, images, line: position.line, character, prefix: text.slice(0, character), suffix: text.slice(character) };
  const cursor = { line: position.line, character };

  // Parser directives: only in the block of `# name=value` lines at the very top.
  if (position.line <= syntax.directives.length) {
    if (/^\s*#/.test(ctx.prefix)) return directiveItems(ctx);
  }
  if (/^\s*#/.test(text)) return [];

  const index = instructionIndexAt(syntax, cursor);
  let instruction = index >= 0 ? syntax.instructions[index] : undefined;
  if (instruction && position.line > instruction.range.end.line && !continuesPastEnd(syntax, instruction)) instruction = undefined;

  if (!instruction || comparePositions(cursor, instruction.keywordRange.end) <= 0) {
    // A new instruction, or the keyword of this one.
    if (!/^\s*[A-Za-z]*$/.test(ctx.prefix)) return [];
    const start = instruction && comparePositions(cursor, instruction.keywordRange.start) >= 0 ? instruction.keywordRange.start.character : character;
    const beforeFrom = !model.stages[0] || model.stages[0].from.range.start.line >= position.line;
    const items = keywordItems(ctx, start, beforeFrom ? (name) => BEFORE_FROM.has(name) : () => true, index, instruction);
    if (position.line <= syntax.directives.length && ctx.prefix.trim() === '' && ctx.suffix.trim() === '') items.push(...directiveSnippets(ctx));
    return items;
  }

  // The body of a heredoc: only variables, when the delimiter is unquoted.
  if (instruction.heredocs.length > 0 && position.line > instruction.argsRange.end.line) {
    const heredoc = instruction.heredocs.find((h) => h.range.start.line <= position.line && position.line <= h.range.end.line);
    if (!heredoc || heredoc.quoted) return [];
    return variableItems(ctx, instruction) ?? [];
  }

  let target = instruction;
  if (instruction.name === 'ONBUILD') {
    const inner = instruction.inner;
    if (!inner || comparePositions(cursor, inner.keywordRange.end) <= 0) {
      if (!/(^|\s)[A-Za-z]*$/.test(ctx.prefix)) return [];
      const start = inner && comparePositions(cursor, inner.keywordRange.start) >= 0 ? inner.keywordRange.start.character : character;
      return keywordItems(ctx, start, (name) => !NOT_IN_ONBUILD.has(name), index, inner);
    }
    target = inner;
  }
  return argumentItems(ctx, target, instruction);
}

/** Adds the documentation (Markdown) of an item `completion` returned. */
export function resolveCompletion(item: CompletionItem, locale: Locale): CompletionItem {
  const ref = item.data as CompletionDocRef | undefined;
  if (!ref || typeof ref !== 'object' || !('doc' in ref)) return item;
  if (ref.doc === 'variable') {
    const code = (line: string) => ['```dockerfile', line, '```'].join('\n');
    const parts = [code(ref.declared)];
    if (ref.globalDefault) parts.push(code(ref.globalDefault));
    const buildArg = ref.buildArg ? buildArgDoc(ref.buildArg, locale)?.markdown : undefined;
    if (buildArg) parts.push(buildArg);
    return { ...item, documentation: { kind: 'markdown', value: parts.join('\n\n') } };
  }
  const doc = docOf(ref, locale);
  if (!doc) return item;
  return { ...item, detail: item.detail ?? doc.summary, documentation: { kind: 'markdown', value: doc.markdown } };
}

function docOf(ref: Exclude<CompletionDocRef, { doc: 'variable' }>, locale: Locale): Doc | undefined {
  switch (ref.doc) {
    case 'instruction':
      return instructionDoc(ref.name, locale);
    case 'flag':
      return flagDoc(ref.instruction, ref.flag, locale);
    case 'flagValue':
      return flagValueDoc(ref.instruction, ref.flag, ref.value, locale);
    case 'directive':
      return directiveDoc(ref.name, locale);
    case 'buildArg':
      return buildArgDoc(ref.name, locale);
  }
}

/** An instruction whose last line ends with a continuation goes on over the lines after it. */
function continuesPastEnd(syntax: DockerfileSyntax, instruction: Instruction): boolean {
  if (instruction.heredocs.length > 0) return false;
  const last = syntax.lines[instruction.range.end.line].trimEnd();
  return last.endsWith(syntax.escapeChar);
}

function editRange(ctx: Context, start: number, end = ctx.character): Range {
  return { start: { line: ctx.line, character: start }, end: { line: ctx.line, character: end } };
}

function text(message: Message, locale: Locale, args: readonly string[] = []): string {
  return localize(message, locale, args);
}

function sortKey(group: number, index: number): string {
  return `${group}${String(index).padStart(3, '0')}`;
}

// ---------------------------------------------------------------- instructions

/**
 * Upper case unless strictly more of the nearby instruction keywords are lower case (BuildKit's
 * majority rule, over a window around the cursor so that a request never walks the whole file).
 */
function keywordCasing(syntax: DockerfileSyntax, index: number, skip: Instruction | undefined, typed: string): 'upper' | 'lower' {
  let upper = 0;
  let lower = 0;
  const instructions = syntax.instructions;
  const from = Math.max(0, index - CASING_WINDOW);
  const to = Math.min(instructions.length, index + CASING_WINDOW + 1);
  for (let i = from; i < to; i++) {
    const instruction = instructions[i];
    if (instruction === skip || !KNOWN_INSTRUCTIONS.has(instruction.name)) continue;
    const { keyword } = instruction;
    if (keyword === keyword.toLowerCase()) lower++;
    else if (keyword === keyword.toUpperCase()) upper++;
    if (instruction.inner && instruction.inner !== skip && KNOWN_INSTRUCTIONS.has(instruction.inner.name)) {
      const inner = instruction.inner.keyword;
      if (inner === inner.toLowerCase()) lower++;
      else if (inner === inner.toUpperCase()) upper++;
    }
  }
  if (upper === 0 && lower === 0) return typed !== '' && typed === typed.toLowerCase() ? 'lower' : 'upper';
  return lower > upper ? 'lower' : 'upper';
}

function keywordItems(ctx: Context, start: number, allowed: (name: string) => boolean, index: number, current: Instruction | undefined): CompletionItem[] {
  const typed = ctx.prefix.slice(start);
  // Replace the whole word under the cursor, so that completing inside `RU|N` gives `RUN`.
  let end = ctx.character;
  while (end - ctx.character < ctx.suffix.length && /[A-Za-z]/.test(ctx.suffix[end - ctx.character])) end++;
  const range = editRange(ctx, start, end);
  const lower = keywordCasing(ctx.syntax, index, current, typed) === 'lower';
  const K = (word: string) => (lower ? word.toLowerCase() : word);
  const rest = ctx.suffix.slice(end - ctx.character);
  // With arguments already on the line, only the keyword is replaced: no snippets.
  const bare = rest.trim() !== '' || (current !== undefined && current.args !== '');
  const items: CompletionItem[] = [];
  INSTRUCTION_ORDER.forEach((name, order) => {
    if (!allowed(name)) return;
    const keyword = K(name);
    const summary = instructionDoc(name, ctx.locale)?.summary;
    const item: CompletionItem = {
      label: keyword,
      kind: CompletionItemKind.Keyword,
      detail: summary,
      sortText: sortKey(1, order * 10),
      filterText: keyword,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: bare ? keyword : `${keyword} ` },
      data: { doc: 'instruction', name } satisfies CompletionDocRef,
    };
    if (!bare && SUGGEST_AFTER.has(name)) item.command = SUGGEST;
    if (name === 'MAINTAINER') {
      item.tags = [CompletionItemTag.Deprecated];
      item.detail = text(TEXT.deprecated, ctx.locale);
    }
    items.push(item);
    if (bare) return;
    instructionForms(name, K).forEach((form, variant) => {
      items.push({
        label: form.label,
        kind: CompletionItemKind.Snippet,
        detail: text(form.description, ctx.locale),
        sortText: sortKey(1, order * 10 + variant + 1),
        filterText: keyword,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: form.snippet },
        data: { doc: 'instruction', name } satisfies CompletionDocRef,
      });
    });
  });
  return items;
}

// ---------------------------------------------------------------- directives

/** `# syntax=...` lines offered on an empty line at the top of the file. */
function directiveSnippets(ctx: Context): CompletionItem[] {
  const present = new Set(ctx.syntax.directives.map((d) => d.name));
  const snippets: Array<[string, string, string]> = [
    ['syntax', '# syntax=docker/dockerfile:1', '# syntax=${1:docker/dockerfile:1}'],
    ['escape', '# escape=`', '# escape=${1:`}'],
    ['check', '# check=skip=', '# check=skip=$1'],
  ];
  const items: CompletionItem[] = [];
  snippets.forEach(([name, label, snippet], index) => {
    if (present.has(name)) return;
    items.push({
      label,
      kind: CompletionItemKind.Snippet,
      detail: directiveDoc(name, ctx.locale)?.summary ?? text(TEXT.directive, ctx.locale),
      sortText: sortKey(3, index),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: editRange(ctx, ctx.character), newText: snippet },
      command: name === 'check' ? SUGGEST : undefined,
      data: { doc: 'directive', name } satisfies CompletionDocRef,
    });
  });
  return items;
}

/** Names after `#`, and values after `# name=`, on a directive line. */
function directiveItems(ctx: Context): CompletionItem[] {
  const { locale } = ctx;
  const nameMatch = /^(\s*#\s*)([A-Za-z]*)$/.exec(ctx.prefix);
  if (nameMatch) {
    const present = new Set(ctx.syntax.directives.filter((d) => d.range.start.line !== ctx.line).map((d) => d.name));
    const range = editRange(ctx, nameMatch[1].length);
    return DIRECTIVE_NAMES.filter((name) => !present.has(name)).map((name, index) => ({
      label: name,
      kind: CompletionItemKind.Keyword,
      detail: directiveDoc(name, locale)?.summary ?? text(TEXT.directive, locale),
      sortText: sortKey(0, index),
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: `${name}=` },
      command: SUGGEST,
      data: { doc: 'directive', name } satisfies CompletionDocRef,
    }));
  }
  const valueMatch = /^\s*#\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*/.exec(ctx.prefix);
  if (!valueMatch) return [];
  const name = valueMatch[1].toLowerCase();
  const valueStart = valueMatch[0].length;
  const value = ctx.prefix.slice(valueStart);
  const simple = (values: ReadonlyArray<{ name: string; detail: Message }>) =>
    values.map((v, index) => valueItem(v.name, text(v.detail, locale), editRange(ctx, valueStart), index));
  if (name === 'syntax') return simple(SYNTAX_VALUES);
  if (name === 'escape') return simple(ESCAPE_VALUES);
  if (name !== 'check') return [];

  // `skip=Id1,Id2;error=true`
  const segmentStart = valueStart + value.lastIndexOf(';') + 1;
  const segment = ctx.prefix.slice(segmentStart);
  const keyStart = segmentStart + (segment.length - segment.trimStart().length);
  const equals = segment.indexOf('=');
  if (equals < 0) {
    if (/[^A-Za-z\s]/.test(segment)) return [];
    const used = new Set(value.split(';').map((part) => part.split('=')[0].trim().toLowerCase()));
    const keys: Array<[string, Message]> = [['skip', TEXT.checkSkip], ['error', TEXT.checkError]];
    return keys
      .filter(([key]) => !used.has(key))
      .map(([key, detail], index) => ({ ...valueItem(`${key}=`, text(detail, locale), editRange(ctx, keyStart), index), kind: CompletionItemKind.Property, command: SUGGEST }));
  }
  const key = segment.slice(0, equals).trim().toLowerCase();
  const keyValue = segment.slice(equals + 1);
  if (key === 'error') return BOOLEANS.map((b, index) => valueItem(b, undefined, editRange(ctx, segmentStart + equals + 1), index));
  if (key !== 'skip') return [];
  const idStart = segmentStart + equals + 1 + keyValue.lastIndexOf(',') + 1;
  const listed = keyValue.split(',').map((id) => id.trim());
  const range = editRange(ctx, idStart);
  const items: CompletionItem[] = [];
  if (listed.length === 1) items.push(valueItem('all', text(TEXT.checkAll, locale), range, 0));
  for (const id of CHECK_IDS) {
    if (listed.slice(0, -1).includes(id)) continue;
    const rule = CHECK_RULES.get(id);
    items.push({ ...valueItem(id, rule ? text(rule.description, locale) : undefined, range, items.length), kind: CompletionItemKind.EnumMember });
  }
  return items;
}

function valueItem(label: string, detail: string | undefined, range: Range, index: number): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Value,
    detail,
    sortText: sortKey(0, index),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range, newText: label },
  };
}

// ---------------------------------------------------------------- arguments

/**
 * Completion inside the arguments of `target` (ONBUILD's inner instruction, or `outer` itself).
 * `outer` is the instruction in the file, which decides the stage and the variables in scope.
 */
function argumentItems(ctx: Context, target: Instruction, outer: Instruction): CompletionItem[] {
  let tokenStart = ctx.character;
  while (tokenStart > 0 && ctx.prefix[tokenStart - 1] !== ' ' && ctx.prefix[tokenStart - 1] !== '\t') tokenStart--;
  const token = ctx.prefix.slice(tokenStart);
  const startPosition = { line: ctx.line, character: tokenStart };
  const rest = target.rest;
  const inFlags = rest.text === '' || comparePositions(startPosition, rest.range.start) <= 0;

  // A flag's value: `--name=partial`.
  if (inFlags && token.startsWith('--') && token.includes('=')) {
    const equals = token.indexOf('=');
    const flagName = token.slice(2, equals);
    // `$BUILDPLATFORM` is offered as a value; `${` asks for any variable.
    if (flagName === 'platform' && target.name === 'FROM' && !/\$\{\w*$/.test(token)) return platformItems(ctx, tokenStart + equals + 1);
    const variables = variableItems(ctx, outer);
    if (variables) return variables;
    return flagValueItems(ctx, target, outer, flagName, tokenStart + equals + 1);
  }

  const variables = variableItems(ctx, outer);
  if (variables) return variables;

  const items: CompletionItem[] = [];
  if (inFlags && (token === '' || token.startsWith('-'))) {
    items.push(...flagItems(ctx, target, tokenStart, startPosition));
    if (token !== '') return items;
  }
  if (!inFlags && token.startsWith('-')) return items;

  // The word under the cursor, counted among the words after the flags.
  let wordIndex = 0;
  for (const word of target.words) if (comparePositions(word.range.start, startPosition) < 0) wordIndex++;
  items.push(...wordItems(ctx, target, outer, token, tokenStart, wordIndex));
  return items;
}

function wordItems(ctx: Context, target: Instruction, outer: Instruction, token: string, tokenStart: number, wordIndex: number): CompletionItem[] {
  const { locale } = ctx;
  const range = editRange(ctx, tokenStart);
  switch (target.name) {
    case 'FROM': {
      if (wordIndex === 0) return imageItems(ctx, outer, range);
      if (wordIndex === 1) {
        const as = target.keyword === target.keyword.toLowerCase() ? 'as' : 'AS';
        return [{ ...valueItem(as, text(TEXT.as, locale), range, 0), kind: CompletionItemKind.Keyword, textEdit: { range, newText: `${as} ` } }];
      }
      return [];
    }
    case 'STOPSIGNAL':
      if (wordIndex !== 0) return [];
      return SIGNALS.map((signal, index) => ({ ...valueItem(signal.name, text(signal.detail, locale), range, index), kind: CompletionItemKind.EnumMember }));
    case 'EXPOSE': {
      const slash = token.lastIndexOf('/');
      if (slash < 0) return [];
      const protocolRange = editRange(ctx, tokenStart + slash + 1);
      return PROTOCOLS.map((protocol, index) => ({ ...valueItem(protocol.name, text(protocol.detail, locale), protocolRange, index), kind: CompletionItemKind.EnumMember }));
    }
    case 'HEALTHCHECK': {
      if (wordIndex !== 0) return [];
      const lower = target.keyword === target.keyword.toLowerCase();
      const cmd = lower ? 'cmd' : 'CMD';
      const none = lower ? 'none' : 'NONE';
      return [
        {
          label: cmd,
          kind: CompletionItemKind.Keyword,
          detail: text(TEXT.healthcheckCmd, locale),
          sortText: sortKey(1, 0),
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: { range, newText: `${cmd} \${1:command}` },
        },
        // NONE takes no options.
        ...(target.flags.length > 0 ? [] : [{ ...valueItem(none, text(TEXT.healthcheckNone, locale), range, 1), kind: CompletionItemKind.Keyword, sortText: sortKey(1, 1) }]),
      ];
    }
    case 'ARG':
      if (token.includes('=')) return [];
      return argNameItems(ctx, outer, range);
    default:
      return [];
  }
}

// ---------------------------------------------------------------- flags

function flagItems(ctx: Context, target: Instruction, tokenStart: number, startPosition: Position): CompletionItem[] {
  const accepted = acceptedFlags(target);
  if (!accepted) return [];
  const present = new Set(target.flags.filter((f) => comparePositions(f.range.start, startPosition) !== 0).map((f) => f.name));
  const range = editRange(ctx, tokenStart);
  const items: CompletionItem[] = [];
  Object.entries(accepted).forEach(([name, type], index) => {
    if (type !== 'strings' && present.has(name)) return;
    // BuildKit accepts `ADD --unpack` and `RUN --device` only with labs syntax; keep them last.
    const labs = name === 'device' || name === 'unpack';
    const snippet = FLAG_SNIPPETS[name] ?? (type === 'bool' ? `--${name}` : `--${name}=`);
    const item: CompletionItem = {
      label: `--${name}`,
      kind: CompletionItemKind.Property,
      detail: flagDoc(target.name, name, ctx.locale)?.summary,
      sortText: sortKey(labs ? 1 : 0, index),
      filterText: `--${name}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: snippet },
      data: { doc: 'flag', instruction: target.name, flag: name } satisfies CompletionDocRef,
    };
    if (FLAGS_WITH_VALUES.has(name)) item.command = SUGGEST;
    items.push(item);
  });
  return items;
}

function flagValueItems(ctx: Context, target: Instruction, outer: Instruction, flagName: string, valueStart: number): CompletionItem[] {
  const range = editRange(ctx, valueStart);
  const accepted = acceptedFlags(target);
  if (!accepted || !(flagName in accepted)) return [];
  const choices = (values: readonly string[]) =>
    values.map((value, index) => ({
      ...valueItem(value, flagValueDoc(target.name, flagName, value, ctx.locale)?.summary, range, index),
      data: { doc: 'flagValue', instruction: target.name, flag: flagName, value } satisfies CompletionDocRef,
    }));
  if (accepted[flagName] === 'bool') return choices(BOOLEANS);
  switch (`${target.name} ${flagName}`) {
    case 'RUN network':
      return choices(NETWORK_MODES);
    case 'RUN security':
      return choices(SECURITY_MODES);
    case 'RUN mount':
      return mountItems(ctx, outer, valueStart);
    case 'COPY from':
      return stageItems(ctx, outer, range);
    case 'ADD checksum':
      return ['sha256:', 'sha384:', 'sha512:'].map((value, index) => valueItem(value, undefined, range, index));
    default:
      return [];
  }
}

/** `--platform=`: the platform build args first, then common platforms. */
function platformItems(ctx: Context, valueStart: number): CompletionItem[] {
  const range = editRange(ctx, valueStart);
  const items: CompletionItem[] = PLATFORM_ARGS.map((arg, index) => ({
    ...valueItem(`$${arg.name}`, text(arg.detail, ctx.locale), range, index),
    kind: CompletionItemKind.Variable,
    data: { doc: 'buildArg', name: arg.name } satisfies CompletionDocRef,
  }));
  PLATFORMS.forEach((platform, index) => items.push({ ...valueItem(platform, undefined, range, PLATFORM_ARGS.length + index), kind: CompletionItemKind.EnumMember }));
  return items;
}

/** `--mount=type=cache,tar`: types, the keys of the type not yet given, and key values. */
function mountItems(ctx: Context, outer: Instruction, valueStart: number): CompletionItem[] {
  const { locale } = ctx;
  const typed = ctx.prefix.slice(valueStart);
  const fieldStart = valueStart + typed.lastIndexOf(',') + 1;
  const field = ctx.prefix.slice(fieldStart);
  // The other fields: those before the cursor, and those after it up to the end of the word.
  const others = [...typed.split(',').slice(0, -1), ...(/^\S*/.exec(ctx.suffix)?.[0] ?? '').split(',').slice(1)];
  let type: string | undefined;
  const present = new Set<string>();
  for (const other of others) {
    const equals = other.indexOf('=');
    const key = (equals < 0 ? other : other.slice(0, equals)).trim().toLowerCase();
    present.add(MOUNT_KEY_ALIASES[key] ?? key);
    if (key === 'type' && equals >= 0) type = other.slice(equals + 1).trim().toLowerCase();
  }
  const equals = field.indexOf('=');
  if (equals >= 0) {
    const key = field.slice(0, equals).toLowerCase();
    const range = editRange(ctx, fieldStart + equals + 1);
    const withDocs = (values: readonly string[], detail?: (value: string) => string) =>
      values.map((value, index) => ({
        ...valueItem(value, flagValueDoc('RUN', 'mount', `${key}=${value}`, locale)?.summary ?? detail?.(value), range, index),
        data: { doc: 'flagValue', instruction: 'RUN', flag: 'mount', value: `${key}=${value}` } satisfies CompletionDocRef,
      }));
    if (key === 'type') return withDocs(MOUNT_TYPES, (v) => text(MOUNT_TYPE_DETAILS[v], locale));
    if (key === 'sharing') return withDocs(MOUNT_SHARING);
    if (MOUNT_BOOLEAN_KEYS.has(key)) return BOOLEANS.map((b, index) => valueItem(b, undefined, range, index));
    if (key === 'from') return stageItems(ctx, outer, range);
    return [];
  }
  const range = editRange(ctx, fieldStart);
  const keys = [...(type === undefined ? ['type'] : []), ...(MOUNT_KEYS[type ?? 'bind'] ?? MOUNT_KEYS.bind)];
  const items: CompletionItem[] = [];
  keys.forEach((key, index) => {
    if (present.has(key)) return;
    const detail = MOUNT_KEY_DETAILS[key];
    items.push({
      label: key,
      kind: CompletionItemKind.Property,
      detail: flagValueDoc('RUN', 'mount', key, locale)?.summary ?? (detail ? text(detail, locale) : undefined),
      sortText: sortKey(0, index),
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: MOUNT_BOOLEAN_KEYS.has(key) ? key : `${key}=` },
      command: key === 'type' || key === 'sharing' || key === 'from' ? SUGGEST : undefined,
      data: { doc: 'flagValue', instruction: 'RUN', flag: 'mount', value: key } satisfies CompletionDocRef,
    });
  });
  return items;
}

// ---------------------------------------------------------------- stages, images, variables

/** The stages defined before the one `outer` is in: names first, then indexes. */
function stageItems(ctx: Context, outer: Instruction, range: Range): CompletionItem[] {
  const current = ctx.model.stageOf(outer);
  const before = current ? ctx.model.stages.slice(0, current.index) : ctx.model.stages;
  const items: CompletionItem[] = [];
  for (const stage of before) if (stage.name) items.push(stageItem(ctx, stage, stage.name, range, 0));
  for (const stage of before) items.push(stageItem(ctx, stage, String(stage.index), range, 1));
  return items;
}

function stageItem(ctx: Context, stage: Stage, label: string, range: Range, group: number): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Reference,
    detail: text(TEXT.stage, ctx.locale, [String(stage.index), stage.base]),
    sortText: sortKey(group, stage.index),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range, newText: label },
  };
}

/** After FROM: the stages before this one, `scratch`, and the images on the Docker engine. */
function imageItems(ctx: Context, outer: Instruction, range: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const current = ctx.model.stageOf(outer);
  const before = current ? ctx.model.stages.slice(0, current.index) : ctx.model.stages;
  for (const stage of before) {
    if (!stage.name || seen.has(stage.name.toLowerCase())) continue;
    seen.add(stage.name.toLowerCase());
    items.push(stageItem(ctx, stage, stage.name, range, 0));
  }
  seen.add('scratch');
  items.push({ ...valueItem('scratch', text(TEXT.scratch, ctx.locale), range, 0), sortText: sortKey(1, 0), kind: CompletionItemKind.Module });
  for (const image of ctx.images) {
    if (image === '' || image.includes('<none>') || seen.has(image.toLowerCase())) continue;
    seen.add(image.toLowerCase());
    items.push({ ...valueItem(image, text(TEXT.image, ctx.locale), range, 0), sortText: `2${image}`, kind: CompletionItemKind.Module });
  }
  return items;
}

/**
 * After `$` or `${`: the ARG and ENV variables in scope at `outer`, and the predefined build args
 * where they are visible without a declaration (FROM lines and the ARGs before the first FROM).
 * Undefined when the cursor is not after a `$`.
 */
function variableItems(ctx: Context, outer: Instruction): CompletionItem[] | undefined {
  const match = /\$(\{?)([A-Za-z_][A-Za-z0-9_]*)?$/.exec(ctx.prefix);
  if (!match) return undefined;
  const dollar = match.index;
  if (dollar > 0 && ctx.prefix[dollar - 1] === ctx.syntax.escapeChar) return undefined;
  if (insideSingleQuotes(ctx.prefix, dollar)) return undefined;
  const range = editRange(ctx, dollar + 1 + match[1].length);
  const { model, locale } = ctx;
  const scope = variablesInScope(model, outer);
  const items: CompletionItem[] = [];
  for (const variable of scope.values()) {
    const declaration = variable.declaration;
    const value = variable.value;
    const item: CompletionItem = {
      label: variable.name,
      kind: CompletionItemKind.Variable,
      detail: value ?? buildArgDoc(variable.name, locale)?.summary,
      sortText: `0${variable.name}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: variable.name },
    };
    if (declaration) {
      item.data = {
        doc: 'variable',
        declared: `${declaration.kind === 'arg' ? 'ARG' : 'ENV'} ${declaration.name}${declaration.value === undefined ? '' : `=${declaration.value}`}`,
        globalDefault: variable.globalDefault && `ARG ${variable.globalDefault.name}=${variable.globalDefault.value ?? ''}`,
        buildArg: isPredefinedArg(variable.name) ? variable.name : undefined,
      } satisfies CompletionDocRef;
    }
    items.push(item);
  }
  const stage = model.stageOf(outer);
  if (!stage || stage.from === outer) {
    for (const name of PREDEFINED_ARGS) if (!scope.has(name)) items.push(predefinedArgItem(name, range, locale));
  }
  return items;
}

/** Whether `index` is inside single quotes (outside double quotes) on the line so far. */
function insideSingleQuotes(prefix: string, index: number): boolean {
  let single = false;
  let double = false;
  for (let i = 0; i < index; i++) {
    const ch = prefix[i];
    if (ch === "'" && !double) single = !single;
    else if (ch === '"' && !single) double = !double;
  }
  return single;
}

/**
 * After `ARG `: the predefined build args (`ARG TARGETARCH` makes one visible in a stage) and,
 * inside a stage, the global ARGs not yet re-declared there.
 */
function argNameItems(ctx: Context, outer: Instruction, range: Range): CompletionItem[] {
  const { model, locale } = ctx;
  const stage = model.stageOf(outer);
  const items: CompletionItem[] = [];
  const scope = stage ? variablesInScope(model, outer) : undefined;
  const seen = new Set<string>();
  if (stage && scope) {
    for (const decl of model.globalArgs) {
      if (scope.has(decl.name) || seen.has(decl.name)) continue;
      seen.add(decl.name);
      items.push({
        label: decl.name,
        kind: CompletionItemKind.Variable,
        detail: decl.value ?? text(TEXT.globalArg, locale),
        sortText: `0${decl.name}`,
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: { range, newText: decl.name },
      });
    }
  }
  for (const name of PREDEFINED_ARGS) if (!seen.has(name) && !scope?.has(name)) items.push(predefinedArgItem(name, range, locale));
  return items;
}

/** A predefined build arg (TARGETARCH, HTTP_PROXY ...), documented on resolve. */
function predefinedArgItem(name: string, range: Range, locale: Locale): CompletionItem {
  return {
    label: name,
    kind: CompletionItemKind.Variable,
    detail: buildArgDoc(name, locale)?.summary ?? text(TEXT.predefinedArg, locale),
    sortText: `1${name}`,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range, newText: name },
    data: { doc: 'buildArg', name } satisfies CompletionDocRef,
  };
}
