import { closest } from '../suggest';
import { PREDEFINED_ARGS } from '../../model/model';
import { VariableRef } from '../../parser/syntax';
import { Finding, Rule } from '../rule';
import { variablesIn } from './common';

/**
 * BuildKit: FROM (its image and its --platform) can only use the ARGs declared before the first
 * FROM and the build's predefined args; any other name expands to nothing.
 */
export const undefinedArgInFrom: Rule = {
  id: 'UndefinedArgInFrom',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'FROM command must use declared ARGs.', zh: 'FROM 指令只能使用已声明的 ARG。' },
  messages: {
    undeclared: { en: "FROM argument '{0}' is not declared", zh: 'FROM 参数“{0}”未声明' },
    suggestion: { en: "FROM argument '{0}' is not declared (did you mean {1}?)", zh: 'FROM 参数“{0}”未声明（您是想用 {1} 吗？）' },
    rename: { en: "Change to '{0}'", zh: '改为“{0}”' },
  },
  fromsOnly: true,
  check({ model }) {
    const declared = new Set<string>([...PREDEFINED_ARGS, ...model.globalArgs.map((a) => a.name)]);
    const findings: Finding[] = [];
    for (const stage of model.stages) {
      const refs: VariableRef[] = [];
      if (stage.baseRange) refs.push(...variablesIn(stage.from, stage.baseRange));
      if (stage.platform) refs.push(...variablesIn(stage.from, stage.platform.range));
      const reported = new Set<string>();
      for (const ref of refs) {
        if (declared.has(ref.name) || reported.has(ref.name)) continue;
        reported.add(ref.name);
        const suggestion = closest(ref.name, declared);
        findings.push(
          suggestion
            ? { range: ref.nameRange, message: 'suggestion', args: [ref.name, suggestion], fixes: [{ title: 'rename', args: [suggestion], edits: [{ range: ref.nameRange, newText: suggestion }] }] }
            : { range: ref.nameRange, message: 'undeclared', args: [ref.name] },
        );
      }
    }
    return findings;
  },
};
