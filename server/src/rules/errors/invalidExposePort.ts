import { unquote } from '../../parser/keyValues';
import { Finding, Rule } from '../rule';
import { fields } from './args';

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
    const findings: Finding[] = [];
    if (instruction.name !== 'EXPOSE') return findings;
    for (const word of fields(instruction)) {
      if (word.text.includes('$')) continue;
      const problem = checkPortSpec(unquote(word.text));
      if (problem) findings.push({ range: word.range, message: problem.message, args: [problem.arg] });
    }
    return findings;
  },
};

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
