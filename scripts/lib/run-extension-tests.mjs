// Runs the extension-host suite (test/vscode, compiled to out/test/vscode) inside a real VS Code:
// code-server, opened in headless Chromium with the workbench's development payload, which is
// what @vscode/test-electron does with a desktop VS Code. The suite writes a JSON report; no
// report in time is a failure.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const { ensureCodeServer, startCodeServer, chromiumPath, CHROMIUM_ARGS, repoRoot } = require('./code-server.cjs');

/**
 * `testsPath` is the extensionTestsPath module (the test suite by default; the explorer bench
 * passes its own), `settings` go into the user settings, `reportName` is the file the module
 * writes its JSON report to (its path reaches the module as BERTH_TEST_REPORT).
 */
export async function runExtensionTests({
  timeoutMs = 5 * 60_000,
  resultsDir = path.join(repoRoot, 'test-results'),
  testsPath = path.join(repoRoot, 'out/test/vscode/suite/index.js'),
  settings = {},
  reportName = 'vscode-report.json',
  screenshot = 'vscode-suite.png',
} = {}) {
  mkdirSync(resultsDir, { recursive: true });
  const reportPath = path.join(resultsDir, reportName);
  rmSync(reportPath, { force: true });
  const workspace = path.join(repoRoot, 'test/fixtures/workspace');
  const codeServer = await startCodeServer({ entry: ensureCodeServer(), workspace, settings, env: { BERTH_TEST_REPORT: reportPath } });
  const remote = (file) => `vscode-remote://127.0.0.1:${codeServer.port}${file}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(codeServer.folderUrl(workspace, `&payload=${encodeURIComponent(JSON.stringify(payload))}`));
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(reportPath) && Date.now() < deadline && codeServer.process.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await page.screenshot({ path: path.join(resultsDir, screenshot) }).catch(() => undefined);
    if (!existsSync(reportPath)) {
      const log = codeServer.extensionHostLog().split('\n').slice(-40).join('\n');
      throw new Error(`The extension-host suite wrote no report within ${timeoutMs / 1000} s.\nExtension host log (end):\n${log}`);
    }
    return { ...JSON.parse(readFileSync(reportPath, 'utf8')), extensionHostLog: codeServer.extensionHostLog() };
  } finally {
    await browser.close();
    await codeServer.stop();
    rmSync(codeServer.dataDir, { recursive: true, force: true });
  }
}
