import { Finding, NOTHING_FOUND, Rule } from '../rule';

/** Names BuildKit gives a meaning of its own: `scratch` (the empty image) and `context`. */
const RESERVED: ReadonlySet<string> = new Set(['scratch', 'context']);

/** BuildKit: a stage should not be named `scratch` or `context`. */
export const reservedStageName: Rule = {
  id: 'ReservedStageName',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'Reserved words should not be used as stage names.', zh: '不应使用保留字作为构建阶段名称。' },
  messages: {
    reserved: { en: 'Stage name should not use the same name as reserved stage "{0}"', zh: '构建阶段名称不应与保留阶段“{0}”同名' },
  },
  fromsOnly: true,
  check({ model }) {
    let findings: Finding[] | undefined;
    // Index loop: this runs on every FROM of the file in a fresh process.
    const stages = model.stages;
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      if (!stage.name) continue;
      const name = stage.name.toLowerCase();
      // The range is made when asked for: read only to report.
      const range = RESERVED.has(name) ? stage.nameRange : undefined;
      if (range) (findings ??= []).push({ range, message: 'reserved', args: [name] });
    }
    return findings ?? NOTHING_FOUND;
  },
};
