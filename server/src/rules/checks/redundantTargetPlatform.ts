import { Finding, NOTHING_FOUND, Rule } from '../rule';

const TARGET_PLATFORM = /^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/;

/** BuildKit: `FROM --platform=$TARGETPLATFORM` says what FROM does anyway. */
export const redundantTargetPlatform: Rule = {
  id: 'RedundantTargetPlatform',
  kind: 'check',
  defaultSeverity: 'warning',
  description: {
    en: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior.',
    zh: '在 FROM 中将平台设为预定义的 $TARGETPLATFORM 是多余的，因为这本来就是默认行为。',
  },
  messages: {
    redundant: { en: 'Setting platform to predefined {0} in FROM is redundant as this is the default behavior', zh: '在 FROM 中将平台设为预定义的 {0} 是多余的，因为这本来就是默认行为' },
    remove: { en: 'Remove the --platform flag', zh: '删除 --platform 参数' },
  },
  fromsOnly: true,
  check({ model }) {
    let findings: Finding[] | undefined;
    // Index loops: this runs on every FROM of the file in a fresh process.
    const globalArgs = model.globalArgs;
    for (let a = 0; a < globalArgs.length; a++) if (globalArgs[a].name === 'TARGETPLATFORM' && globalArgs[a].value !== undefined) return NOTHING_FOUND;
    const stages = model.stages;
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      const flag = stage.platform;
      if (!flag?.value || !TARGET_PLATFORM.test(flag.value)) continue;
      const next = stage.from.flags[stage.from.flags.indexOf(flag) + 1]?.range.start ?? stage.from.rest.range.start;
      (findings ??= []).push({ range: flag.range, message: 'redundant', args: [flag.value], fixes: [{ title: 'remove', edits: [{ range: { start: flag.range.start, end: next }, newText: '' }] }] });
    }
    return findings ?? NOTHING_FOUND;
  },
};
