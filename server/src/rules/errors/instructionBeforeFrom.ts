import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { INSTRUCTIONS } from './unknownInstruction';

const KNOWN: ReadonlySet<string> = new Set(INSTRUCTIONS);

/**
 * Only ARG may come before the first FROM ("no build stage in current context"), and a Dockerfile
 * needs at least one FROM ("dockerfile contains no stages to build").
 */
export const instructionBeforeFrom: Rule = {
  id: 'InstructionBeforeFrom',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'An instruction other than ARG comes before the first FROM, or there is no FROM at all.',
    zh: '第一个 FROM 之前出现了 ARG 以外的指令，或者根本没有 FROM。',
  },
  messages: {
    beforeFrom: {
      en: "{0} cannot come before the first FROM: there is no build stage yet (only ARG may).",
      zh: '{0} 不能出现在第一个 FROM 之前：此时还没有构建阶段（只有 ARG 可以）。',
    },
    noFrom: {
      en: 'The Dockerfile has no FROM instruction, so there is no stage to build.',
      zh: 'Dockerfile 中没有 FROM 指令，因此没有可构建的阶段。',
    },
  },
  fromsOnly: true,
  check({ model }) {
    let findings: Finding[] | undefined;
    for (const instruction of model.preamble) {
      // Unknown keywords are UnknownInstruction's; BuildKit stops there first.
      if (instruction.name === 'ARG' || instruction.keyword === '' || !KNOWN.has(instruction.name)) continue;
      (findings ??= []).push({ range: instruction.keywordRange, message: 'beforeFrom', args: [instruction.keyword] });
    }
    if (model.stages.length === 0 && !findings) {
      const first = model.preamble.find((i) => i.name === 'ARG');
      if (first) return [{ range: first.keywordRange, message: 'noFrom' }];
    }
    return findings ?? NOTHING_FOUND;
  },
};
