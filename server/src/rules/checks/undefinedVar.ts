import { closest } from '../suggest';
import { isPredefinedArg, Stage } from '../../model/model';
import { keyValues } from '../../parser/keyValues';
import { Instruction, Range, VariableRef } from '../../parser/syntax';
import { Finding, Fix, NOTHING_FOUND, Rule, stageCheck } from '../rule';
import { keywordLike, parentOf, within } from './common';

/** Instructions whose whole arguments BuildKit expands (and so checks). */
const EXPANDED = new Set(['ENV', 'LABEL', 'WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL', 'ADD', 'COPY']);
/** Flags BuildKit expands, per instruction. */
const EXPANDED_FLAGS: Record<string, ReadonlySet<string>> = {
  ADD: new Set(['chown', 'checksum']),
  COPY: new Set(['chown']),
  RUN: new Set(['mount']),
};
/** Build args BuildKit handles itself and never puts in the environment. */
const NON_ENV = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/**
 * Whether one of the flags BuildKit expands may reference a variable. A reference within a flag
 * of one of these names lies in its value, and the value keeps every `$` written there (only
 * quotes and escaping backslashes are removed).
 */
function mayReference(instruction: Instruction, names: ReadonlySet<string>): boolean {
  const flags = instruction.flags;
  for (let f = 0; f < flags.length; f++) if (names.has(flags[f].name) && flags[f].value?.includes('$')) return true;
  return false;
}

/**
 * BuildKit: a variable used where BuildKit expands it (ENV, LABEL, ADD, COPY, WORKDIR, USER,
 * VOLUME, STOPSIGNAL, ARG defaults, RUN --mount) must be declared first in the stage, by ARG or
 * ENV, or in a stage it is built on. ARGs before the first FROM and the predefined args are not
 * visible in a stage until an `ARG NAME` brings them in. PATH is always set.
 *
 * BuildKit also knows the environment of the base image, which a static check does not: on a
 * stage built on an image, an undeclared upper-case name is only reported when it is an ARG of
 * the global scope, a predefined arg or a likely misspelling of a declared name.
 */
export const undefinedVar: Rule = {
  id: 'UndefinedVar',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'Variables should be defined before their use.', zh: '变量应先定义再使用。' },
  messages: {
    undefined: { en: "Usage of undefined variable '${0}'", zh: '使用了未定义的变量“${0}”' },
    suggestion: { en: "Usage of undefined variable '${0}' (did you mean ${1}?)", zh: '使用了未定义的变量“${0}”（您是想用 ${1} 吗？）' },
    global: {
      en: "Usage of undefined variable '${0}' (the ARG before FROM is not visible in a stage until it is declared again there with ARG {0})",
      zh: '使用了未定义的变量“${0}”（FROM 之前声明的 ARG 在构建阶段内不可见，需在该阶段内用 ARG {0} 重新声明）',
    },
    predefined: {
      en: "Usage of undefined variable '${0}' ({0} is a predefined build argument, visible in a stage only after ARG {0})",
      zh: '使用了未定义的变量“${0}”（{0} 是预定义的构建参数，需在该阶段内声明 ARG {0} 后才能使用）',
    },
    declare: { en: 'Add ARG {0} to this stage', zh: '在该阶段中添加 ARG {0}' },
    rename: { en: "Change to '{0}'", zh: '改为“{0}”' },
  },
  stages: stageCheck({
    prepare({ model }) {
      const globals = new Set(model.globalArgs.map((a) => a.name));
      return { stages: model.stages, globals, globalsKey: [...globals].sort().join(' '), parents: model.stages.map((stage) => parentOf(model, stage)) };
    },
    // What a stage inherits: the names its parent leaves, whether it is built on an image, and how
    // many suggestions the stages before it left (looking for a close name costs a pass over the
    // names in scope: only for the first few of the file).
    inputOf(stage, { stages, globalsKey, parents }, outputOf: (stage: Stage) => Visible | undefined) {
      const parent = parents[stage.index];
      const inherited = parent ? outputOf(parent) : undefined;
      const before = stage.index > 0 ? outputOf(stages[stage.index - 1])?.budget : SUGGESTIONS;
      return [globalsKey, inherited?.key, inherited?.image, before];
    },
    check(stage, { stages, globals, parents }, outputOf: (stage: Stage) => Visible | undefined) {
      const parent = parents[stage.index];
      const inherited = parent ? outputOf(parent) : undefined;
      // The environment of a base image is unknown here: an upper-case name may come from it
      // (GOPATH, JAVA_HOME ...), so on such a stage only sure cases are reported.
      const image = inherited ? inherited.image : stage.base.toLowerCase() !== 'scratch';
      const scope = new StageScope(stage, globals, image, inherited?.known, stage.index > 0 ? outputOf(stages[stage.index - 1])?.budget ?? 0 : SUGGESTIONS);
      scope.declare('PATH');
      // Index loops: this runs on every instruction of the file in a fresh process.
      const instructions = stage.instructions;
      for (let i = 0; i < instructions.length; i++) {
        const instruction = instructions[i];
        const name = instruction.name;
        if (name === 'ARG') {
          // Each default is expanded with the ARGs before it, in the same instruction too.
          // (Ranges are made when asked for: only when there are references to place.)
          const pairs = keyValues(instruction).pairs;
          const variables = instruction.variables;
          for (let p = 0; p < pairs.length; p++) {
            const pair = pairs[p];
            const valueRange = variables.length > 0 ? pair.valueRange : undefined;
            if (valueRange) scope.useIn(variables, valueRange);
            scope.declare(pair.key);
          }
          continue;
        }
        const flags = EXPANDED_FLAGS[name];
        const expanded = EXPANDED.has(name);
        // Most instructions reference no variable at all: no flags or ranges to look at. Of a RUN,
        // only the flags count: the references of the whole are not worked out for nothing.
        if (expanded ? instruction.variables.length > 0 : flags !== undefined && mayReference(instruction, flags)) {
          const variables = instruction.variables;
          if (!instruction.args.startsWith('--')) {
            // No flags (so not a RUN): the text after them is all the arguments and holds every
            // reference, with no ranges to make (they are made when asked for) and compare.
            scope.useIn(variables, undefined);
          } else {
            if (flags) {
              const list = instruction.flags;
              for (let f = 0; f < list.length; f++) if (flags.has(list[f].name)) scope.useIn(variables, list[f].range);
            }
            if (expanded) scope.useIn(variables, instruction.rest.range);
          }
        }
        if (name === 'ENV') {
          const pairs = keyValues(instruction).pairs;
          for (let p = 0; p < pairs.length; p++) scope.declare(pairs[p].key);
        }
      }
      // A stage that declares no name of its own leaves its parent's names (and their key).
      const known = scope.known;
      const key = inherited && known === inherited.known ? inherited.key : [...known].sort().join(' ');
      const output: Visible = { known, key, image, budget: Math.max(scope.suggestions, 0) };
      return { findings: scope.findings ?? NOTHING_FOUND, output };
    },
  }),
};

/** What a stage leaves to the stages built on it, and to the next stage (the suggestion budget). */
interface Visible {
  known: ReadonlySet<string>;
  /** The names, sorted: what a stage built on this one depends on. */
  key: string;
  image: boolean;
  budget: number;
}

const SUGGESTIONS = 100;

/** What one stage's check reads and finds as it goes through the stage's instructions. */
class StageScope {
  /** The names declared so far: the parent's set until the stage declares one the parent did not. */
  known: ReadonlySet<string>;
  private own: boolean;
  findings: Finding[] | undefined;

  constructor(
    private readonly stage: Stage,
    private readonly globals: ReadonlySet<string>,
    /** Whether the stage is built on an image, whose environment is unknown. */
    private readonly image: boolean,
    inherited: ReadonlySet<string> | undefined,
    /** How many more references may look for a close name. */
    public suggestions: number,
  ) {
    this.own = !inherited;
    this.known = inherited ?? new Set<string>();
  }

  declare(name: string): void {
    if (this.known.has(name)) return;
    if (!this.own) {
      this.known = new Set(this.known);
      this.own = true;
    }
    (this.known as Set<string>).add(name);
  }

  /** Checks the references among `variables` that lie within `range` (all of them without one), in order. */
  useIn(variables: readonly VariableRef[], range: Range | undefined): void {
    for (let v = 0; v < variables.length; v++) if (!range || within(variables[v].range, range)) this.use(variables[v]);
  }

  private use(ref: VariableRef): void {
    if (this.known.has(ref.name) || NON_ENV.has(ref.name)) return;
    const result = finding(ref, this.stage, this.known, this.globals, this);
    const guess = result.message === 'undefined' || (result.message === 'suggestion' && result.args?.[1] === 'PATH');
    if (this.image && guess && ref.name === ref.name.toUpperCase()) return;
    (this.findings ??= []).push(result);
  }
}

function finding(ref: VariableRef, stage: Stage, known: ReadonlySet<string>, globals: ReadonlySet<string>, budget: { suggestions: number }): Finding {
  if (globals.has(ref.name) || isPredefinedArg(ref.name)) {
    const line = stage.from.range.end.line + 1;
    const declare: Fix = {
      title: 'declare',
      args: [ref.name],
      edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${keywordLike(stage.from.keyword, 'ARG')} ${ref.name}\n` }],
    };
    return { range: ref.range, message: globals.has(ref.name) ? 'global' : 'predefined', args: [ref.name], fixes: [declare] };
  }
  const suggestion = budget.suggestions-- > 0 ? closest(ref.name, known) : undefined;
  if (!suggestion) return { range: ref.range, message: 'undefined', args: [ref.name] };
  return { range: ref.range, message: 'suggestion', args: [ref.name, suggestion], fixes: [{ title: 'rename', args: [suggestion], edits: [{ range: ref.nameRange, newText: suggestion }] }] };
}
