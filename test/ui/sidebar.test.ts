// Berth as a user meets it: the .vsix installed into a real VS Code (code-server), driven in
// Debian's Chromium. Screenshots land in test-results/ for people to look at.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BASE_IMAGE, docker } from '../support/docker';
import { Browser, chromium, Page } from 'playwright-core';
import type * as CodeServerModule from '../../scripts/lib/code-server.cjs';
import { codeServerLib, repoRoot, resultsDir, vsix } from './workbench';

const { ensureCodeServer, startCodeServer, chromiumPath, CHROMIUM_ARGS } = codeServerLib;

async function openWorkbench(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return page;
}

async function openBerthSidebar(page: Page): Promise<void> {
  await page.locator('.activitybar [aria-label^="Berth"]').first().click();
  await page.locator('.pane-header', { hasText: /Containers/i }).first().waitFor({ timeout: 30_000 });
  // Move the pointer off the activity bar so its hover doesn't cover the screenshots.
  await page.mouse.move(900, 400);
}

/** A view's pane in the Berth sidebar, by its title. */
function pane(page: Page, title: string) {
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) }).first();
}

/**
 * The row of a view that shows `text`, scrolling the view until it is drawn (a tree draws only
 * the rows in sight, and the shared engine has other objects too).
 */
async function revealRow(page: Page, title: string, text: string | RegExp) {
  const body = pane(page, title).locator('.pane-body');
  const row = body.locator('.monaco-list-row', { hasText: text }).first();
  await body.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
  for (let attempt = 0; attempt < 40 && (await row.count()) === 0; attempt++) {
    await body.hover();
    await page.mouse.wheel(0, attempt < 20 ? 120 : -120);
    await page.waitForTimeout(100);
  }
  await row.waitFor({ timeout: 20_000 });
  return row;
}

describe('Berth in the browser workbench', function () {
  this.timeout(180_000);
  let browser: Browser;
  let workspace: string;
  const suffix = Date.now().toString(36);
  const containerName = `berth-test-ui-${suffix}`;
  // The container belongs to a Compose project, uses a volume and joins a network, so every
  // view has a row with children.
  const project = `berth-test-ui-proj-${suffix}`;
  const volumeName = `berth-test-ui-vol-${suffix}`;
  const networkName = `berth-test-ui-net-${suffix}`;

  before(async () => {
    mkdirSync(resultsDir, { recursive: true });
    workspace = mkdtempSync(path.join(tmpdir(), 'berth-test-ui-workspace-'));
    cpSync(path.join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
    await docker.createVolume({ Name: volumeName, Labels: { 'berth.test': '1' } });
    await docker.createNetwork({ Name: networkName, Driver: 'bridge', Labels: { 'berth.test': '1' } });
    const container = await docker.createContainer({
      name: containerName,
      Image: BASE_IMAGE,
      Cmd: ['sleep', '600'],
      Labels: { 'berth.test': '1', 'com.docker.compose.project': project, 'com.docker.compose.service': 'web' },
      HostConfig: { Binds: [`${volumeName}:/data`], NetworkMode: networkName },
    });
    await container.start();
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await docker.getContainer(containerName).remove({ force: true }).catch(() => undefined);
    await docker.getVolume(volumeName).remove().catch(() => undefined);
    await docker.getNetwork(networkName).remove().catch(() => undefined);
    rmSync(workspace, { recursive: true, force: true });
  });

  describe('with the local engine', () => {
    let codeServer: CodeServerModule.CodeServer;
    let page: Page;

    before(async () => {
      codeServer = await startCodeServer({ entry: ensureCodeServer(), workspace, vsix });
      page = await openWorkbench(browser, codeServer.folderUrl(workspace));
    });

    after(async () => {
      await page?.screenshot({ path: path.join(resultsDir, 'ui-last.png') }).catch(() => undefined);
      await codeServer?.stop();
      if (codeServer) rmSync(codeServer.dataDir, { recursive: true, force: true });
    });

    it('shows a real container in the Containers view', async () => {
      await openBerthSidebar(page);
      const row = page.locator('.monaco-list-row', { hasText: containerName });
      await row.first().waitFor({ timeout: 30_000 });
      const text = await row.first().innerText();
      assert.match(text, new RegExp(containerName));
      assert.match(text, /berth\/busybox:latest · Up/);
      const status = page.locator('.statusbar-item', { hasText: /Docker \d+\.\d+.* · \d+ running/ });
      await status.first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: path.join(resultsDir, 'ui-containers.png') });
    });

    it('shows all four views with groups and children', async () => {
      await page.setViewportSize({ width: 1400, height: 1300 });
      // A wider sidebar, so that descriptions show: drag its edge.
      const sidebar = await page.locator('.part.sidebar').boundingBox();
      if (sidebar) {
        await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + 300);
        await page.mouse.down();
        await page.mouse.move(sidebar.x + 560, sidebar.y + 300, { steps: 5 });
        await page.mouse.up();
      }
      for (const title of ['Containers', 'Images', 'Volumes', 'Networks']) {
        const header = pane(page, title).locator('.pane-header');
        if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
      }
      // Containers: the project's group is open from the start, its container under it.
      await revealRow(page, 'Containers', project);
      const child = await revealRow(page, 'Containers', containerName);
      assert.match(await child.innerText(), /berth\/busybox:latest · Up/);
      // Images, volumes and networks open on a click: the base image's tag, the volume's and
      // the network's container.
      await (await revealRow(page, 'Images', 'berth/busybox')).click();
      const tag = await revealRow(page, 'Images', /^latest/);
      assert.match(await tag.innerText(), /latest\s*[\d.]+ [KM]B · /);
      await (await revealRow(page, 'Volumes', volumeName)).click();
      assert.match(await (await revealRow(page, 'Volumes', volumeName)).innerText(), /used by 1/);
      await revealRow(page, 'Volumes', containerName);
      // The volume's size is read from the engine's disk usage only when its tooltip opens.
      const tooltip = page.locator('.monaco-hover', { hasText: 'Mountpoint' });
      for (let attempt = 0; attempt < 5 && (await tooltip.count()) === 0; attempt++) {
        await page.mouse.move(900, 400);
        await (await revealRow(page, 'Volumes', volumeName)).locator('.label-name').hover();
        await tooltip.first().waitFor({ timeout: 4_000 }).catch(() => undefined);
      }
      await tooltip.first().waitFor({ timeout: 5_000 });
      await page.locator('.monaco-hover', { hasText: /Size: \d/ }).first().waitFor({ timeout: 20_000 });
      assert.match(await tooltip.first().innerText(), new RegExp(`Used by: ${containerName}`));
      await page.screenshot({ path: path.join(resultsDir, 'ui-volume-tooltip.png') });
      await page.mouse.move(900, 400);
      await (await revealRow(page, 'Networks', networkName)).click();
      await revealRow(page, 'Networks', containerName);
      await page.mouse.move(900, 400);
      await page.screenshot({ path: path.join(resultsDir, 'ui-views.png') });
      await page.setViewportSize({ width: 1400, height: 850 });
    });

    it('shows the unknown instruction in the Problems panel', async () => {
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('Dockerfile');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dockerfile' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line', { hasText: 'RUNN chmod' }).waitFor();
      await page.keyboard.press('Control+Shift+M');
      const problem = page.locator('.markers-panel .monaco-list-row', { hasText: "Unknown instruction 'RUNN'" });
      await problem.first().waitFor({ timeout: 30_000 });
      assert.match(await problem.first().innerText(), /Did you mean 'RUN'\?/);
      await page.screenshot({ path: path.join(resultsDir, 'ui-problems.png') });
    });

    it('completes flags as the user types and shows hover documentation', async () => {
      await page.locator('.monaco-editor .view-line', { hasText: 'RUNN chmod' }).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('RUN --mo');
      const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: '--mount' });
      await suggestion.first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: path.join(resultsDir, 'ui-completion.png') });
      // Close the suggestions and the signature help that typing opened.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      const workdir = page.locator('.monaco-editor .view-line', { hasText: 'WORKDIR /app' }).first();
      const box = await workdir.boundingBox();
      assert.ok(box);
      await page.mouse.move(box.x + 20, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover', { hasText: 'WORKDIR' });
      await hover.first().waitFor({ timeout: 20_000 });
      assert.match(await hover.first().innerText(), /WORKDIR/);
      await page.screenshot({ path: path.join(resultsDir, 'ui-hover.png') });
    });
  });

  describe('without an engine', () => {
    it('explains in the views why there is nothing to show', async () => {
      const codeServer = await startCodeServer({ entry: ensureCodeServer(), workspace, vsix, env: { DOCKER_HOST: 'unix:///tmp/berth-test-no-engine.sock' } });
      let page: Page | undefined;
      try {
        page = await openWorkbench(browser, codeServer.folderUrl(workspace));
        await openBerthSidebar(page);
        const welcome = page.locator('.welcome-view-content', { hasText: 'No Docker engine is running' });
        await welcome.first().waitFor({ timeout: 30_000 });
        await page.locator('.pane-header', { hasText: 'Engine: unix:///tmp/berth-test-no-engine.sock' }).first().waitFor({ timeout: 10_000 });
        await page.locator('.statusbar-item', { hasText: 'Docker: not running' }).first().waitFor({ timeout: 10_000 });
        assert.ok(await page.locator('.welcome-view-content a, .welcome-view-content .monaco-button', { hasText: 'Retry' }).count() > 0);
      } finally {
        await page?.screenshot({ path: path.join(resultsDir, 'ui-no-engine.png') });
        await codeServer.stop();
        rmSync(codeServer.dataDir, { recursive: true, force: true });
      }
    });
  });
});
