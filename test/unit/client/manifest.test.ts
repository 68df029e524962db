import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS } from '../../../client/src/commands/ids';

const root = path.resolve(__dirname, '../../../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const manifest = readJson('package.json');
const nlsEn: Record<string, string> = readJson('package.nls.json');
const nlsZh: Record<string, string> = readJson('package.nls.zh-cn.json');
const bundleZh: Record<string, string> = readJson('l10n/bundle.l10n.zh-cn.json');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('the extension manifest', () => {
  it('contributes exactly the commands the code registers', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
  });

  it('has every %key% in English and Simplified Chinese, and no unused key', () => {
    const used = new Set([...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    assert.deepEqual([...used].filter((key) => !(key in nlsEn)), []);
    assert.deepEqual(Object.keys(nlsEn).filter((key) => !used.has(key)), []);
    assert.deepEqual(Object.keys(nlsEn).sort(), Object.keys(nlsZh).sort());
  });

  it('translates every vscode.l10n string of the client into Simplified Chinese', () => {
    const strings = new Set<string>();
    for (const file of sourceFiles(path.join(root, 'client/src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:l10n\.t|\bt)\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(m[1]);
    }
    assert.ok(strings.size > 0);
    assert.deepEqual([...strings].filter((s) => !(s in bundleZh)), []);
  });

  it('accepts VS Code 1.100 with the matching API types', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.match(manifest.devDependencies['@types/vscode'], /^~1\.100\./);
  });

  it('declares the four views and the dockerfile language', () => {
    const views = manifest.contributes.views.berth.map((v: { id: string }) => v.id);
    assert.deepEqual(views, ['berth.containers', 'berth.images', 'berth.volumes', 'berth.networks']);
    const language = manifest.contributes.languages[0];
    assert.deepEqual(language.filenames, ['Dockerfile', 'Containerfile']);
    assert.deepEqual(language.filenamePatterns, ['Dockerfile.*', 'Containerfile.*', '*.Dockerfile']);
  });
});
