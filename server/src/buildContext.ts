import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildContext } from './rules/rule';

/**
 * The .dockerignore that applies to a Dockerfile, assuming (as `docker build .` next to it does)
 * that its folder is the build context. BuildKit prefers `<Dockerfile>.dockerignore`.
 */
export async function readBuildContext(documentUri: string): Promise<BuildContext> {
  if (!documentUri.startsWith('file:')) return { dockerignore: undefined };
  let file: string;
  try {
    file = fileURLToPath(documentUri);
  } catch {
    return { dockerignore: undefined };
  }
  for (const candidate of [`${file}.dockerignore`, path.join(path.dirname(file), '.dockerignore')]) {
    try {
      return { dockerignore: (await readFile(candidate, 'utf8')).split(/\r?\n/) };
    } catch {
      // not there: try the next
    }
  }
  return { dockerignore: undefined };
}
