import { Finding, NOTHING_FOUND, Rule } from '../rule';

/** What the predefined platform args hold on a default (linux/amd64) build. */
const PLATFORM_DEFAULTS: Record<string, string> = {
  TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETARCH: 'amd64', TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64', BUILDOS: 'linux', BUILDARCH: 'amd64', BUILDVARIANT: '',
};

// Docker's reference grammar (distribution/reference): [domain/]path[:tag][@digest].
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);

/** Whether a name is a reference Docker can parse (after the lowercase domain rule). */
export function isValidReference(name: string): boolean {
  if (name.length === 0 || name.length > 255 + 128) return false;
  if (!REFERENCE.test(name)) return false;
  // Only a domain (with a dot, a colon or `localhost`) may hold upper-case letters.
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  const isDomain = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  const path = isDomain ? name.slice(slash + 1) : name;
  const pathOnly = path.replace(/[:@].*$/, '');
  return pathOnly === pathOnly.toLowerCase();
}

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`
 * the way BuildKit does; undefined for anything it cannot follow (quotes, other modifiers).
 */
export function expandSimple(text: string, env: ReadonlyMap<string, string>): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '\\' || ch === '`') return undefined;
    if (ch !== '$') {
      out += ch;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) return undefined;
      const body = text.slice(i + 2, close);
      const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/.exec(body);
      if (!match || (match[3] ?? '').includes('$')) return undefined;
      const [, name, modifier, word = ''] = match;
      const value = env.get(name);
      const unset = value === undefined || (modifier?.startsWith(':') && value === '');
      if (modifier === undefined) out += value ?? '';
      else if (modifier.endsWith('-')) out += unset ? word : value;
      else out += unset ? '' : word;
      i = close;
      continue;
    }
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
    if (!match) {
      out += ch;
      continue;
    }
    out += env.get(match[0]) ?? '';
    i += match[0].length;
  }
  return out;
}

/**
 * BuildKit: with only the defaults of the ARGs before the first FROM (no --build-arg), the base
 * image name of a FROM must still be valid; otherwise a build without build args fails.
 */
export const invalidDefaultArgInFrom: Rule = {
  id: 'InvalidDefaultArgInFrom',
  kind: 'check',
  defaultSeverity: 'warning',
  description: {
    en: 'Default value for global ARG results in an empty or invalid base image name.',
    zh: '全局 ARG 的默认值会导致基础镜像名称为空或无效。',
  },
  messages: {
    invalid: { en: 'Default value for ARG {0} results in empty or invalid base image name', zh: 'ARG 的默认值使 {0} 成为空的或无效的基础镜像名称' },
  },
  fromsOnly: true,
  check({ model }) {
    // Most FROM name no variable: the defaults are only worked out when one does (index loops:
    // this runs on every FROM of the file in a fresh process).
    const stages = model.stages;
    let first = 0;
    while (first < stages.length && !(stages[first].base.includes('$') && stages[first].baseRange)) first++;
    if (first === stages.length) return NOTHING_FOUND;
    const env = new Map<string, string>(Object.entries(PLATFORM_DEFAULTS));
    for (const arg of model.globalArgs) {
      if (arg.value === undefined) continue;
      const value = expandSimple(arg.value, env);
      if (value === undefined) return NOTHING_FOUND;
      env.set(arg.name, value);
    }
    let findings: Finding[] | undefined;
    for (let s = first; s < stages.length; s++) {
      const stage = stages[s];
      // The range is made when asked for: read only where it counts.
      const range = stage.base.includes('$') ? stage.baseRange : undefined;
      if (!range) continue;
      const expanded = expandSimple(stage.base, env);
      if (expanded === undefined || isValidReference(expanded)) continue;
      (findings ??= []).push({ range, message: 'invalid', args: [stage.base] });
    }
    return findings ?? NOTHING_FOUND;
  },
};
