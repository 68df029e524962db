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

export function buildModel(syntax: DockerfileSyntax): DockerfileModel {
  const preamble: Instruction[] = [];
  const globalArgs: VariableDecl[] = [];
  const stages: Stage[] = [];
  const owner = new Map<Instruction, Stage>();

  for (const instruction of syntax.instructions) {
    if (instruction.name === 'FROM') {
      stages.push(stageFrom(instruction, stages.length));
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) {
      preamble.push(instruction);
      if (instruction.name === 'ARG') globalArgs.push(...declarations(instruction));
      continue;
    }
    stage.instructions.push(instruction);
    owner.set(instruction, stage);
    if (instruction.name === 'ARG' || instruction.name === 'ENV') stage.declarations.push(...declarations(instruction));
  }
  for (const stage of stages) owner.set(stage.from, stage);

  const byName = new Map<string, Stage>();
  for (const stage of stages) if (stage.name && !byName.has(stage.name.toLowerCase())) byName.set(stage.name.toLowerCase(), stage);

  return {
    syntax,
    preamble,
    globalArgs,
    stages,
    stageOf: (instruction) => owner.get(instruction),
    findStage: (reference) => byName.get(reference.toLowerCase()) ?? (/^\d+$/.test(reference) ? stages[Number(reference)] : undefined),
  };
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
