import { Instruction } from '../parser/syntax';
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

/** Platform args are in the global scope automatically; the other predefined ones too, as build args. */
function predefined(name: string): ResolvedVariable {
  return { name, declaration: undefined, value: undefined, globalDefault: undefined };
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
      if (decl.instruction.range.start.line < instruction.range.start.line) scope.set(decl.name, { name: decl.name, declaration: decl, value: decl.value, globalDefault: undefined });
    }
    return scope;
  }
  for (const decl of inheritedEnv(model, stage, new Set())) scope.set(decl.name, { name: decl.name, declaration: decl, value: decl.value, globalDefault: undefined });
  const line = instruction.range.start.line;
  for (const decl of stage.declarations) {
    if (decl.instruction.range.start.line >= line) break;
    const existing = scope.get(decl.name);
    if (decl.kind === 'arg' && existing?.declaration?.kind === 'env') continue;
    const globalDefault = decl.kind === 'arg' && decl.value === undefined ? globals.get(decl.name) : undefined;
    scope.set(decl.name, { name: decl.name, declaration: decl, value: decl.value ?? globalDefault?.value, globalDefault });
  }
  return scope;
}

/** What `$name` means at `instruction`, or undefined when nothing declares it. */
export function lookupVariable(model: DockerfileModel, instruction: Instruction, name: string): ResolvedVariable | undefined {
  const found = variablesInScope(model, instruction).get(name);
  if (found) return found;
  const stage = model.stageOf(instruction);
  // Predefined args are usable in FROM without declaring them; inside a stage they need `ARG NAME`.
  if (isPredefinedArg(name) && (!stage || stage.from === instruction)) return predefined(name);
  return undefined;
}

function globalDefaults(model: DockerfileModel): Map<string, VariableDecl> {
  const map = new Map<string, VariableDecl>();
  for (const decl of model.globalArgs) map.set(decl.name, decl);
  return map;
}

/** The ENV of the stages this one is built FROM, nearest last (so it wins). */
function inheritedEnv(model: DockerfileModel, stage: Stage, seen: Set<Stage>): VariableDecl[] {
  const parent = model.findStage(stage.base);
  if (!parent || parent.index >= stage.index || seen.has(parent)) return [];
  seen.add(parent);
  return [...inheritedEnv(model, parent, seen), ...parent.declarations.filter((d) => d.kind === 'env')];
}
