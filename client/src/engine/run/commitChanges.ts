import { parseDockerfile } from '../../../../server/src/parser/parser';
import { invalidExposePort } from '../../../../server/src/rules/errors/invalidExposePort';
import { invalidJsonForm } from '../../../../server/src/rules/errors/invalidJsonForm';
import { invalidKeyValue } from '../../../../server/src/rules/errors/invalidKeyValue';
import { missingArguments } from '../../../../server/src/rules/errors/missingArguments';
import { Rule, RuleContext } from '../../../../server/src/rules/rule';
import { plainTranslate, Translate } from './fields';

/** The instructions `docker commit --change` applies (the engine accepts a few more; Berth offers these). */
export const COMMIT_INSTRUCTIONS: readonly string[] = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'LABEL', 'USER', 'WORKDIR', 'VOLUME'];

/** Berth's own Dockerfile error rules that apply to a single instruction of those kinds. */
const RULES: readonly Rule[] = [missingArguments, invalidJsonForm, invalidExposePort, invalidKeyValue];

export interface ChangeProblem {
  /** 1-based, among the changes given. */
  line: number;
  reason: string;
}

/**
 * Checks one `--change` line with Berth's Dockerfile parser and its error rules: one instruction
 * of the kinds commit applies, with arguments `docker build` would accept. Undefined when fine.
 * `language` picks the rules' message language.
 */
export function checkCommitChange(text: string, t: Translate = plainTranslate, language: 'en' | 'zh' = 'en'): string | undefined {
  if (text.trim() === '') return t('Write one instruction, e.g. CMD ["sh"] or ENV KEY=value.');
  const syntax = parseDockerfile(text);
  if (syntax.instructions.length !== 1) return t('Write exactly one instruction.');
  const instruction = syntax.instructions[0];
  if (instruction.range.end.line > 0) return t('Write the instruction on one line.');
  if (!COMMIT_INSTRUCTIONS.includes(instruction.name)) {
    return t("'{0}' cannot be applied by a commit; use one of {1}.", instruction.keyword, COMMIT_INSTRUCTIONS.join(', '));
  }
  for (const rule of RULES) {
    const finding = rule.checkInstruction?.(instruction, undefined as unknown as RuleContext)[0];
    if (finding) {
      const message = rule.messages[finding.message]?.[language] ?? finding.message;
      return message.replace(/\{(\d+)\}/g, (_, i: string) => finding.args?.[Number(i)] ?? '');
    }
  }
  return undefined;
}

/** Checks every change; the problems name the line (1-based) and the reason. */
export function checkCommitChanges(lines: readonly string[], t: Translate = plainTranslate, language: 'en' | 'zh' = 'en'): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  lines.forEach((line, i) => {
    const reason = checkCommitChange(line, t, language);
    if (reason) problems.push({ line: i + 1, reason });
  });
  return problems;
}
