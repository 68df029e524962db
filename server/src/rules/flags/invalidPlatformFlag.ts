import { Instruction } from '../../parser/syntax';
import { Rule } from '../rule';
import { checkWithInner, Found, hasVariable } from './flagSpecs';

// containerd's platform specifier components (platforms.Parse); the OS may carry a version in
// parentheses (`windows(10.0.17763)`) and OS features after `+`, which are not checked further.
const COMPONENT = /^[A-Za-z0-9_-]+$/;
const OS_COMPONENT = /^[A-Za-z0-9_-]+(?:\(.*\))?(?:\+.*)?$/;

// containerd's known operating systems and architectures, and the aliases it normalises. A lone
// component (`--platform=arm64`) must be one of these.
const KNOWN_OS = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd',
  'plan9', 'solaris', 'wasip1', 'windows', 'zos', 'macos',
]);
const KNOWN_ARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le',
  'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
  'i386', 'i486', 'i586', 'i686', 'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel', 'arm64v8',
]);

/**
 * `FROM --platform`: BuildKit parses the (expanded) value as `os[/arch[/variant]]`, or a lone OS
 * or architecture, and fails the build when it cannot.
 */
export const invalidPlatformFlag: Rule = {
  id: 'InvalidPlatformFlag',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'FROM --platform is not a platform such as linux/amd64.', zh: 'FROM --platform 的值不是类似 linux/amd64 的平台。' },
  messages: {
    shape: { en: "'{0}' is not a platform: write os/arch or os/arch/variant, such as linux/amd64 or linux/arm64/v8.", zh: '“{0}”不是有效的平台：应写成 os/arch 或 os/arch/variant，例如 linux/amd64 或 linux/arm64/v8。' },
    unknown: { en: "'{0}' is not a known operating system or architecture: write os/arch, such as linux/{0}.", zh: '“{0}”不是已知的操作系统或架构：应写成 os/arch，例如 linux/{0}。' },
    wildcard: { en: "'{0}' is not a platform: wildcards are not supported.", zh: '“{0}”不是有效的平台：不支持通配符。' },
  },
  appliesTo: ['FROM'],
  checkInstruction(target) {
    return checkWithInner(target, checkPlatform);
  },
};

function checkPlatform(instruction: Instruction, findings: Found): Found {
  if (instruction.name !== 'FROM') return findings;
  const flags = instruction.flags;
  // An index loop: in cold code, for...of allocates an iterator result per step.
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag.name !== 'platform' || !flag.value || hasVariable(flag.value)) continue;
    const problem = platformProblem(flag.value);
    if (problem) (findings ??= []).push({ range: flag.valueRange ?? flag.range, message: problem, args: [flag.value] });
  }
  return findings;
}

/** What is wrong with a platform specifier, as a message key, or undefined when it parses. */
export function platformProblem(value: string): 'shape' | 'unknown' | 'wildcard' | undefined {
  if (value.includes('*')) return 'wildcard';
  const parts = value.split('/');
  if (parts.length > 3) return 'shape';
  if (!OS_COMPONENT.test(parts[0]) || parts.slice(1).some((part) => !COMPONENT.test(part))) return 'shape';
  if (parts.length === 1) {
    const lower = value.toLowerCase();
    const os = lower.replace(/[(+].*$/, '');
    if (!KNOWN_OS.has(os) && !KNOWN_ARCH.has(lower)) return 'unknown';
  }
  return undefined;
}
