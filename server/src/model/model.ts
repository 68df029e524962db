import { keyValues } from '../parser/keyValues';
import { DockerfileSyntax, Flag, Instruction, Range } from '../parser/syntax';

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
  declarations: VariableDecl[];
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
 * FROM, is kept as the same `Stage` object (its `index` updated, its declarations read again when
 * it moved): analyses can then keep what they worked out per stage, and the model of a
 * 50,000-line file costs one pass over the instruction list after an edit.
 */
export function buildModel(syntax: DockerfileSyntax, previous?: DockerfileModel): DockerfileModel {
  const preamble: Instruction[] = [];
  const globalArgs: VariableDecl[] = [];
  const stages: Stage[] = [];
  const reusable = previous && previous.stages.length > 0 ? new Map(previous.stages.map((stage) => [stage.from, stage])) : undefined;

  const all = syntax.instructions;
  let i = 0;
  while (i < all.length && all[i].name !== 'FROM') {
    const instruction = all[i++];
    preamble.push(instruction);
    if (instruction.name === 'ARG') globalArgs.push(...declarations(instruction));
  }
  while (i < all.length) {
    const from = all[i++];
    const start = i;
    while (i < all.length && all[i].name !== 'FROM') i++;
    const index = stages.length;
    const kept = reusable?.get(from);
    stages.push(kept && reuse(kept, all, start, i, index) ? kept : newStage(from, index, all.slice(start, i)));
  }

  const byName = new Map<string, Stage>();
  for (const stage of stages) if (stage.name && !byName.has(stage.name.toLowerCase())) byName.set(stage.name.toLowerCase(), stage);

  return {
    syntax,
    preamble,
    globalArgs,
    stages,
    stageOf: (instruction) => stageOf(stages, instruction),
    findStage: (reference) => byName.get(reference.toLowerCase()) ?? (/^\d+$/.test(reference) ? stages[Number(reference)] : undefined),
  };
}

/** Where a stage's instructions were, relative to its FROM, and where its FROM was, when it was built. */
interface Layout {
  fromLine: number;
  offsets: number[];
}

const layouts = new WeakMap<Stage, Layout>();

function newStage(from: Instruction, index: number, instructions: Instruction[]): Stage {
  const stage = stageFrom(from, index);
  stage.instructions = instructions;
  for (const instruction of instructions) if (instruction.name === 'ARG' || instruction.name === 'ENV') stage.declarations.push(...declarations(instruction));
  const fromLine = from.range.start.line;
  layouts.set(stage, { fromLine, offsets: instructions.map((instruction) => instruction.range.start.line - fromLine) });
  return stage;
}

/** Whether `stage` still holds exactly all[start, end), laid out the same; if so it is brought up to date. */
function reuse(stage: Stage, all: readonly Instruction[], start: number, end: number, index: number): boolean {
  const layout = layouts.get(stage);
  const instructions = stage.instructions;
  if (!layout || instructions.length !== end - start) return false;
  const fromLine = stage.from.range.start.line;
  for (let k = 0; k < instructions.length; k++) {
    const instruction = all[start + k];
    if (instruction !== instructions[k] || instruction.range.start.line - fromLine !== layout.offsets[k]) return false;
  }
  stage.index = index;
  if (layout.fromLine !== fromLine) {
    // The incremental parser moved the instructions; declarations hold positions of their own.
    layout.fromLine = fromLine;
    stage.declarations = [];
    for (const instruction of instructions) if (instruction.name === 'ARG' || instruction.name === 'ENV') stage.declarations.push(...declarations(instruction));
  }
  return true;
}

/** The stage an instruction of the tree belongs to (its FROM included); undefined for the preamble and for other objects. */
function stageOf(stages: readonly Stage[], instruction: Instruction): Stage | undefined {
  const line = instruction.range.start.line;
  let low = 0;
  let high = stages.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (stages[middle].from.range.start.line <= line) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found < 0) return undefined;
  const stage = stages[found];
  if (stage.from === instruction) return stage;
  const instructions = stage.instructions;
  low = 0;
  high = instructions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = instructions[middle].range.start.line;
    if (at === line) return instructions[middle] === instruction ? stage : undefined;
    if (at < line) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

function stageFrom(from: Instruction, index: number): Stage {
  const [image, as, name] = from.words;
  const isAs = as?.text.toLowerCase() === 'as';
  return {
    index,
    from,
    base: image?.text ?? '',
    baseRange: image?.range,
    name: isAs ? name?.text : undefined,
    nameRange: isAs ? name?.range : undefined,
    asKeyword: isAs ? as.text : undefined,
    platform: from.flags.find((f) => f.name === 'platform'),
    instructions: [],
    declarations: [],
  };
}

function declarations(instruction: Instruction): VariableDecl[] {
  const kind = instruction.name === 'ARG' ? 'arg' : 'env';
  return keyValues(instruction).pairs.map((pair) => ({ kind, name: pair.key, nameRange: pair.keyRange, value: pair.value, instruction }));
}
