import { Finding, NOTHING_FOUND, Rule } from '../rule';

/** BuildKit: two stages should not have the same name (names are case-insensitive). */
export const duplicateStageName: Rule = {
  id: 'DuplicateStageName',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'Stage names should be unique.', zh: '构建阶段名称应唯一。' },
  messages: {
    duplicate: { en: 'Duplicate stage name "{0}", stage names should be unique', zh: '构建阶段名称“{0}”重复，阶段名称应唯一' },
  },
  fromsOnly: true,
  check({ model }) {
    let seen: Set<string> | undefined;
    let findings: Finding[] | undefined;
    // Index loop: this runs on every FROM of the file in a fresh process.
    const stages = model.stages;
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      // A stage with a name has its range (both come from the word after AS); the range is made
      // when asked for, so it is read only to report.
      if (!stage.name) continue;
      const key = stage.name.toLowerCase();
      const range = seen?.has(key) ? stage.nameRange : undefined;
      if (range) (findings ??= []).push({ range, message: 'duplicate', args: [key] });
      (seen ??= new Set<string>()).add(key);
    }
    return findings ?? NOTHING_FOUND;
  },
};
