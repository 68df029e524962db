// Attach Shell and View Logs as a user meets them: the packaged .vsix in code-server, the
// container's context menu in the tree, the terminal read back from xterm's DOM rows.
import assert from 'node:assert/strict';
import path from 'node:path';
import type Docker from 'dockerode';
import { Page } from 'playwright-core';
import { BASE_IMAGE, docker } from '../support/docker';
import { openWorkbench, resultsDir, Workbench } from './workbench';

/** The text of each row the visible terminal shows (xterm's DOM renderer). */
async function terminalRows(page: Page): Promise<string[]> {
  return page.locator('.terminal-wrapper.active .xterm-rows > div').allInnerTexts().then((rows) => rows.map((r) => r.replace(/\u00a0/g, ' ').trimEnd()));
}

async function waitForRows(page: Page, test: (rows: string[]) => boolean, what: string, timeoutMs = 30_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await terminalRows(page);
    if (test(rows)) return rows;
    if (Date.now() > deadline) assert.fail(`the terminal never showed ${what}; it shows:\n${rows.filter(Boolean).join('\n')}`);
    await page.waitForTimeout(200);
  }
}

/**
 * Brings a container's row on screen: the shared engine may hold many containers, and the tree
 * only renders the rows in view, so the other views are collapsed and the list is scrolled.
 */
async function revealRow(page: Page, rowText: string): Promise<ReturnType<Page['locator']>> {
  for (const title of ['Images', 'Volumes', 'Networks']) {
    const header = page.locator('.pane-header[aria-expanded="true"]', { hasText: new RegExp(`^${title}`, 'i') });
    if ((await header.count()) > 0) await header.first().click();
  }
  const row = page.locator('.monaco-list-row', { hasText: rowText }).first();
  const list = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Containers/i }) }).locator('.monaco-list').first();
  const deadline = Date.now() + 30_000;
  let direction = 1;
  while (!(await row.isVisible())) {
    if (Date.now() > deadline) assert.fail(`no row ${rowText} in the Containers view`);
    await list.hover();
    const before = await list.locator('.monaco-scrollable-element').first().evaluate((e) => (e as HTMLElement).scrollTop).catch(() => 0);
    await page.mouse.wheel(0, 300 * direction);
    await page.waitForTimeout(150);
    const after = await list.locator('.monaco-scrollable-element').first().evaluate((e) => (e as HTMLElement).scrollTop).catch(() => 0);
    if (after === before) direction = -direction;
  }
  return row;
}

async function runFromContextMenu(page: Page, rowText: string, command: string): Promise<void> {
  const row = await revealRow(page, rowText);
  await row.click({ button: 'right' });
  const item = page.locator('.monaco-menu .action-item', { hasText: new RegExp(`^${command}$`) }).first();
  await item.waitFor({ timeout: 10_000 });
  // The menu ignores a click that comes while it is still opening: point at the item first,
  // and click again if the menu is still there.
  await item.hover();
  await page.waitForTimeout(300);
  const menu = page.locator('.context-view .monaco-menu');
  for (let attempt = 0; attempt < 3 && (await menu.count()) > 0; attempt++) {
    await item.click().catch(() => undefined);
    await page.waitForTimeout(300);
  }
  assert.equal(await menu.count(), 0, `the menu closed after choosing ${command}`);
}

describe('Attach Shell and View Logs in the browser workbench', function () {
  this.timeout(180_000);
  const stamp = Date.now().toString(36);
  const shellName = `berth-test-ui-shell-${stamp}`;
  const logsName = `berth-test-ui-logs-${stamp}`;
  const containers: Docker.Container[] = [];
  let workbench: Workbench | undefined;
  let page: Page;

  /** Made right before the test that uses it: the engine is shared, the less time the better. */
  async function running(name: string, cmd: string[]): Promise<void> {
    const container = await docker.createContainer({ name, Image: BASE_IMAGE, Cmd: cmd, Labels: { 'berth.test': '1' } });
    containers.push(container);
    await container.start();
  }

  before(async () => {
    workbench = await openWorkbench('exec', { settings: { 'terminal.integrated.gpuAcceleration': 'off' }, height: 1000 });
    page = workbench.page;
    await page.locator('.activitybar [aria-label^="Berth"]').first().click();
    await page.locator('.pane-header', { hasText: /Containers/i }).first().waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await workbench?.close('ui-exec-last.png');
    for (const c of containers) await c.remove({ force: true }).catch(() => undefined);
  });

  it('right-click a running container, Attach Shell, type a command and read its output', async () => {
    await running(shellName, ['sleep', '600']);
    await runFromContextMenu(page, shellName, 'Attach Shell');
    await waitForRows(page, (rows) => rows.some((r) => /^\/ # ?$/.test(r)), 'the sh prompt');
    await page.locator('.terminal-wrapper.active .xterm').first().click();
    await page.keyboard.type('echo hello-berth');
    await page.keyboard.press('Enter');
    const rows = await waitForRows(page, (r) => r.includes('hello-berth'), 'the output line hello-berth');
    assert.ok(rows.some((r) => r.endsWith('echo hello-berth')), 'the typed command is echoed by the TTY');
    await page.mouse.move(1100, 450);
    await page.screenshot({ path: path.join(resultsDir, 'ui-attach-shell.png') });

    await page.keyboard.type('exit 3');
    await page.keyboard.press('Enter');
    await waitForRows(page, (r) => r.some((row) => row.includes('Shell exited with code 3.')), 'the exit code');
    await page.screenshot({ path: path.join(resultsDir, 'ui-attach-shell-exit.png') });
  });

  it('View Logs shows a running container\'s lines as they are written', async () => {
    await running(logsName, ['sh', '-c', 'i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.3; done']);
    await runFromContextMenu(page, logsName, 'View Logs');
    const first = await waitForRows(page, (rows) => rows.some((r) => /^tick \d+$/.test(r)), 'a tick line');
    const lastTick = (rows: string[]) => Math.max(...rows.map((r) => /^tick (\d+)$/.exec(r)).filter((m) => m).map((m) => Number(m![1])));
    const seen = lastTick(first);
    // Lines written after the view opened appear too (the view follows).
    const later = await waitForRows(page, (rows) => lastTick(rows) >= seen + 3, `tick ${seen + 3}`);
    const ticks = later.filter((r) => /^tick \d+$/.test(r)).map((r) => Number(r.slice(5)));
    assert.deepEqual(ticks, ticks.map((_, i) => ticks[0] + i), 'in order, none twice, none missing');
    await page.mouse.move(1100, 450);
    await page.screenshot({ path: path.join(resultsDir, 'ui-logs.png') });
  });
});
