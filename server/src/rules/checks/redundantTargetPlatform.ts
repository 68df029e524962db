import { Finding, Rule } from '../rule';

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
    const findings: Finding[] = [];
    const redefined = model.globalArgs.some((a) => a.name === 'TARGETPLATFORM' && a.value !== undefined);
    if (redefined) return findings;
    for (const stage of model.stages) {
      const flag = stage.platform;
      if (!flag?.value || !TARGET_PLATFORM.test(flag.value)) continue;
      const next = stage.from.flags[stage.from.flags.indexOf(flag) + 1]?.range.start ?? stage.from.rest.range.start;
      findings.push({ range: flag.range, message: 'redundant', args: [flag.value], fixes: [{ title: 'remove', edits: [{ range: { start: flag.range.start, end: next }, newText: '' }] }] });
    }
    return findings;
  },
};
