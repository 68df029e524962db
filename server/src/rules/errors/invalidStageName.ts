import { Finding, Rule } from '../rule';
import { fields } from './args';

/** BuildKit's stage-name pattern, applied to the lower-cased name. */
const VALID_STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;

/** `FROM image AS name` where the name is missing or not one BuildKit accepts. */
export const invalidStageName: Rule = {
  id: 'InvalidStageName',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'A build stage name is missing after AS, or is not a valid stage name.',
    zh: 'AS 后面缺少构建阶段名称，或阶段名称无效。',
  },
  messages: {
    invalid: {
      en: "Invalid stage name '{0}': it must start with a letter and contain only letters, digits, '-', '_' and '.'.",
      zh: '阶段名称“{0}”无效：必须以字母开头，且只能包含字母、数字、“-”、“_”和“.”。',
    },
    missing: { en: '{0} must be followed by a stage name.', zh: '{0} 后面必须跟一个阶段名称。' },
  },
  checkInstruction(instruction) {
    const findings: Finding[] = [];
    if (instruction.name !== 'FROM') return findings;
    const args = fields(instruction);
    if (args.length < 2 || args.length > 3 || args[1].text.toLowerCase() !== 'as') return findings;
    if (args.length === 2) findings.push({ range: args[1].range, message: 'missing', args: [args[1].text] });
    else if (!VALID_STAGE_NAME.test(args[2].text.toLowerCase())) findings.push({ range: args[2].range, message: 'invalid', args: [args[2].text] });
    return findings;
  },
};
