import { KeyValue, keyValues } from '../parser/keyValues';
import { DockerfileSyntax, Flag, Instruction, Range, SyntaxEdit } from '../parser/syntax';
import { lastIndexWhere } from '../parser/search';

/** Build args every build has without an ARG (BuildKit's automatic platform and proxy args). */
export const PREDEFINED_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
  'BUILDKIT_CACHE_MOUNT_NS', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'BUILDKIT_INLINE_CACHE', 'BUILDKIT_MULTI_PLATFORM',
  'BUILDKIT_SANDBOX_HOSTNAME', 'BUILDKIT_SYNTAX', 'SOURCE_DATE_EPOCH',
] as const;

const PREDEFINED: ReadonlySet<string> = new Set(PREDEFINED_ARGS);

export function isPredefinedArg(name: string): boolean {
  return PREDEFINED.has(name);
}

/** A declared ARG or ENV variable. */
export interface VariableDecl {
  kind: 'arg' | 'env';
  name: string;
  nameRange: Range;
  value: string | undefined;
  instruction: Instruction;
}

export interface Stage {
  index: number;
  from: Instruction;
  /** The image (or earlier stage) it starts from, as written. */
  base: string;
  baseRange: Range | undefined;
  /** `AS name`, as written (names are case-insensitive in BuildKit). */
  name: string | undefined;
  nameRange: Range | undefined;
  /** The `AS` keyword as written. */
  asKeyword: string | undefined;
  platform: Flag | undefined;
  /** Every instruction after FROM up to the next FROM. */
  instructions: Instruction[];
  /** ARG and ENV declarations in this stage, in order. */
  readonly declarations: VariableDecl[];
}

export interface DockerfileModel {
  syntax: DockerfileSyntax;
  /** Instructions before the first FROM (only ARG is legal there). */
  preamble: Instruction[];
  globalArgs: VariableDecl[];
  stages: Stage[];
  /** The stage an instruction belongs to; undefined for the preamble. */
  stageOf(instruction: Instruction): Stage | undefined;
  /** A stage by `AS` name (case-insensitive) or by index, as `--from` and FROM accept. */
  findStage(reference: string): Stage | undefined;
}

/**
 * Groups the instructions into stages. With the model of the tree this one was edited from, a
 * stage whose FROM and instructions are the very same objects, at the same distances from the
 * FROM, is kept as the same `Stage` object (its `index` updated; its declarations, which hold
 * positions of their own, read again when it moved): analyses can then keep what they worked out
 * per stage. When the tree says which instructions the edit replaced (`syntax.edit`), only the
 * stages around them are looked at again: the model of a 50,000-line file then costs a pass over
 * the stages, not over the instructions.
 */
export function buildModel(syntax: DockerfileSyntax, previous?: DockerfileModel): DockerfileModel {
  const spliced = previous && syntax.edit && syntax.edit.previous === previous.syntax ? splice(syntax, previous, syntax.edit) : undefined;
  if (spliced) return spliced;
  const reusable = previous && previous.stages.length > 0 ? new Map(previous.stages.map((stage) => [stage.from, stage])) : undefined;
  const preamble: Instruction[] = [];
  const stages: Stage[] = [];
  const fromIndexes: number[] = [];
  groupStages(syntax.instructions, 0, syntax.instructions.length, preamble, stages, fromIndexes, reusable);
  return assemble(syntax, preamble, stages, fromIndexes);
}

/** Where each stage's FROM is in `syntax.instructions`, per model. */
const fromIndexesOf = new WeakMap<DockerfileModel, number[]>();

function assemble(syntax: DockerfileSyntax, preamble: Instruction[], stages: Stage[], fromIndexes: number[]): DockerfileModel {
  const globalArgs: VariableDecl[] = [];
  for (const instruction of preamble) if (instruction.name === 'ARG') globalArgs.push(...declarations(instruction));
  const byName = new Map<string, Stage>();
  // An index loop: it runs over every stage on every edit, often before V8 has optimised it.
  for (let s = 0; s < stages.length; s++) {
    const name = stages[s].name;
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (!byName.has(key)) byName.set(key, stages[s]);
  }
  const model: DockerfileModel = {
    syntax,
    preamble,
    globalArgs,
    stages,
    stageOf: (instruction) => stageOf(stages, instruction),
    findStage: (reference) => byName.get(reference.toLowerCase()) ?? (/^\d+$/.test(reference) ? stages[Number(reference)] : undefined),
  };
  fromIndexesOf.set(model, fromIndexes);
  return model;
}

/**
 * Groups all[start, end) (which starts with a FROM, or at the top of the file: then the
 * instructions before the first FROM go to `preamble`) into stages appended to `stages`.
 */
function groupStages(all: readonly Instruction[], start: number, end: number, preamble: Instruction[], stages: Stage[], fromIndexes: number[], reusable: Map<Instruction, Stage> | undefined): void {
  let i = start;
  while (i < end && all[i].name !== 'FROM') preamble.push(all[i++]);
  while (i < end) {
    const fromIndex = i;
    const from = all[i++];
    const first = i;
    while (i < end && all[i].name !== 'FROM') i++;
    const index = stages.length;
    const kept = reusable?.get(from);
    stages.push(kept && reuse(kept, all, first, i, index) ? kept : newStage(from, index, all.slice(first, i)));
    fromIndexes.push(fromIndex);
  }
}

/**
 * The model of an edited tree from the model of the tree before: the stages before and after the
 * replaced instructions are the previous model's (those after get their new index and FROM
 * position), the ones around the edit are grouped again. Undefined when the edit reaches the
 * instructions before the first FROM (the global ARGs): then everything is grouped again.
 */
function splice(syntax: DockerfileSyntax, previous: DockerfileModel, edit: SyntaxEdit): DockerfileModel | undefined {
  const oldFroms = fromIndexesOf.get(previous);
  const oldStages = previous.stages;
  if (!oldFroms || oldStages.length === 0) return undefined;
  const first = edit.kept;
  const oldResume = first + edit.removed;
  const shift = edit.inserted - edit.removed;
  // The last stage that starts at or before the instruction just before the edit, and the last
  // one that starts at or before the first instruction after it: every stage in between is new.
  const low = lastAtOrBefore(oldFroms, Math.max(first - 1, 0));
  if (low < 0 || oldFroms[0] > first - 1) return undefined;
  const high = Math.max(low, lastAtOrBefore(oldFroms, oldResume));
  const all = syntax.instructions;
  const start = oldFroms[low];
  const end = high + 1 < oldStages.length ? oldFroms[high + 1] + shift : all.length;
  if (end > all.length || (end < all.length && all[end] !== oldStages[high + 1].from)) return undefined;

  const stages = oldStages.slice(0, low);
  const fromIndexes = oldFroms.slice(0, low);
  const reusable = new Map<Instruction, Stage>();
  for (let k = low; k <= high; k++) reusable.set(oldStages[k].from, oldStages[k]);
  const preamble: Instruction[] = [];
  groupStages(all, start, end, preamble, stages, fromIndexes, reusable);
  if (preamble.length > 0) return undefined;
  for (let k = high + 1; k < oldStages.length; k++) {
    const stage = oldStages[k];
    stage.index = stages.length;
    moved(stage);
    stages.push(stage);
    fromIndexes.push(oldFroms[k] + shift);
  }
  return assemble(syntax, previous.preamble, stages, fromIndexes);
}

/** The last index whose value is at most `value` in an ascending array, or -1. */
function lastAtOrBefore(values: readonly number[], value: number): number {
  return lastIndexWhere(values.length, (i) => values[i] <= value);
}

/** Per model: the earlier stage each stage is built FROM (by index), worked out once. */
const basesOf = new WeakMap<DockerfileModel, Array<Stage | undefined>>();

/**
 * The stage `stage` is built FROM, when its FROM names an earlier stage (by name or index); the
 * same answer as `findStage(stage.base)` checked for coming earlier, from a table made once per model.
 */
export function baseStageOf(model: DockerfileModel, stage: Stage): Stage | undefined {
  let bases = basesOf.get(model);
  if (!bases) {
    bases = model.stages.map((s) => {
      const base = s.base ? model.findStage(s.base) : undefined;
      return base && base.index < s.index ? base : undefined;
    });
    basesOf.set(model, bases);
  }
  return bases[stage.index];
}

/** Where a stage's instructions were, relative to its FROM, and where its FROM was, when it was built. */
interface Layout {
  fromLine: number;
  offsets: number[];
}

const layouts = new WeakMap<Stage, Layout>();

function newStage(from: Instruction, index: number, instructions: Instruction[]): Stage {
  const stage = stageFrom(from, index, instructions);
  const fromLine = from.startLine;
  layouts.set(stage, { fromLine, offsets: instructions.map((instruction) => instruction.startLine - fromLine) });
  return stage;
}

/** Whether `stage` still holds exactly all[start, end), laid out the same; if so it is brought up to date. */
function reuse(stage: Stage, all: readonly Instruction[], start: number, end: number, index: number): boolean {
  const layout = layouts.get(stage);
  const instructions = stage.instructions;
  if (!layout || instructions.length !== end - start) return false;
  const fromLine = stage.from.startLine;
  for (let k = 0; k < instructions.length; k++) {
    const instruction = all[start + k];
    if (instruction !== instructions[k] || instruction.startLine - fromLine !== layout.offsets[k]) return false;
  }
  stage.index = index;
  moved(stage);
  return true;
}

/** A kept stage whose instructions the incremental parser moved: its declarations are read again when asked for. */
function moved(stage: Stage): void {
  const layout = layouts.get(stage)!;
  const fromLine = stage.from.startLine;
  if (layout.fromLine === fromLine) return;
  layout.fromLine = fromLine;
  declarationsOf.delete(stage);
}

/** The stage an instruction of the tree belongs to (its FROM included); undefined for the preamble and for other objects. */
function stageOf(stages: readonly Stage[], instruction: Instruction): Stage | undefined {
  const line = instruction.startLine;
  const found = lastIndexWhere(stages.length, (i) => stages[i].from.startLine <= line);
  if (found < 0) return undefined;
  const stage = stages[found];
  if (stage.from === instruction) return stage;
  const instructions = stage.instructions;
  let low = 0;
  let high = instructions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = instructions[middle].startLine;
    if (at === line) return instructions[middle] === instruction ? stage : undefined;
    if (at < line) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** The ARG and ENV declarations of a stage, read when first asked for (rules rarely need them). */
const declarationsOf = new WeakMap<Stage, VariableDecl[]>();

function stageFrom(from: Instruction, index: number, instructions: Instruction[]): Stage {
  return new ModelStage(from, index, instructions);
}

/**
 * A class rather than an object literal with a getter: V8 keeps such literals as dictionaries,
 * and the per-edit passes over a large file's stages read their fields thousands of times.
 */
class ModelStage implements Stage {
  readonly base: string;
  readonly name: string | undefined;
  readonly asKeyword: string | undefined;
  readonly platform: Flag | undefined;

  constructor(
    readonly from: Instruction,
    public index: number,
    readonly instructions: Instruction[],
  ) {
    const [image, as, name] = from.words;
    const isAs = as?.text.toLowerCase() === 'as';
    this.base = image?.text ?? '';
    this.name = isAs ? name?.text : undefined;
    this.asKeyword = isAs ? as.text : undefined;
    this.platform = from.flags.find((f) => f.name === 'platform');
  }

  // Ranges are read from the FROM when asked for: a kept stage moves with its FROM.
  get baseRange(): Range | undefined {
    return this.from.words[0]?.range;
  }

  get nameRange(): Range | undefined {
    return this.asKeyword === undefined ? undefined : this.from.words[2]?.range;
  }

  get declarations(): VariableDecl[] {
    let found = declarationsOf.get(this);
    if (!found) {
      found = [];
      for (const instruction of this.instructions) if (instruction.name === 'ARG' || instruction.name === 'ENV') found.push(...declarations(instruction));
      declarationsOf.set(this, found);
    }
    return found;
  }
}

function declarations(instruction: Instruction): VariableDecl[] {
  const kind = instruction.name === 'ARG' ? 'arg' : 'env';
  return keyValues(instruction).pairs.map((pair) => new Declaration(kind, pair, instruction));
}

class Declaration implements VariableDecl {
  readonly name: string;
  readonly value: string | undefined;

  constructor(
    readonly kind: 'arg' | 'env',
    private readonly pair: KeyValue,
    readonly instruction: Instruction,
  ) {
    this.name = pair.key;
    this.value = pair.value;
  }

  /** Made when asked for (few declarations are ever reported or navigated to). */
  get nameRange(): Range {
    return this.pair.keyRange;
  }
}
