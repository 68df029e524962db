import { Rule } from '../rule';
import { checkChoice } from './choices';

export const NETWORK_MODES = ['default', 'none', 'host'] as const;

/** `docker build` fails with "invalid network mode" on any other `RUN --network` value. */
export const invalidNetworkFlag: Rule = {
  id: 'InvalidNetworkFlag',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'RUN --network is not one of default, none or host.', zh: 'RUN --network 的值不是 default、none 或 host 之一。' },
  messages: {
    invalid: { en: "'{0}' is not a network mode for RUN --network: use one of {1}.", zh: '“{0}”不是 RUN --network 支持的网络模式，请使用 {1} 之一。' },
    suggestion: { en: "'{0}' is not a network mode for RUN --network: use one of {1}. Did you mean '{2}'?", zh: '“{0}”不是 RUN --network 支持的网络模式，请使用 {1} 之一。您是想用“{2}”吗？' },
    replace: { en: "Change to '{0}'", zh: '改为“{0}”' },
  },
  appliesTo: ['RUN'],
  checkInstruction(target) {
    return checkChoice(target, 'RUN', 'network', NETWORK_MODES);
  },
};
