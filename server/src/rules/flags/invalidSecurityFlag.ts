import { Rule } from '../rule';
import { checkChoice } from './choices';

export const SECURITY_MODES = ['sandbox', 'insecure'] as const;

/** `docker build` fails with "security ... is not valid" on any other `RUN --security` value. */
export const invalidSecurityFlag: Rule = {
  id: 'InvalidSecurityFlag',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'RUN --security is not sandbox or insecure.', zh: 'RUN --security 的值不是 sandbox 或 insecure。' },
  messages: {
    invalid: { en: "'{0}' is not a security mode for RUN --security: use one of {1}.", zh: '“{0}”不是 RUN --security 支持的安全模式，请使用 {1} 之一。' },
    suggestion: { en: "'{0}' is not a security mode for RUN --security: use one of {1}. Did you mean '{2}'?", zh: '“{0}”不是 RUN --security 支持的安全模式，请使用 {1} 之一。您是想用“{2}”吗？' },
    replace: { en: "Change to '{0}'", zh: '改为“{0}”' },
  },
  appliesTo: ['RUN'],
  checkInstruction(target) {
    return checkChoice(target, 'RUN', 'security', SECURITY_MODES);
  },
};
