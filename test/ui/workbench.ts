// What every UI test starts from: the packaged .vsix installed into a fresh code-server, a copy
// of the test workspace, and Debian's Chromium showing the workbench.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, Page } from 'playwright-core';
import type * as CodeServerModule from '../../scripts/lib/code-server.cjs';

export const repoRoot = path.resolve(__dirname, '../../..');
export const codeServerLib = require(path.join(repoRoot, 'scripts/lib/code-server.cjs')) as typeof CodeServerModule;
/** Where screenshots go, for people to look at. */
export const resultsDir = path.join(repoRoot, 'test-results');
const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
export const vsix = process.env.BERTH_VSIX ?? path.join(repoRoot, `berth-${version}.vsix`);

export interface Workbench {
  page: Page;
  /** The folder the workbench has open: a copy of test/fixtures/workspace. */
  workspace: string;
  /** Saves `lastScreenshot` (a file name in test-results/), then closes and removes everything. */
  close(lastScreenshot: string): Promise<void>;
}

export async function openWorkbench(name: string, options: { settings?: Record<string, unknown>; height?: number } = {}): Promise<Workbench> {
  mkdirSync(resultsDir, { recursive: true });
  const workspace = mkdtempSync(path.join(tmpdir(), `berth-test-ui-${name}-workspace-`));
  cpSync(path.join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
  const browser = await chromium.launch({ executablePath: codeServerLib.chromiumPath(), args: codeServerLib.CHROMIUM_ARGS });
  const codeServer = await codeServerLib.startCodeServer({ entry: codeServerLib.ensureCodeServer(), workspace, vsix, settings: options.settings });
  const page = await browser.newPage({ viewport: { width: 1400, height: options.height ?? 850 } });
  await page.goto(codeServer.folderUrl(workspace));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return {
    page,
    workspace,
    async close(lastScreenshot) {
      await page.screenshot({ path: path.join(resultsDir, lastScreenshot) }).catch(() => undefined);
      await browser.close();
      await codeServer.stop();
      rmSync(codeServer.dataDir, { recursive: true, force: true });
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}
