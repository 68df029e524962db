// The Run flow as a user meets it: right-click an image in the Images view, Run..., answer the
// quick inputs with the keyboard, and the container appears in the Containers view.
// Screenshots land in test-results/ (ui-run-*.png).
import assert from 'node:assert/strict';
import path from 'node:path';
import { Page } from 'playwright-core';
import { BASE_IMAGE, docker } from '../support/docker';
import { openWorkbench, resultsDir, Workbench } from './workbench';

describe('the Run flow in the browser workbench', function () {
  this.timeout(180_000);
  const name = `berth-test-ui-run-${Date.now().toString(36)}`;
  let workbench: Workbench | undefined;
  let page: Page;

  before(async () => {
    workbench = await openWorkbench('run');
    page = workbench.page;
  });

  after(async () => {
    await workbench?.close('ui-run-last.png');
    await docker.getContainer(name).remove({ force: true }).catch(() => undefined);
  });

  /** Waits for the quick input whose title ends with `step`, types `text` (if any) and presses Enter. */
  async function answer(step: string | RegExp, text?: string): Promise<void> {
    await page.locator('.quick-input-widget .quick-input-title', { hasText: step }).first().waitFor({ timeout: 20_000 });
    if (text) await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  it('right-click an image, Run..., fill the steps: the container appears in the Containers view', async () => {
    await page.locator('.activitybar [aria-label^="Berth"]').first().click();
    await page.mouse.move(900, 400);
    // Images are grouped by repository: open berth/busybox, then its tag row.
    const [repository, tag] = BASE_IMAGE.split(':');
    const images = page.locator('.pane', { hasText: /Images/ });
    const group = images.locator('.monaco-list-row', { hasText: repository }).first();
    await group.waitFor({ timeout: 30_000 });
    if ((await group.getAttribute('aria-expanded')) !== 'true') await group.click();
    const image = images.locator('.monaco-list-row[aria-level="2"]', { hasText: tag }).first();
    await image.waitFor({ timeout: 30_000 });
    await image.click({ button: 'right' });
    const run = page.locator('.monaco-menu .action-item', { hasText: 'Run...' }).first();
    await run.waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(resultsDir, 'ui-run-menu.png') });
    // The menu opens with nothing focused: move to its first item (Run...) and choose it.
    await run.hover();
    await page.keyboard.press('Enter');

    await answer(/: Name$/, name);
    await answer(/: Ports$/, '8080');
    await answer(/: Environment$/, 'GREETING=hello');
    await answer(/: Volumes$/);
    await answer(/: Mode$/); // Detached is first
    const confirmStep = new RegExp(`^Run ${BASE_IMAGE.replace(/[/.]/g, '\\$&')}$`);
    await answer(confirmStep, 'More options');
    await answer(/: More options$/, 'Command');
    await answer(/: Command$/, 'sleep 300');
    await answer(/: More options$/, 'Labels');
    await answer(/: Labels$/, 'berth.test=1');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'sleep 300' }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(resultsDir, 'ui-run-more-options.png') });
    await answer(/: More options$/, 'Done');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: `docker run -d --name ${name} -p 8080 -e GREETING=hello --label berth.test=1 ${BASE_IMAGE} sleep 300` }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(resultsDir, 'ui-run-confirm.png') });
    await answer(confirmStep); // Run is first

    // Created first, then running, as the engine's events arrive.
    const row = page.locator('.pane', { hasText: /Containers/ }).locator('.monaco-list-row', { hasText: name }).filter({ hasText: /· Up/ }).first();
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), new RegExp(`${name}.*${BASE_IMAGE.replace('/', '\\/')} · Up`, 's'));
    await page.screenshot({ path: path.join(resultsDir, 'ui-run-container.png') });
    const inspect = await docker.getContainer(name).inspect();
    assert.deepEqual(inspect.Config.Cmd, ['sleep', '300']);
    assert.ok(inspect.Config.Env.includes('GREETING=hello'));
  });
});
