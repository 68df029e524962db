import { NOTHING_FOUND, Rule } from '../rule';

/** Flags ADD shares with COPY; any other (--checksum, --keep-git-dir, --unpack) means ADD is meant. */
const COPY_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude']);
/** URLs of any scheme, scp-like git remotes (`git@host:repo`) and BuildKit's `github.com/...` form. */
const REMOTE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|[^/\s:@]+@[^/\s:]+:|github\.com\/)/;
/** Names that may be (compressed) tar archives, which ADD unpacks. BuildKit looks at the content. */
const ARCHIVE = /\.(?:tar|t?gz|tbz2?|bz2|t?xz|t?zst|zstd?|lz4|tlz|lzma|z)$/i;
const GLOB = /[*?[]/;

/** ADD of plain local files or folders: COPY does the same and says so. */
export const addForLocalFile: Rule = {
  id: 'AddForLocalFile',
  kind: 'practice',
  defaultSeverity: 'info',
  description: {
    en: 'ADD copies local files that COPY would copy the same way.',
    zh: 'ADD 复制的是本地文件，用 COPY 效果相同。',
  },
  messages: {
    useCopy: {
      en: 'ADD of local files: use COPY, which only copies. Keep ADD for URLs, git repositories and tar archives to unpack.',
      zh: '用 ADD 添加本地文件：请改用只做复制的 COPY。ADD 只留给 URL、git 仓库和需要解压的 tar 归档。',
    },
    replace: { en: "Change ADD to COPY", zh: '将 ADD 改为 COPY' },
  },
  appliesTo: ['ADD'],
  checkInstruction(instruction) {
    if (instruction.name !== 'ADD' || instruction.heredocs.length > 0) return NOTHING_FOUND;
    const { flags } = instruction;
    for (let f = 0; f < flags.length; f++) if (!COPY_FLAGS.has(flags[f].name)) return NOTHING_FOUND;
    const sources = instruction.execForm
      ? instruction.execForm.values.slice(0, -1).map((v) => v.text)
      : instruction.words.slice(0, -1).map((w) => unquote(w.text));
    if (sources.length === 0 || !sources.every(isPlainLocal)) return NOTHING_FOUND;
    return [
      {
        range: instruction.keywordRange,
        message: 'useCopy',
        fixes: [{ title: 'replace', edits: [{ range: instruction.keywordRange, newText: instruction.keyword === instruction.keyword.toLowerCase() ? 'copy' : 'COPY' }] }],
      },
    ];
  },
};

function isPlainLocal(source: string): boolean {
  if (source === '' || source.includes('$') || source.startsWith('<<') || REMOTE.test(source)) return false;
  if (ARCHIVE.test(source)) return false;
  // A glob may match archives unless its last name ends in a plain extension (`*.sh`).
  if (GLOB.test(source)) {
    const last = source.slice(source.lastIndexOf('/') + 1);
    return /\.[A-Za-z0-9]+$/.test(last) && !GLOB.test(last.slice(last.lastIndexOf('.')));
  }
  return true;
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
