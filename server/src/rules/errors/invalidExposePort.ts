import { unquote } from '../../parser/keyValues';
import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { fieldEnd, fields, skipBlanks } from './args';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
const DIGITS = /^\d+$/;

/** A port (0-65535) or a port range `start-end`; undefined when BuildKit would not parse it. */
function portRange(text: string): [number, number] | undefined {
  const parts = text.split('-');
  if (parts.length > 2 || !parts.every((p) => DIGITS.test(p))) return undefined;
  const [start, end] = parts.map((p) => Number(p));
  const last = end ?? start;
  if (start > 65535 || last > 65535 || last < start) return undefined;
  return [start, last];
}

/**
 * EXPOSE values that BuildKit cannot parse: `[[ip:]host:]port[-end][/protocol]` with ports up to
 * 65535, a range that does not run backwards, and tcp, udp or sctp (any case). Values with
 * variables are checked only at build time and skipped here.
 */
export const invalidExposePort: Rule = {
  id: 'InvalidExposePort',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'An EXPOSE value is not a port, port range or protocol that docker build accepts.',
    zh: 'EXPOSE 的值不是 docker build 接受的端口、端口范围或协议。',
  },
  messages: {
    protocol: {
      en: "Invalid protocol '{0}' in EXPOSE: use tcp, udp or sctp.",
      zh: 'EXPOSE 中的协议“{0}”无效：请使用 tcp、udp 或 sctp。',
    },
    port: {
      en: "Invalid port '{0}' in EXPOSE: use a number from 0 to 65535 or a range such as 8000-8010.",
      zh: 'EXPOSE 中的端口“{0}”无效：请使用 0 到 65535 之间的数字，或 8000-8010 这样的范围。',
    },
    noPort: { en: "No port given in '{0}'.", zh: '“{0}”中没有指定端口。' },
    ranges: {
      en: "The host and container port ranges in '{0}' have different sizes.",
      zh: '“{0}”中主机端口范围与容器端口范围的大小不一致。',
    },
  },
  appliesTo: ['EXPOSE'],
  checkInstruction(instruction) {
    if (instruction.name !== 'EXPOSE' || plainPorts(instruction.rest.text)) return NOTHING_FOUND;
    let findings: Finding[] | undefined;
    for (const word of fields(instruction)) {
      if (word.text.includes('$')) continue;
      const problem = checkPortSpec(unquote(word.text));
      if (problem) (findings ??= []).push({ range: word.range, message: problem.message, args: [problem.arg] });
    }
    return findings ?? NOTHING_FOUND;
  },
};

/**
 * Whether every field of EXPOSE's arguments is surely fine, scanned by char code without building
 * the fields: a field with a variable, or a plain `port[-end][/protocol]` such as `8080/tcp`.
 * Anything else (quotes, a host part, odd numbers) is checked in full.
 */
function plainPorts(text: string): boolean {
  for (let start = skipBlanks(text, 0); start < text.length; ) {
    const end = fieldEnd(text, start);
    if (!plainPort(text, start, end)) {
      const dollar = text.indexOf('$', start);
      if (dollar < 0 || dollar >= end) return false;
    }
    start = skipBlanks(text, end);
  }
  return true;
}

/** `port[-end][/tcp|udp|sctp]` (any case), ports of up to five ASCII digits and at most 65535, a range not backwards. */
function plainPort(text: string, start: number, end: number): boolean {
  let i = start;
  let first = 0;
  for (; i < end && i - start < 6 && isDigit(text.charCodeAt(i)); i++) first = first * 10 + text.charCodeAt(i) - 48;
  if (i === start || i - start > 5 || first > 65535) return false;
  if (i < end && text.charCodeAt(i) === 45 /* - */) {
    const from = ++i;
    let last = 0;
    for (; i < end && i - from < 6 && isDigit(text.charCodeAt(i)); i++) last = last * 10 + text.charCodeAt(i) - 48;
    if (i === from || i - from > 5 || last > 65535 || last < first) return false;
  }
  if (i === end) return true;
  if (text.charCodeAt(i) !== 47 /* / */) return false;
  // `code | 32` lower-cases an ASCII letter, and is a given lower-case letter for that letter only.
  const p = i + 1;
  if (end - p === 3) {
    const a = text.charCodeAt(p) | 32;
    const b = text.charCodeAt(p + 1) | 32;
    const c = text.charCodeAt(p + 2) | 32;
    return c === 112 && ((a === 116 && b === 99) || (a === 117 && b === 100)); // tcp, udp
  }
  return end - p === 4 && (text.charCodeAt(p) | 32) === 115 && (text.charCodeAt(p + 1) | 32) === 99 && (text.charCodeAt(p + 2) | 32) === 116 && (text.charCodeAt(p + 3) | 32) === 112; // sctp
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function checkPortSpec(spec: string): { message: string; arg: string } | undefined {
  const parts = spec.split(':');
  const container = parts[parts.length - 1];
  const host = parts.length >= 2 ? parts[parts.length - 2] : '';
  const slash = container.indexOf('/');
  const port = slash < 0 ? container : container.slice(0, slash);
  const protocol = port === '' ? '' : slash < 0 ? 'tcp' : container.slice(slash + 1) || 'tcp';
  if (!PROTOCOLS.has(protocol.toLowerCase())) {
    return port === '' ? { message: 'noPort', arg: spec } : { message: 'protocol', arg: protocol };
  }
  const containerRange = portRange(port);
  if (!containerRange) return { message: 'port', arg: port };
  if (host !== '') {
    const hostRange = portRange(host);
    if (!hostRange) return { message: 'port', arg: host };
    const containerSize = containerRange[1] - containerRange[0];
    if (containerSize !== hostRange[1] - hostRange[0] && containerSize !== 0) return { message: 'ranges', arg: spec };
  }
  return undefined;
}
