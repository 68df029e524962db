import ignore from '@balena/dockerignore';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { TarEntry, tarStream } from './tar';

/**
 * The build context as the docker CLI sends it to the classic builder: every file under the
 * context folder that `.dockerignore` does not exclude, with Docker's semantics (a pattern also
 * excludes everything under a matching directory, `!` re-includes, the last matching pattern
 * wins, `**` spans folders, a leading `/` is the context root). The Dockerfile and
 * `.dockerignore` are always sent, even when excluded; a Dockerfile outside the context is sent
 * under a name of its own.
 */

export interface ContextPlan {
  /** The entries to send, in tar order (a folder before what it holds). */
  entries: TarEntry[];
  /** The Dockerfile's path inside the tar, as `dockerfile=` names it for the engine. */
  dockerfileInTar: string;
}

/** Parses `.dockerignore` text into patterns, as the CLI does (comments and blank lines dropped). */
export function dockerignorePatterns(text: string): string[] {
  const patterns: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('#')) continue;
    let pattern = raw.trim();
    if (!pattern) continue;
    const negated = pattern.startsWith('!');
    if (negated) pattern = pattern.slice(1).trim();
    // The CLI cleans each pattern as a path and drops a leading slash: `/a/../b/` is `b`.
    pattern = path.posix.normalize(pattern).replace(/^\/+/, '').replace(/\/+$/, '');
    if (pattern === '.' || pattern === '') pattern = negated ? '' : '.';
    if (!pattern) continue;
    patterns.push(negated ? `!${pattern}` : pattern);
  }
  return patterns;
}

/** A decision function: whether a context-relative path (with `/`) is left out. */
export function excluder(patterns: string[]): (relativePath: string) => boolean {
  if (patterns.length === 0) return () => false;
  const matcher = ignore({ ignorecase: false }).add(patterns);
  return (relativePath) => matcher.ignores(relativePath);
}

/**
 * Walks `contextDir` and lists what the engine receives. `dockerfile` is an absolute path; when it
 * lies outside the context it is added under `.dockerfile.<random>`, as the CLI does.
 */
export async function planContext(contextDir: string, dockerfile: string): Promise<ContextPlan> {
  const root = path.resolve(contextDir);
  let patterns: string[] = [];
  try {
    patterns = dockerignorePatterns(await readFile(path.join(root, '.dockerignore'), 'utf8'));
  } catch {
    // no .dockerignore: everything is sent
  }
  const relativeDockerfile = path.relative(root, path.resolve(dockerfile));
  const insideContext = !relativeDockerfile.startsWith('..') && !path.isAbsolute(relativeDockerfile);
  const dockerfileInTar = insideContext ? relativeDockerfile.split(path.sep).join('/') : `.dockerfile.${Math.random().toString(36).slice(2, 14)}`;
  const alwaysSent = new Set(['.dockerignore', ...(insideContext ? [dockerfileInTar] : [])]);

  const isExcluded = excluder(patterns);
  // A folder that is excluded can be skipped whole only when no `!` pattern could bring back
  // something beneath it (the CLI reads every file then, which is what makes `!` cost time).
  const exceptions = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const mayReinclude = (folder: string) => exceptions.some((exception) => couldMatchBelow(exception, folder)) || [...alwaysSent].some((file) => file.startsWith(`${folder}/`));

  // Names first (the type comes with the listing), then one lstat per entry that is sent: an
  // excluded file costs no system call of its own.
  const kept: Array<{ name: string; absolute: string }> = [];
  const walk = async (absolute: string, relative: string): Promise<void> => {
    const children = (await readdir(absolute, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      const childAbsolute = path.join(absolute, child.name);
      const childRelative = relative ? `${relative}/${child.name}` : child.name;
      const excluded = isExcluded(childRelative) && !alwaysSent.has(childRelative);
      if (child.isDirectory()) {
        if (!excluded) kept.push({ name: childRelative, absolute: childAbsolute });
        if (!excluded || mayReinclude(childRelative)) await walk(childAbsolute, childRelative);
      } else if (!excluded && (child.isFile() || child.isSymbolicLink())) {
        kept.push({ name: childRelative, absolute: childAbsolute });
      }
      // Sockets, pipes and devices are not part of a build context.
    }
  };
  await walk(root, '');

  const entries: TarEntry[] = new Array(kept.length);
  const STAT_BATCH = 64;
  for (let start = 0; start < kept.length; start += STAT_BATCH) {
    await Promise.all(kept.slice(start, start + STAT_BATCH).map(async ({ name, absolute }, offset) => {
      const stats = await lstat(absolute);
      const common = { name, mode: stats.mode, mtime: stats.mtime };
      entries[start + offset] = stats.isDirectory()
        ? { ...common, type: 'directory' }
        : stats.isSymbolicLink()
          ? { ...common, type: 'symlink', linkTarget: await readlink(absolute) }
          : { ...common, type: 'file', size: stats.size, source: absolute };
    }));
  }

  if (!insideContext) {
    const stats = await lstat(dockerfile);
    entries.push({ name: dockerfileInTar, type: 'file', mode: 0o644, mtime: stats.mtime, size: stats.size, source: path.resolve(dockerfile) });
  }
  return { entries, dockerfileInTar };
}

/** The context as a tar stream, read file by file as the engine consumes it. */
export function contextStream(plan: ContextPlan): Readable {
  return tarStream(plan.entries);
}

/**
 * Whether `pattern` (a context-relative glob) could match `folder` itself or a path beneath it:
 * compared segment by segment, a `**` matches anything from there on.
 */
function couldMatchBelow(pattern: string, folder: string): boolean {
  const patternParts = pattern.split('/');
  const folderParts = folder.split('/');
  for (let i = 0; i < folderParts.length; i++) {
    const part = patternParts[i];
    if (part === undefined) return true; // the pattern names a parent of this folder
    if (part === '**') return true;
    if (!segmentMatches(part, folderParts[i]!)) return false;
  }
  return true;
}

function segmentMatches(glob: string, segment: string): boolean {
  const source = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  try {
    return new RegExp(`^${source}$`).test(segment);
  } catch {
    return true; // an odd character class: assume it could match and walk the folder
  }
}
