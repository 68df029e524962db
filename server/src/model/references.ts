import { Range } from '../parser/syntax';
import { DockerfileModel, Stage } from './model';

/** A place where one stage names another (or an image): FROM, COPY --from, RUN --mount from=. */
export interface StageReference {
  kind: 'from' | 'copy' | 'mount';
  /** As written. */
  text: string;
  range: Range;
  /** The stage it names, when it names one defined earlier or at this point; else an image. */
  stage: Stage | undefined;
  /** The stage the reference is in. */
  in: Stage;
}

export function stageReferences(model: DockerfileModel): StageReference[] {
  const references: StageReference[] = [];
  for (const stage of model.stages) {
    if (stage.baseRange) references.push({ kind: 'from', text: stage.base, range: stage.baseRange, stage: model.findStage(stage.base), in: stage });
    for (const instruction of stage.instructions) {
      const checked = instruction.inner ?? instruction;
      for (const flag of checked.flags) {
        if (flag.name === 'from' && (checked.name === 'COPY' || checked.name === 'ADD') && flag.value !== undefined && flag.valueRange) {
          references.push({ kind: 'copy', text: flag.value, range: flag.valueRange, stage: model.findStage(flag.value), in: stage });
        }
        if (flag.name === 'mount' && checked.name === 'RUN' && flag.value !== undefined && flag.valueRange) {
          const from = mountFrom(flag.value, flag.valueRange);
          if (from) references.push({ kind: 'mount', ...from, stage: model.findStage(from.text), in: stage });
        }
      }
    }
  }
  return references;
}

/** The `from=` of a --mount value, with its range when the value sits on one line. */
function mountFrom(value: string, valueRange: Range): { text: string; range: Range } | undefined {
  let offset = 0;
  for (const field of value.split(',')) {
    const [key, ...rest] = field.split('=');
    if (key.trim().toLowerCase() === 'from' && rest.length > 0) {
      const text = rest.join('=');
      const start = offset + key.length + 1;
      const range =
        valueRange.start.line === valueRange.end.line
          ? { start: { line: valueRange.start.line, character: valueRange.start.character + start }, end: { line: valueRange.start.line, character: valueRange.start.character + start + text.length } }
          : valueRange;
      return { text, range };
    }
    offset += field.length + 1;
  }
  return undefined;
}
