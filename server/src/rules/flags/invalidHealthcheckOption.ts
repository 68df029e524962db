import { Flag, Instruction, Range } from '../../parser/syntax';
import { Rule } from '../rule';
import { checkWithInner, Found, isHealthcheckNone } from './flagSpecs';

const DURATION_FLAGS = new Set(['interval', 'timeout', 'start-period', 'start-interval']);
// Go's time.ParseDuration units, in nanoseconds.
const UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const SEGMENT = /^(\d*)(?:\.(\d*))?([^\d.]+)/;
const MAX_DURATION = 9223372036854775807; // nanoseconds
const INT = /^[+-]?\d+$/;

/**
 * HEALTHCHECK options as BuildKit parses them (they are never expanded): durations in Go syntax
 * (`30s`, `1m30s`), zero or at least 1ms; `--retries` a non-negative 32-bit integer; and
 * `HEALTHCHECK NONE` with nothing after it.
 */
export const invalidHealthcheckOption: Rule = {
  id: 'InvalidHealthcheckOption',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'A HEALTHCHECK option is not a valid duration or count, or HEALTHCHECK NONE has arguments.', zh: 'HEALTHCHECK 的选项不是有效的时长或次数，或者 HEALTHCHECK NONE 带有参数。' },
  messages: {
    duration: { en: "'{1}' is not a duration for --{0}: write a number with a unit, such as 30s, 1m30s or 500ms.", zh: '“{1}”不是 --{0} 的有效时长，应写成带单位的数字，例如 30s、1m30s 或 500ms。' },
    tooShort: { en: '--{0} must be 0 or at least 1ms, not {1}.', zh: '--{0} 必须为 0 或不小于 1ms，而不是 {1}。' },
    retries: { en: "'{0}' is not a number of retries: write a whole number such as 3.", zh: '“{0}”不是有效的重试次数，应写成整数，例如 3。' },
    negativeRetries: { en: '--retries cannot be negative ({0}).', zh: '--retries 不能为负数（{0}）。' },
    noneArgs: { en: 'HEALTHCHECK NONE takes no arguments.', zh: 'HEALTHCHECK NONE 不接受任何参数。' },
  },
  appliesTo: ['HEALTHCHECK'],
  checkInstruction(target) {
    return checkWithInner(target, checkHealthcheck);
  },
};

function checkHealthcheck(instruction: Instruction, findings: Found): Found {
  if (instruction.name !== 'HEALTHCHECK') return findings;
  if (isHealthcheckNone(instruction)) {
    const [, first, ...more] = instruction.words;
    if (first) (findings ??= []).push({ range: { start: first.range.start, end: (more[more.length - 1] ?? first).range.end }, message: 'noneArgs' });
    return findings;
  }
  const flags = instruction.flags;
  // An index loop: in cold code, for...of allocates an iterator result per step.
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag.value === undefined || flag.value === '') continue;
    if (DURATION_FLAGS.has(flag.name)) {
      const nanos = parseGoDuration(flag.value);
      if (nanos === undefined) (findings ??= []).push({ range: valueRangeOf(flag), message: 'duration', args: [flag.name, flag.value] });
      else if (nanos !== 0 && nanos < 1e6) (findings ??= []).push({ range: valueRangeOf(flag), message: 'tooShort', args: [flag.name, flag.value] });
    } else if (flag.name === 'retries') {
      if (!INT.test(flag.value) || Number(flag.value) > 2147483647 || Number(flag.value) < -2147483648) (findings ??= []).push({ range: valueRangeOf(flag), message: 'retries', args: [flag.value] });
      else if (Number(flag.value) < 0) (findings ??= []).push({ range: valueRangeOf(flag), message: 'negativeRetries', args: [flag.value] });
    }
  }
  return findings;
}

/** Where a finding on the flag's value goes (a flag's ranges are made each time they are read). */
function valueRangeOf(flag: Flag): Range {
  return flag.valueRange ?? flag.range;
}

/** Go's time.ParseDuration: nanoseconds, or undefined when Go rejects the text. */
export function parseGoDuration(text: string): number | undefined {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  let total = 0;
  while (rest !== '') {
    const match = SEGMENT.exec(rest);
    if (!match) return undefined;
    const [whole, integer, fraction, unit] = match;
    if (integer === '' && (fraction === undefined || fraction === '')) return undefined;
    const scale = UNITS[unit];
    if (scale === undefined) return undefined;
    total += Number(`${integer || '0'}.${fraction || '0'}`) * scale;
    if (total > MAX_DURATION) return undefined;
    rest = rest.slice(whole.length);
  }
  return sign * total;
}
