/**
 * Checks of what users type into InputBoxes, as pure functions (unit-tested without VS Code).
 * Each returns undefined when the text is fine, else a message saying what is wrong.
 * The rules are Docker's own (distribution/reference, the daemon's name checks).
 */
import type { Translate } from '../../views/presenters/presentation';

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const OBJECT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export interface SplitReference {
  repository: string;
  /** `latest` when the text names none. */
  tag: string;
}

/** Splits `[host[:port]/]path[:tag]` at the tag's colon (not a registry port's). */
export function splitReference(text: string): SplitReference {
  const slash = text.lastIndexOf('/');
  const colon = text.lastIndexOf(':');
  if (colon > slash) return { repository: text.slice(0, colon), tag: text.slice(colon + 1) };
  return { repository: text, tag: 'latest' };
}

/** A name to tag an image with: `[registry[:port]/]path/of/repo[:tag]`, no digest. */
export function validateImageReference(text: string, t: Translate): string | undefined {
  const value = text.trim();
  if (!value) return t('Enter an image name, e.g. myapp:1.0 or registry.example.com:5000/team/app:latest.');
  if (/\s/.test(value)) return t('An image name cannot contain spaces.');
  if (value.includes('@')) return t('A tag cannot include a digest (@sha256:...).');
  const { repository, tag } = splitReference(value);
  if (value.endsWith(':')) return t('Enter a tag after the colon, or leave the colon out for latest.');
  if (!TAG.test(tag)) return t('Invalid tag "{0}": use letters, digits, _ . and -, starting with a letter, digit or _, at most 128 characters.', tag);
  if (repository.length > 255) return t('The repository name is longer than 255 characters.');
  const parts = repository.split('/');
  // As Docker reads it: the first part is a registry when it has a dot or a port, or is localhost.
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
    const registry = parts.shift()!;
    const [host, port, extra] = registry.split(':');
    if (extra !== undefined || !host.split('.').every((c) => DOMAIN_COMPONENT.test(c)) || (port !== undefined && !/^\d{1,5}$/.test(port))) {
      return t('Invalid registry "{0}": use a host name with an optional :port, e.g. localhost:5000.', registry);
    }
  }
  for (const part of parts) {
    if (!part) return t('The repository name has an empty part between slashes.');
    if (/[A-Z]/.test(part)) return t('Repository names must be lowercase: "{0}".', part);
    if (!PATH_COMPONENT.test(part)) return t('Invalid repository part "{0}": use lowercase letters and digits, separated by single . or _, double _, or dashes.', part);
  }
  return undefined;
}

/** A volume name as the daemon accepts it: `[a-zA-Z0-9][a-zA-Z0-9_.-]+`. */
export function validateVolumeName(text: string, t: Translate): string | undefined {
  const value = text.trim();
  if (!value) return t('Enter a name for the volume.');
  if (!OBJECT_NAME.test(value)) return t('Invalid name: at least two characters, letters, digits, _ . and -, starting with a letter or digit.');
  return undefined;
}

/** A network name: the same characters as a volume's; one character is allowed. */
export function validateNetworkName(text: string, t: Translate): string | undefined {
  const value = text.trim();
  if (!value) return t('Enter a name for the network.');
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(value)) return t('Invalid name: use letters, digits, _ . and -, starting with a letter or digit.');
  return undefined;
}

/** `key=value` pairs separated by commas; a key alone means an empty value. */
export function parseLabels(text: string): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const equals = item.indexOf('=');
    const key = (equals < 0 ? item : item.slice(0, equals)).trim();
    if (!key || /\s/.test(key)) return undefined;
    labels[key] = equals < 0 ? '' : item.slice(equals + 1).trim();
  }
  return labels;
}

export function validateLabels(text: string, t: Translate): string | undefined {
  return parseLabels(text) ? undefined : t('Write labels as key=value, separated by commas; keys cannot be empty or contain spaces.');
}

// ---- IP addresses and subnets

/** An IPv4 or IPv6 address as a bigint and its width in bits; undefined when not an address. */
export function parseIp(text: string): { value: bigint; bits: 32 | 128 } | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const parts = text.split('.').map(Number);
    if (parts.some((p, i) => p > 255 || (text.split('.')[i].length > 1 && text.split('.')[i].startsWith('0')))) return undefined;
    return { value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n), bits: 32 };
  }
  if (!/^[0-9a-fA-F:]+$/.test(text) || !text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s ? s.split(':') : []);
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return { value: all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n), bits: 128 };
}

export interface Subnet {
  network: bigint;
  prefix: number;
  bits: 32 | 128;
}

export function parseCidr(text: string): Subnet | undefined {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(text.trim());
  if (!match) return undefined;
  const ip = parseIp(match[1]);
  const prefix = Number(match[2]);
  if (!ip || prefix > ip.bits) return undefined;
  return { network: ip.value, prefix, bits: ip.bits };
}

function hostMask(subnet: Subnet): bigint {
  return (1n << BigInt(subnet.bits - subnet.prefix)) - 1n;
}

/** Optional subnet in CIDR notation; the address must be the network's own (no host bits). */
export function validateSubnet(text: string, t: Translate): string | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const subnet = parseCidr(value);
  if (!subnet) return t('Enter a subnet in CIDR notation, e.g. 172.28.0.0/16 or fd00:db8::/64, or leave it empty.');
  if ((subnet.network & hostMask(subnet)) !== 0n) return t('{0} has host bits set; the network address of that prefix is expected.', value);
  return undefined;
}

/** Optional gateway: an address inside `subnet`, not its network address. */
export function validateGateway(text: string, subnetText: string, t: Translate): string | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const ip = parseIp(value);
  if (!ip) return t('Enter an IP address, e.g. 172.28.0.1, or leave it empty.');
  const subnet = parseCidr(subnetText);
  if (!subnet) return undefined;
  const mask = hostMask(subnet);
  if (ip.bits !== subnet.bits || (ip.value & ~mask) !== subnet.network) return t('{0} is not inside the subnet {1}.', value, subnetText.trim());
  if (ip.value === subnet.network) return t('{0} is the network address of {1}; choose an address inside it.', value, subnetText.trim());
  return undefined;
}
