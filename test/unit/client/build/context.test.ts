import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contextStream, dockerignorePatterns, excluder, planContext } from '../../../../client/src/engine/build/context';

function makeTree(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
}

async function sentFiles(contextDir: string, dockerfile = path.join(contextDir, 'Dockerfile')): Promise<string[]> {
  const plan = await planContext(contextDir, dockerfile);
  return plan.entries.filter((e) => e.type !== 'directory').map((e) => e.name).sort();
}

describe('build context with .dockerignore', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'berth-ctx-'));
    makeTree(root, {
      Dockerfile: 'FROM scratch\n',
      'a.log': '', 'keep.log': '', 'src/b.log': '', 'src/deep/c.log': '', 'src/main.c': 'int main;',
      'secret.txt': '', 'src/secret.txt': '', 'docs/README.md': '', 'docs/other.md': '',
      'build/x': '', 'build/sub/y': '', 'logs/1.txt': '',
    });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads patterns as the CLI does: comments, blanks, `!`, cleaned paths, leading slash', () => {
    assert.deepEqual(dockerignorePatterns('# c\n\n  *.log  \n!keep.log\n/secret.txt\nbuild/\n./a/../b\n! spaced\n'), ['*.log', '!keep.log', 'secret.txt', 'build', 'b', '!spaced']);
  });

  it('leaves out what matches, keeps `!` re-includes, matches `*` in one folder and `**` across folders', async () => {
    writeFileSync(path.join(root, '.dockerignore'), '*.log\n!keep.log\n**/c.log\n/secret.txt\n');
    assert.deepEqual(await sentFiles(root), ['.dockerignore', 'Dockerfile', 'build/sub/y', 'build/x', 'docs/README.md', 'docs/other.md', 'keep.log', 'logs/1.txt', 'src/b.log', 'src/main.c', 'src/secret.txt']);
  });

  it('leaves out a whole folder for a directory pattern, and brings back a file beneath with `!`', async () => {
    writeFileSync(path.join(root, '.dockerignore'), 'build/\ndocs\n!docs/README.md\nlogs/*\n');
    const plan = await planContext(root, path.join(root, 'Dockerfile'));
    const names = plan.entries.map((e) => e.name);
    assert.ok(!names.some((n) => n.startsWith('build')), 'build/ and everything in it stays out');
    assert.ok(names.includes('docs/README.md') && !names.includes('docs/other.md'));
    assert.ok(names.includes('logs') && !names.includes('logs/1.txt'), '`logs/*` keeps the folder, not its files');
  });

  it('always sends the Dockerfile and .dockerignore, even when excluded', async () => {
    writeFileSync(path.join(root, '.dockerignore'), '*\n');
    assert.deepEqual(await sentFiles(root), ['.dockerignore', 'Dockerfile']);
    writeFileSync(path.join(root, '.dockerignore'), 'src\n');
    makeTree(root, { 'src/Dockerfile.dev': 'FROM scratch\n' });
    assert.ok((await sentFiles(root, path.join(root, 'src/Dockerfile.dev'))).includes('src/Dockerfile.dev'), 'a Dockerfile inside an excluded folder');
  });

  it('sends a Dockerfile from outside the context under a name of its own', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'berth-df-'));
    try {
      writeFileSync(path.join(outside, 'Dockerfile.web'), 'FROM scratch\n');
      const plan = await planContext(path.join(root, 'src'), path.join(outside, 'Dockerfile.web'));
      assert.match(plan.dockerfileInTar, /^\.dockerfile\.[a-z0-9]+$/);
      const entry = plan.entries.find((e) => e.name === plan.dockerfileInTar);
      assert.equal(entry?.source, path.join(outside, 'Dockerfile.web'));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('matches case-sensitively and anchors patterns at the context root', () => {
    const excluded = excluder(dockerignorePatterns('*.LOG\nsrc/*.c\n'));
    assert.equal(excluded('a.log'), false);
    assert.equal(excluded('a.LOG'), true);
    assert.equal(excluded('src/main.c'), true);
    assert.equal(excluded('lib/src/main.c'), false);
  });

  it('streams a tar that tar(1) reads back: folders, files with content, symlinks, long names', async () => {
    const long = `${'deep-folder-name/'.repeat(8)}${'f'.repeat(120)}.txt`;
    makeTree(root, { [long]: 'long content' });
    symlinkSync('src/main.c', path.join(root, 'link'));
    const plan = await planContext(root, path.join(root, 'Dockerfile'));
    const chunks: Buffer[] = [];
    for await (const chunk of contextStream(plan)) chunks.push(chunk as Buffer);
    const archive = Buffer.concat(chunks);
    assert.equal(archive.length % 512, 0);
    const listing = execFileSync('tar', ['-tvf', '-'], { input: archive }).toString();
    assert.match(listing, /link -> src\/main\.c/);
    assert.ok(listing.includes(long), 'a path over 100 bytes survives (pax)');
    const out = mkdtempSync(path.join(tmpdir(), 'berth-untar-'));
    try {
      execFileSync('tar', ['-xf', '-', '-C', out], { input: archive });
      assert.equal(execFileSync('cat', [path.join(out, 'src/main.c')]).toString(), 'int main;');
      assert.equal(execFileSync('cat', [path.join(out, long)]).toString(), 'long content');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
