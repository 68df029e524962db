import { Flag, Instruction, Range } from '../../parser/syntax';
import { Finding, NOTHING_FOUND } from '../rule';

/**
 * How BuildKit reads a flag's value (instructions/bflag.go):
 * - `bool`: `--link` or `--link=true|false`;
 * - `string`: `--from=<value>`, once;
 * - `strings`: `--mount=<value>`, as often as wanted.
 */
export type FlagType = 'bool' | 'string' | 'strings';

/**
 * The flags each instruction accepts, as BuildKit's instructions/parse.go declares them before it
 * parses them. Labs-only flags (`RUN --device`) are accepted too, so that no labs Dockerfile gets a
 * false error.
 */
const FLAGS: Record<string, Record<string, FlagType>> = {
  FROM: { platform: 'string' },
  RUN: { mount: 'strings', network: 'string', security: 'string', device: 'strings' },
  COPY: { from: 'string', chown: 'string', chmod: 'string', link: 'bool', parents: 'bool', exclude: 'strings' },
  ADD: {
    chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'strings',
  },
  HEALTHCHECK: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
  // These parse their flags but declare none: any flag is an error.
  CMD: {}, ENTRYPOINT: {}, ENV: {}, EXPOSE: {}, LABEL: {}, MAINTAINER: {}, ONBUILD: {}, SHELL: {}, USER: {}, VOLUME: {}, WORKDIR: {},
  // ARG and STOPSIGNAL never parse their flags, and neither does HEALTHCHECK NONE: BuildKit ignores them.
};

/**
 * The flags BuildKit checks on this instruction, or undefined when it never looks at them
 * (ARG, STOPSIGNAL, HEALTHCHECK NONE, unknown instructions).
 */
export function acceptedFlags(instruction: Instruction): Readonly<Record<string, FlagType>> | undefined {
  if (instruction.name === 'HEALTHCHECK' && isHealthcheckNone(instruction)) return undefined;
  return Object.prototype.hasOwnProperty.call(FLAGS, instruction.name) ? FLAGS[instruction.name] : undefined;
}

export function isHealthcheckNone(instruction: Instruction): boolean {
  return instruction.words[0]?.text.toUpperCase() === 'NONE';
}

/** What a check of one instruction found so far: undefined until it finds something. */
export type Found = Finding[] | undefined;

/**
 * Runs `check` on the instruction, then on the one ONBUILD carries (whose flags fail the build of
 * the child image). Most instructions have nothing to report: then nothing is allocated (no
 * wrapper array, no findings list) and the shared NOTHING_FOUND is returned.
 */
export function checkWithInner(target: Instruction, check: (instruction: Instruction, findings: Found) => Found): Finding[] {
  let findings = check(target, undefined);
  if (target.inner) findings = check(target.inner, findings);
  return findings ?? NOTHING_FOUND;
}

/** A value BuildKit expands at build time: Berth cannot know what it will be. */
export function hasVariable(value: string): boolean {
  return value.includes('$');
}

/**
 * The range of `value.slice(start, end)` inside the flag's value. The value is stored unquoted, so
 * offsets map one to one only when the value sits on one line as written (no quotes, escapes or
 * continuations): otherwise the whole value range is the best we can say.
 */
export function valueSubRange(flag: Flag, start: number, end: number): Range {
  const whole = flag.valueRange ?? flag.range;
  const value = flag.value ?? '';
  if (whole.start.line !== whole.end.line || whole.end.character - whole.start.character !== value.length) return whole;
  const line = whole.start.line;
  const base = whole.start.character;
  return { start: { line, character: base + start }, end: { line, character: base + end } };
}

