import { DockerfileModel } from '../../model/model';
import { Instruction, Range } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule, TextEdit } from '../rule';

/** BuildKit: a stage name (`FROM image AS name`) should be lowercase. */
export const stageNameCasing: Rule = {
  id: 'StageNameCasing',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'Stage names should be lowercase.', zh: '构建阶段名称应使用小写。' },
  messages: {
    casing: { en: "Stage name '{0}' should be lowercase", zh: '构建阶段名称“{0}”应使用小写' },
    lowercase: { en: "Rename the stage to '{0}' everywhere", zh: '将该阶段在各处重命名为“{0}”' },
  },
  // The fixes rename the references in other instructions: only a run that found nothing is kept.
  fromsOnly: 'whenNone',
  check({ model }) {
    let findings: Finding[] | undefined;
    // Index loop: this runs on every FROM of the file in a fresh process.
    const stages = model.stages;
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      // BuildKit only looks at the exact form `FROM image AS name`.
      if (!stage.name || stage.from.words.length !== 3) continue;
      const lower = stage.name.toLowerCase();
      if (lower === stage.name) continue;
      // The range is made when asked for: read only to report.
      const range = stage.nameRange;
      if (!range) continue;
      const edits: TextEdit[] = [{ range, newText: lower }, ...referenceEdits(model, stage.name, lower, stage.index)];
      (findings ??= []).push({ range, message: 'casing', args: [stage.name], fixes: [{ title: 'lowercase', args: [lower], edits }] });
    }
    return findings ?? NOTHING_FOUND;
  },
};

/** Edits that rename the references to a stage: later FROM lines, COPY/ADD --from, RUN --mount from=. */
function referenceEdits(model: DockerfileModel, name: string, newName: string, index: number): TextEdit[] {
  const key = name.toLowerCase();
  const edits: TextEdit[] = [];
  for (const stage of model.stages) {
    if (stage.index <= index) continue;
    if (stage.base.toLowerCase() === key && stage.baseRange) edits.push({ range: stage.baseRange, newText: newName });
  }
  for (const instruction of model.syntax.instructions) {
    const checked: Instruction = instruction.inner ?? instruction;
    for (const flag of checked.flags) {
      if (!flag.valueRange || flag.value === undefined || flag.valueRange.start.line !== flag.valueRange.end.line) continue;
      if (flag.name === 'from' && (checked.name === 'COPY' || checked.name === 'ADD') && flag.value.toLowerCase() === key) {
        edits.push({ range: flag.valueRange, newText: newName });
      } else if (flag.name === 'mount' && checked.name === 'RUN') {
        edits.push(...mountFromEdits(flag.valueRange, flag.value, key, newName));
      }
    }
  }
  return edits;
}

const MOUNT_FROM = /(^|,)(from=)([^,]*)/gi;

function mountFromEdits(valueRange: Range, value: string, key: string, newName: string): TextEdit[] {
  // Only when the value is written as is (no quotes or escapes), so offsets match the text.
  if (valueRange.end.character - valueRange.start.character !== value.length) return [];
  const edits: TextEdit[] = [];
  for (const match of value.matchAll(MOUNT_FROM)) {
    if (match[3].toLowerCase() !== key) continue;
    const start = valueRange.start.character + (match.index ?? 0) + match[1].length + match[2].length;
    const line = valueRange.start.line;
    edits.push({ range: { start: { line, character: start }, end: { line, character: start + match[3].length } }, newText: newName });
  }
  return edits;
}
