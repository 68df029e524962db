// Installs what Berth's commands need, each step only when it is missing, and says what it does.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function step(title, action) {
  const started = Date.now();
  process.stdout.write(`\n== ${title}\n`);
  const result = action();
  const finish = (value) => {
    process.stdout.write(`== ${title}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return value;
  };
  return result instanceof Promise ? result.then(finish) : finish(result);
}

export function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
}

/** npm ci when node_modules is missing or was installed from another package-lock.json. */
export function ensureNodeModules() {
  const lock = readFileSync(path.join(repoRoot, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const marker = path.join(repoRoot, 'node_modules/.berth-lock-hash');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) return;
  console.log('Installing npm packages (npm ci)...');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(marker, hash);
}

export function ensureSystem(...groups) {
  run(path.join(repoRoot, 'scripts/ensure-system.sh'), groups);
}

export function ensureEngine() {
  run(path.join(repoRoot, 'scripts/ensure-engine.sh'), []);
}

/** Type-checks, bundles for production and packages berth-<version>.vsix. Returns its path. */
export function buildAndPackage() {
  // A clean out/ so that a renamed or deleted test never runs from a stale compiled copy.
  rmSync(path.join(repoRoot, 'out'), { recursive: true, force: true });
  run('npx', ['tsc', '-b']);
  run('npm', ['run', '--silent', 'package']);
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return path.join(repoRoot, `berth-${version}.vsix`);
}
