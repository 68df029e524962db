import { keyValues } from '../../parser/keyValues';
import { Finding, NOTHING_IN_STAGE, Rule, stageCheck } from '../rule';

// BuildKit's patterns: a secret-looking token as the whole name or as its first or last
// `_`-separated part, unless a `public` part says otherwise. Case-insensitive.
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const PUBLIC = /(?:_|^)public(?:_|$)/i;

/**
 * BuildKit: ARG and ENV values end up in the image (ENV) or its history (ARG); secrets belong in
 * `RUN --mount=type=secret`. BuildKit checks the ARG and ENV instructions of the stages.
 */
export const secretsUsedInArgOrEnv: Rule = {
  id: 'SecretsUsedInArgOrEnv',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'Sensitive data should not be used in the ARG or ENV commands.', zh: '不应在 ARG 或 ENV 指令中使用敏感数据。' },
  messages: {
    secret: { en: 'Do not use ARG or ENV instructions for sensitive data ({0} "{1}")', zh: '不要在 ARG 或 ENV 指令中存放敏感数据（{0} “{1}”）' },
  },
  stages: stageCheck({
    prepare: () => undefined,
    check(stage) {
      let findings: Finding[] | undefined;
      // Index loops: this runs on every instruction of the file in a fresh process.
      const instructions = stage.instructions;
      for (let i = 0; i < instructions.length; i++) {
        const instruction = instructions[i];
        if (instruction.name !== 'ARG' && instruction.name !== 'ENV') continue;
        const pairs = keyValues(instruction).pairs;
        for (let p = 0; p < pairs.length; p++) {
          const pair = pairs[p];
          if (SECRET.test(pair.key) && !PUBLIC.test(pair.key)) (findings ??= []).push({ range: pair.keyRange, message: 'secret', args: [instruction.name, pair.key] });
        }
      }
      return findings ? { findings } : NOTHING_IN_STAGE;
    },
  }),
};
