import { Instruction } from '../parser/syntax';
import { lowerBound } from '../parser/search';
import { DockerfileModel, isPredefinedArg, Stage, VariableDecl } from './model';

/** A variable as an instruction sees it. */
export interface ResolvedVariable {
  name: string;
  /** The ARG or ENV that declares it; undefined for a predefined build arg. */
  declaration: VariableDecl | undefined;
  /** The value it has by default (an ARG without default and without global default has none). */
  value: string | undefined;
  /** Where the value comes from when an `ARG NAME` in a stage takes the global default. */
  globalDefault: VariableDecl | undefined;
}

/**
 * Every variable in scope at `instruction`, by BuildKit's rules:
 * - FROM lines see the global ARGs (declared before the first FROM) and the predefined args;
 * - inside a stage, an ARG or ENV is visible after its declaration, to the end of the stage; a
 *   global ARG must be re-declared (`ARG NAME`) to be visible, and then takes its global default;
 * - ENV is inherited by stages built `FROM` this stage; ENV wins over an ARG of the same name.
 */
export function variablesInScope(model: DockerfileModel, instruction: Instruction): Map<string, ResolvedVariable> {
  const scope = new Map<string, ResolvedVariable>();
  const stage = model.stageOf(instruction);
  const globals = globalDefaults(model);
  if (!stage || stage.from === instruction) {
    for (const decl of model.globalArgs) {
      if (decl.instruction.startLine < instruction.startLine) scope.set(decl.name, { name: decl.name, declaration: decl, value: decl.value, globalDefault: undefined });
    }
    return scope;
  }
  for (const decl of inheritedEnvDecls(model, stage, new Set())) scope.set(decl.name, { name: decl.name, declaration: decl, value: decl.value, globalDefault: undefined });
  const line = instruction.startLine;
  for (const decl of stage.declarations) {
    if (decl.instruction.startLine >= line) break;
    const existing = scope.get(decl.name);
    if (decl.kind === 'arg' && existing?.declaration?.kind === 'env') continue;
    const globalDefault = decl.kind === 'arg' && decl.value === undefined ? globals.get(decl.name) : undefined;
    scope.set(decl.name, { name: decl.name, declaration: decl, value: decl.value ?? globalDefault?.value, globalDefault });
  }
  return scope;
}

/**
 * What `$name` means at `instruction` (variablesInScope's answer for one name, plus the
 * predefined args where they are visible), without building the whole scope: the instruction's stage is searched backwards from the instruction, so a hover at the end
 * of a stage with thousands of ENV lines stays far under a millisecond. Same rules: an ENV (of the
 * stage before the instruction, else inherited from the stages it is built FROM) wins over an ARG;
 * an `ARG NAME` without default takes the global default; FROM lines see the global ARGs declared
 * before them and the predefined args.
 */
export function lookupVariable(model: DockerfileModel, instruction: Instruction, name: string): ResolvedVariable | undefined {
  const line = instruction.startLine;
  const stage = model.stageOf(instruction);
  if (!stage || stage.from === instruction) {
    for (let i = model.globalArgs.length - 1; i >= 0; i--) {
      const decl = model.globalArgs[i];
      if (decl.name === name && decl.instruction.startLine < line) return { name, declaration: decl, value: decl.value, globalDefault: undefined };
    }
    return isPredefinedArg(name) ? { name, declaration: undefined, value: undefined, globalDefault: undefined } : undefined;
  }
  const declarations = stage.declarations;
  const low = lowerBound(declarations.length, (i) => declarations[i].instruction.startLine >= line);
  let arg: VariableDecl | undefined;
  for (let i = low - 1; i >= 0; i--) {
    const decl = declarations[i];
    if (decl.name !== name) continue;
    if (decl.kind === 'env') return { name, declaration: decl, value: decl.value, globalDefault: undefined };
    arg ??= decl;
  }
  const inherited = inheritedEnv(model, stage, name);
  if (inherited) return { name, declaration: inherited, value: inherited.value, globalDefault: undefined };
  if (!arg) return undefined;
  const globalDefault = arg.value === undefined ? lastGlobal(model, name) : undefined;
  return { name, declaration: arg, value: arg.value ?? globalDefault?.value, globalDefault };
}

/** The last ENV of that name in the stages this one is built FROM, nearest parent first. */
function inheritedEnv(model: DockerfileModel, stage: Stage, name: string): VariableDecl | undefined {
  const seen = new Set<Stage>([stage]);
  let current = stage;
  for (;;) {
    const parent = model.findStage(current.base);
    if (!parent || parent.index >= current.index || seen.has(parent)) return undefined;
    seen.add(parent);
    for (let i = parent.declarations.length - 1; i >= 0; i--) {
      const decl = parent.declarations[i];
      if (decl.kind === 'env' && decl.name === name) return decl;
    }
    current = parent;
  }
}

function globalDefaults(model: DockerfileModel): Map<string, VariableDecl> {
  const map = new Map<string, VariableDecl>();
  for (const decl of model.globalArgs) map.set(decl.name, decl);
  return map;
}

/** The ENV of the stages this one is built FROM, nearest last (so it wins). */
function inheritedEnvDecls(model: DockerfileModel, stage: Stage, seen: Set<Stage>): VariableDecl[] {
  const parent = model.findStage(stage.base);
  if (!parent || parent.index >= stage.index || seen.has(parent)) return [];
  seen.add(parent);
  return [...inheritedEnvDecls(model, parent, seen), ...parent.declarations.filter((d) => d.kind === 'env')];
}

/** The last global ARG of that name (the one whose default an `ARG NAME` in a stage takes). */
export function lastGlobal(model: DockerfileModel, name: string): VariableDecl | undefined {
  for (let i = model.globalArgs.length - 1; i >= 0; i--) if (model.globalArgs[i].name === name) return model.globalArgs[i];
  return undefined;
}
