import { BuildInfo, BuildKitOnlyUse } from '../protocol/buildInfo';
import { DockerfileModel } from '../model/model';
import { DockerfileSyntax, Instruction } from '../parser/syntax';

/** Flags that only BuildKit's Dockerfile frontend knows, by instruction. */
const BUILDKIT_FLAGS: Record<string, readonly string[]> = {
  RUN: ['mount', 'network', 'security'],
  COPY: ['link', 'chmod', 'parents', 'exclude'],
  ADD: ['link', 'chmod', 'checksum', 'keep-git-dir', 'parents', 'exclude'],
};

/** What a build of this Dockerfile needs: its ARGs and stages, and what only BuildKit supports. */
export function buildInfo(syntax: DockerfileSyntax, model: DockerfileModel): BuildInfo {
  const args: BuildInfo['args'] = [];
  const seen = new Set<string>();
  for (const arg of model.globalArgs) {
    if (seen.has(`:${arg.name}`)) continue;
    seen.add(`:${arg.name}`);
    args.push({ name: arg.name, defaultValue: arg.value, stage: undefined });
  }
  for (const stage of model.stages) {
    for (const decl of stage.declarations) {
      if (decl.kind !== 'arg') continue;
      // A stage's `ARG NAME` without a default re-declares a global ARG: ask once.
      if (seen.has(`:${decl.name}`) && decl.value === undefined) continue;
      const key = `${stage.index}:${decl.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      args.push({ name: decl.name, defaultValue: decl.value, stage: stage.name ?? String(stage.index) });
    }
  }

  const buildKitOnly: BuildKitOnlyUse[] = [];
  for (const directive of syntax.directives) {
    // The classic builder ignores the directive: the frontend it names is not used.
    if (directive.name.toLowerCase() === 'syntax') buildKitOnly.push({ feature: '# syntax=', line: directive.range.start.line });
  }
  const visit = (instruction: Instruction) => {
    if (instruction.heredocs.length > 0) buildKitOnly.push({ feature: `${instruction.name} <<heredoc`, line: instruction.range.start.line });
    for (const flag of instruction.flags) {
      if (BUILDKIT_FLAGS[instruction.name]?.includes(flag.name)) buildKitOnly.push({ feature: `${instruction.name} --${flag.name}`, line: flag.range.start.line });
    }
    if (instruction.inner) visit(instruction.inner);
  };
  syntax.instructions.forEach(visit);

  return {
    args,
    stages: model.stages.map((stage) => ({
      index: stage.index,
      name: stage.name,
      base: stage.base,
      instructionLines: [stage.from, ...stage.instructions].map((i) => i.range.start.line),
    })),
    instructionLines: syntax.instructions.map((i) => i.range.start.line),
    buildKitOnly,
  };
}
