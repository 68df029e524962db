import { Instruction } from '../../parser/syntax';
import { Rule } from '../rule';
import { checkWithInner, Found, hasVariable } from './flagSpecs';

// go-digest: `algorithm:encoded`, with the encoded length and alphabet each algorithm wants.
const DIGEST = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):(.*)$/;
const HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
const LOWER_HEX = /^[a-f0-9]+$/;

/**
 * `ADD --checksum`: BuildKit wants exactly one source, an HTTP(S) URL or a Git repository, and
 * for a URL a digest such as `sha256:<64 hex digits>`.
 */
export const invalidChecksumFlag: Rule = {
  id: 'InvalidChecksumFlag',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'ADD --checksum is not a valid digest, or the source is not a single URL or Git repository.', zh: 'ADD --checksum 不是有效的摘要，或者来源不是单个 URL 或 Git 仓库。' },
  messages: {
    digest: { en: "'{0}' is not a valid digest: write sha256:<64 lowercase hex digits> (or sha384, sha512).", zh: '“{0}”不是有效的摘要，应写成 sha256:<64 位小写十六进制数字>（或 sha384、sha512）。' },
    algorithm: { en: "'{0}' is not a supported digest algorithm: use sha256, sha384 or sha512.", zh: '“{0}”不是支持的摘要算法，请使用 sha256、sha384 或 sha512。' },
    multiple: { en: '--checksum needs exactly one source, not {0}.', zh: '--checksum 只能用于单个来源，而这里有 {0} 个。' },
    local: { en: "--checksum needs an HTTP(S) URL or a Git repository as source, not '{0}'.", zh: '--checksum 的来源必须是 HTTP(S) URL 或 Git 仓库，而不是“{0}”。' },
  },
  appliesTo: ['ADD'],
  checkInstruction(target) {
    return checkWithInner(target, checkChecksum);
  },
};

function checkChecksum(instruction: Instruction, findings: Found): Found {
  if (instruction.name !== 'ADD' || instruction.heredocs.length > 0) return findings;
  const flags = instruction.flags;
  // An index loop: in cold code, for...of allocates an iterator result per step.
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag.name !== 'checksum' || !flag.value) continue;
    const sources = sourcesOf(instruction);
    if (sources === undefined) continue;
    if (sources.length !== 1) {
      if (sources.length > 1) (findings ??= []).push({ range: flag.range, message: 'multiple', args: [String(sources.length)] });
      continue;
    }
    const source = sources[0];
    if (hasVariable(source)) continue;
    if (!isRemote(source)) {
      (findings ??= []).push({ range: flag.range, message: 'local', args: [source] });
      continue;
    }
    if (isGit(source) || hasVariable(flag.value)) continue;
    const match = DIGEST.exec(flag.value);
    // A flag's ranges are made each time they are read: only for a finding.
    if (!match) (findings ??= []).push({ range: flag.valueRange ?? flag.range, message: 'digest', args: [flag.value] });
    else if (!(match[1] in HEX_LENGTH)) (findings ??= []).push({ range: flag.valueRange ?? flag.range, message: 'algorithm', args: [match[1]] });
    else if (match[2].length !== HEX_LENGTH[match[1]] || !LOWER_HEX.test(match[2])) (findings ??= []).push({ range: flag.valueRange ?? flag.range, message: 'digest', args: [flag.value] });
  }
  return findings;
}

/** The sources of an ADD (all arguments but the last), unquoted when in exec form. */
function sourcesOf(instruction: Instruction): string[] | undefined {
  const values = instruction.execForm ? instruction.execForm.values.map((v) => v.text) : instruction.words.map((w) => w.text);
  if (values.length < 2) return undefined;
  // Quoted shell-form words are left alone: what they unquote to is not worth guessing.
  if (!instruction.execForm && values.some((v) => /["'\\]/.test(v))) return undefined;
  return values.slice(0, -1);
}

/**
 * A source BuildKit fetches: a URL, or a Git address such as `git@host:repo`. `github.com/o/r`
 * passes BuildKit's Git check too (then is copied as a local path), so it is not reported either.
 */
function isRemote(source: string): boolean {
  return source.startsWith('github.com/') || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(source) || /^[A-Za-z0-9_.-]+@[^:/]+:/.test(source);
}

/** A Git repository: not a plain http(s) download (https URLs are Git only when the path ends in .git). */
function isGit(source: string): boolean {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(source)?.[1].toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return true;
  return /\.git$/.test(source.replace(/[#?].*$/, '').replace(/\/+$/, ''));
}
