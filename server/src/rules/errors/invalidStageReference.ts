import { Stage } from '../../model/model';
import { Instruction, Range } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule } from '../rule';

/** Go's strconv.Atoi accepts an optional sign; longer numbers overflow and are names again. */
const INDEX = /^[+-]?\d{1,18}$/;

interface Edge {
  from: number;
  to: number;
  /** Where the reference is (its range is read only for a finding). */
  reference: Reference;
}

/**
 * `COPY --from` and `RUN --mount=from=` that BuildKit rejects: a stage index that does not exist,
 * and references that make a stage depend on itself, directly or through other stages
 * ("circular dependency detected on stage"). A name that is no stage is an image, no error.
 */
export const invalidStageReference: Rule = {
  id: 'InvalidStageReference',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'A --from refers to a stage index that does not exist, or makes stages depend on each other in a circle.',
    zh: '--from 引用了不存在的阶段序号，或使各阶段之间形成循环依赖。',
  },
  messages: {
    index: {
      en: "There is no stage with index {0}: stages are numbered from 0 to {1}.",
      zh: '不存在序号为 {0} 的阶段：阶段序号从 0 到 {1}。',
    },
    self: {
      en: "Stage '{0}' cannot use itself as a source (circular dependency).",
      zh: '阶段“{0}”不能把自身用作来源（循环依赖）。',
    },
    cycle: {
      en: "Circular dependency: stage '{0}' uses stage '{1}', which depends back on '{0}'.",
      zh: '循环依赖：阶段“{0}”使用了阶段“{1}”，而后者又反过来依赖“{0}”。',
    },
  },
  check({ model }) {
    const stages = model.stages;
    if (stages.length === 0) return NOTHING_FOUND;
    // BuildKit's name table, made when a reference first needs it (most files have none).
    let byName: Map<string, number> | undefined;

    let findings: Finding[] | undefined;
    let edges: Edge[] | undefined;
    // References to images are added to BuildKit's list of stages as it meets them, so an index
    // past the last stage may still name one of those; count them (generously) to stay safe.
    let images = 0;
    // Index loops: this runs over every stage on every run.
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      const references = referencesOf(stage);
      if (typeof references === 'number') {
        images += references;
        continue;
      }
      for (let r = 0; r < references.length; r++) {
        const reference = references[r];
        if (reference.copy !== undefined) {
          const value = reference.copy;
          if (INDEX.test(value)) {
            const index = Number(value);
            if (index < 0 || index >= stages.length + images) {
              (findings ??= []).push({ range: reference.range, message: 'index', args: [value, String(stages.length - 1)] });
              continue;
            }
            if (index < stages.length) (edges ??= []).push({ from: stage.index, to: index, reference });
            continue;
          }
          const target = (byName ??= stageNames(stages)).get(value.toLowerCase());
          if (target === undefined) images++;
          else (edges ??= []).push({ from: stage.index, to: target, reference });
        } else {
          const target = reference.mountFrom === undefined ? undefined : (byName ??= stageNames(stages)).get(reference.mountFrom.toLowerCase());
          if (target === undefined || reference.tmpfs) {
            images++;
            continue;
          }
          (edges ??= []).push({ from: stage.index, to: target, reference });
        }
      }
    }

    // No stage uses another: no cycle to look for (the usual case, and a pass over every stage).
    if (!edges) return findings ?? NOTHING_FOUND;
    findings ??= [];
    const component = stronglyConnected(stages.length, edges);
    for (const edge of edges) {
      if (edge.from === edge.to) findings.push({ range: edge.reference.range, message: 'self', args: [stageLabel(stages[edge.from])] });
      else if (component[edge.from] === component[edge.to]) findings.push({ range: edge.reference.range, message: 'cycle', args: [stageLabel(stages[edge.from]), stageLabel(stages[edge.to])] });
    }
    return findings;
  },
};

/** BuildKit's name table: a later stage of the same name replaces an earlier one. */
function stageNames(stages: readonly Stage[]): Map<string, number> {
  const byName = new Map<string, number>();
  for (const stage of stages) if (stage.name) byName.set(stage.name.toLowerCase(), stage.index);
  return byName;
}

/**
 * A COPY --from (`copy`) or a RUN --mount (`mountFrom`, `tmpfs`), with the range of its value:
 * read from the instruction's flags when asked for (they may have been tokenized again since).
 */
interface Reference {
  copy?: string;
  mountFrom?: string;
  tmpfs?: boolean;
  readonly range: Range;
}

/** A class: an object literal with a getter would be a dictionary in V8, read on every run. */
class FlagReference implements Reference {
  constructor(
    readonly copy: string | undefined,
    readonly mountFrom: string | undefined,
    readonly tmpfs: boolean | undefined,
    private readonly instruction: Instruction,
    private readonly flagIndex: number,
  ) {}

  get range(): Range {
    const flag = this.instruction.flags[this.flagIndex];
    return flag.valueRange ?? flag.range;
  }
}

/**
 * A `--mount` without `from=` (or with one that names nothing, such as a variable): BuildKit counts
 * it as an image, and it makes no edge, so its range is never read. One object for all of them.
 */
const MOUNT_WITHOUT_SOURCE: Reference = Object.freeze({ copy: undefined, mountFrom: undefined, tmpfs: false, range: Object.freeze({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }) });

/** Whether a `--mount` value may have a `from=` field (its key is compared lower-cased). */
const MAY_HAVE_FROM = /from/i;

/**
 * Per stage, kept while the model keeps the stage: its references in order, or, when it has none
 * but mounts without a source (most stages: none at all, or cache mounts), how many such mounts
 * (each counts as an image), so that those stages need no list.
 */
const referencesOfStage = new WeakMap<Stage, Reference[] | number>();

function referencesOf(stage: Stage): Reference[] | number {
  const kept = referencesOfStage.get(stage);
  if (kept !== undefined) return kept;
  let references: Reference[] | undefined;
  let withoutSource = 0;
  // Index loops (the flags of an instruction without any cost nothing to read).
  const instructions = stage.instructions;
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i];
    const name = instruction.name;
    if (name !== 'COPY' && name !== 'RUN') continue;
    const flags = instruction.flags;
    if (name === 'COPY') {
      // Its first --from only.
      let index = 0;
      while (index < flags.length && flags[index].name !== 'from') index++;
      const value = flags[index]?.value;
      if (index < flags.length && value && !value.includes('$')) {
        references = withReference(references, withoutSource, new FlagReference(value, undefined, undefined, instruction, index));
      }
      continue;
    }
    for (let index = 0; index < flags.length; index++) {
      const flag = flags[index];
      if (flag.name !== 'mount' || flag.value === undefined) continue;
      const mount = MAY_HAVE_FROM.test(flag.value) ? mountSource(flag.value) : undefined;
      if (mount?.from !== undefined) references = withReference(references, withoutSource, new FlagReference(undefined, mount.from, mount.tmpfs, instruction, index));
      else if (references) references.push(MOUNT_WITHOUT_SOURCE);
      else withoutSource++;
    }
  }
  const result = references ?? withoutSource;
  referencesOfStage.set(stage, result);
  return result;
}

/** Adds a reference to a stage's list, made at the first one after the mounts without a source met so far. */
function withReference(references: Reference[] | undefined, withoutSource: number, reference: Reference): Reference[] {
  if (!references) {
    references = [];
    for (let k = 0; k < withoutSource; k++) references.push(MOUNT_WITHOUT_SOURCE);
  }
  references.push(reference);
  return references;
}

function stageLabel(stage: Stage): string {
  return stage.name ?? String(stage.index);
}

/** The `from=` of a `--mount` value (comma-separated key=value fields), and whether it is tmpfs. */
function mountSource(value: string): { from: string | undefined; tmpfs: boolean } {
  let from: string | undefined;
  let tmpfs = false;
  for (const field of value.split(',')) {
    const equals = field.indexOf('=');
    const key = (equals < 0 ? field : field.slice(0, equals)).trim().toLowerCase();
    const text = equals < 0 ? '' : field.slice(equals + 1).trim();
    if (key === 'from') from = text.replace(/^(["'])(.*)\1$/, '$2');
    else if (key === 'type' && text.toLowerCase() === 'tmpfs') tmpfs = true;
  }
  // Variables in `from` are refused by BuildKit anyway (another rule's concern): no edge here.
  if (from !== undefined && (from === '' || from.includes('$'))) from = undefined;
  return { from, tmpfs };
}

/** Tarjan's algorithm, iterative: the strongly connected component of every node. */
function stronglyConnected(count: number, edges: readonly Edge[]): number[] {
  const adjacency: number[][] = Array.from({ length: count }, () => []);
  for (const edge of edges) adjacency[edge.from].push(edge.to);
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const component = new Array<number>(count).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] >= 0) continue;
    const work: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const top = work[work.length - 1];
      const [node, next] = top;
      if (next < adjacency[node].length) {
        top[1]++;
        const target = adjacency[node][next];
        if (index[target] < 0) {
          index[target] = low[target] = counter++;
          stack.push(target);
          onStack[target] = true;
          work.push([target, 0]);
        } else if (onStack[target]) low[node] = Math.min(low[node], index[target]);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === index[node]) {
        for (;;) {
          const member = stack.pop() as number;
          onStack[member] = false;
          component[member] = components;
          if (member === node) break;
        }
        components++;
      }
    }
  }
  return component;
}
