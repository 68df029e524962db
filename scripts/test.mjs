// `npm test`: installs what is missing, builds, and runs every test layer against real parts:
//   unit    server and client logic, no VS Code, no Docker
//   engine  the client's engine layer against a real Docker engine
//   vscode  the extension-host suite inside a real VS Code (code-server)
//   ui      the packaged .vsix in code-server, driven through Chromium, with screenshots
// Ends with one line "N passed, N failed" over all layers. A layer that runs no test fails.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildAndPackage, ensureEngine, ensureNodeModules, ensureSystem, repoRoot, step } from './lib/setup.mjs';

const require = createRequire(import.meta.url);
const onlyLayers = process.argv.slice(2);
const LAYERS = ['unit', 'engine', 'vscode', 'ui'];
const wanted = (layer) => onlyLayers.length === 0 || onlyLayers.includes(layer);
const totals = { passed: 0, failed: 0 };
const startedAt = Date.now();
// Every failure again at the very end, where a CI log's tail shows it: a failure printed in the
// middle of a long layer is easy to lose, and one that arrives after its test passed (a late
// error from a timer) is otherwise only a count.
const failures = [];

function finish(code) {
  if (failures.length > 0) {
    console.log(`\nFailures (${failures.length}):`);
    for (const failure of failures) {
      console.log(`  [${failure.layer}] ${failure.title}`);
      console.log(String(failure.error).split('\n').slice(0, 12).join('\n').replace(/^/gm, '      '));
    }
  }
  console.log(`\nTotal time: ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

function testFiles(layer) {
  const dir = path.join(repoRoot, 'out/test', layer);
  const walk = (d) => (existsSync(d) ? readdirSync(d, { withFileTypes: true }) : []).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(d, entry.name)) : entry.name.endsWith('.test.js') ? [path.join(d, entry.name)] : []);
  return walk(dir).sort();
}

async function runMocha(layer, timeout) {
  const Mocha = require('mocha');
  const mocha = new Mocha({ reporter: 'spec', timeout, color: process.stdout.isTTY });
  for (const file of testFiles(layer)) mocha.addFile(file);
  return new Promise((resolve) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => resolve({ passed, failed }));
    runner.on('pass', () => passed++);
    runner.on('fail', (test, error) => {
      failed++;
      const late = test.state === 'passed' ? ' (after it had passed)' : '';
      failures.push({ layer, title: `${test.fullTitle()}${late}`, error: error?.stack ?? error });
    });
  });
}

async function runVscodeLayer() {
  const { runExtensionTests } = await import('./lib/run-extension-tests.mjs');
  const report = await runExtensionTests();
  for (const result of report.results) {
    console.log(`  ${result.state === 'passed' ? '✔' : '✘'} ${result.title} (${result.durationMs} ms)`);
    if (result.error) console.log(result.error.replace(/^/gm, '      '));
    if (result.state !== 'passed') failures.push({ layer: 'vscode', title: result.title, error: result.error ?? result.state });
  }
  for (const note of report.notes) console.log(`  note: ${note}`);
  return { passed: report.passed, failed: report.failed };
}

try {
  await step('npm packages', ensureNodeModules);
  await step('system packages and Docker engine', () => {
    ensureSystem('engine', 'browser');
    ensureEngine();
  });
  if (wanted('vscode') || wanted('ui')) {
    await step('code-server (VS Code 1.100)', () => require('./lib/code-server.cjs').ensureCodeServer());
  }
  await step('type-check, bundle and package', buildAndPackage);
} catch (error) {
  console.error(`\nSet-up failed: ${error.message}`);
  failures.push({ layer: 'set-up', title: 'set-up', error: error.message });
  totals.failed++;
  finish(1);
}

const layerRunners = {
  unit: () => runMocha('unit', 10_000),
  engine: () => runMocha('engine', 30_000),
  vscode: runVscodeLayer,
  ui: () => runMocha('ui', 180_000),
};

for (const layer of LAYERS.filter(wanted)) {
  let result;
  try {
    result = await step(`${layer} tests`, layerRunners[layer]);
  } catch (error) {
    console.error(`The ${layer} layer could not run: ${error.stack ?? error}`);
    failures.push({ layer, title: 'the layer could not run', error: error.stack ?? error });
    result = { passed: 0, failed: 1 };
  }
  if (result.passed + result.failed === 0) {
    console.error(`The ${layer} layer ran no test: that is a failure.`);
    result.failed = 1;
  }
  console.log(`${layer}: ${result.passed} passed, ${result.failed} failed`);
  totals.passed += result.passed;
  totals.failed += result.failed;
}
finish(totals.failed === 0 ? 0 : 1);
