import { Finding, NOTHING_FOUND, Rule } from '../rule';

/** `os[/arch[/variant]]` with the characters BuildKit's platform parser accepts. */
const PLATFORM = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+){0,2}$/;

/**
 * BuildKit: `FROM --platform=linux/amd64` pins the stage to one platform, so a multi-platform
 * build cannot build it for the others. BuildKit lets it pass when the stage name mentions the
 * OS or the architecture (`AS build-amd64`): the pinning is then clearly on purpose.
 */
export const fromPlatformFlagConstDisallowed: Rule = {
  id: 'FromPlatformFlagConstDisallowed',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: 'FROM --platform flag should not use a constant value.', zh: 'FROM 的 --platform 参数不应使用常量值。' },
  messages: {
    constant: { en: 'FROM --platform flag should not use constant value "{0}"', zh: 'FROM 的 --platform 参数不应使用常量值“{0}”' },
  },
  fromsOnly: true,
  check({ model }) {
    let findings: Finding[] | undefined;
    // Index loop: this runs on every FROM of the file in a fresh process.
    const stages = model.stages;
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      const flag = stage.platform;
      if (!flag?.value || flag.value.includes('$') || !PLATFORM.test(flag.value)) continue;
      const [os, arch] = flag.value.toLowerCase().split('/');
      const name = (stage.name ?? '').toLowerCase();
      if (name.includes(os) || (arch !== undefined && name.includes(arch))) continue;
      (findings ??= []).push({ range: flag.range, message: 'constant', args: [flag.value] });
    }
    return findings ?? NOTHING_FOUND;
  },
};
