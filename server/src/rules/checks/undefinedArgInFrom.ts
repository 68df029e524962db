import { closest } from '../suggest';
import { PREDEFINED_ARGS } from '../../model/model';
import { Range, VariableRef } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { within } from './common';

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
    let declared: Set<string> | undefined;
    let findings: Finding[] | undefined;
    // Index loops: this runs on every FROM of the file in a fresh process.
    const stages = model.stages;
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      // Most FROM use no variable (a shared empty list): nothing to look at.
      const variables = stage.from.variables;
      if (variables.length === 0) continue;
      declared ??= new Set<string>([...PREDEFINED_ARGS, ...model.globalArgs.map((a) => a.name)]);
      // The image's references, then the platform's.
      let reported: Set<string> | undefined;
      for (let pass = 0; pass < 2; pass++) {
        const range: Range | undefined = pass === 0 ? stage.baseRange : stage.platform?.range;
        if (!range) continue;
        for (let v = 0; v < variables.length; v++) {
          const ref = variables[v];
          if (!within(ref.range, range) || declared.has(ref.name) || reported?.has(ref.name)) continue;
          (reported ??= new Set<string>()).add(ref.name);
          (findings ??= []).push(undeclared(ref, declared));
        }
      }
    }
    return findings ?? NOTHING_FOUND;
  },
};

function undeclared(ref: VariableRef, declared: ReadonlySet<string>): Finding {
  const suggestion = closest(ref.name, declared);
  return suggestion
    ? { range: ref.nameRange, message: 'suggestion', args: [ref.name, suggestion], fixes: [{ title: 'rename', args: [suggestion], edits: [{ range: ref.nameRange, newText: suggestion }] }] }
    : { range: ref.nameRange, message: 'undeclared', args: [ref.name] };
}
