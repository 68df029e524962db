import { lineOfBuildKitStep, lineOfClassicStep } from '../../../engine/build/progress';
import { BuildError } from '../../../engine/build/request';
import { BuildInfo } from '../../../../../server/src/protocol/buildInfo';

/**
 * The Dockerfile line (0-based) a failed build points at: the line BuildKit named, else the
 * failing step mapped through the language server's instruction lines (classic builder: every
 * instruction counts; BuildKit: the N-th instruction of the named stage).
 */
export function failingLine(error: BuildError, builder: 'classic' | 'buildkit', info: BuildInfo | undefined): number | undefined {
  if (error.dockerfileLine !== undefined) return error.dockerfileLine - 1;
  if (!error.step || !info) return undefined;
  if (builder === 'classic') return lineOfClassicStep(error.step.step, info.instructionLines);
  return lineOfBuildKitStep(error.step, info.stages.map((stage) => ({ name: stage.name ?? `stage-${stage.index}`, instructionLines: stage.instructionLines })));
}
