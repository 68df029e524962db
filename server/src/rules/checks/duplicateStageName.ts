import { Finding, Rule } from '../rule';

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
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      const key = stage.name.toLowerCase();
      if (seen.has(key)) findings.push({ range: stage.nameRange, message: 'duplicate', args: [key] });
      seen.add(key);
    }
    return findings;
  },
};
