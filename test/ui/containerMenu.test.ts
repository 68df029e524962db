// The container row's buttons and right-click menu as a user meets them: the .vsix in code-server,
// driven in Chromium. Screenshots land in test-results/.
import assert from 'node:assert/strict';
import path from 'node:path';
import { Page } from 'playwright-core';
import { BASE_IMAGE, docker } from '../support/docker';
import { openWorkbench, resultsDir, Workbench } from './workbench';

describe('the container row menu in the browser workbench', function () {
  this.timeout(180_000);
  const name = `berth-test-ui-menu-${Date.now().toString(36)}`;
  let workbench: Workbench | undefined;
  let page: Page;

  before(async () => {
    const container = await docker.createContainer({
      name,
      Image: BASE_IMAGE,
      Cmd: ['sleep', '600'],
      Labels: { 'berth.test': '1' },
      ExposedPorts: { '80/tcp': {} },
      HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '' }] } },
    });
    await container.start();
    workbench = await openWorkbench('menu');
    page = workbench.page;
  });

  after(async () => {
    await workbench?.close('ui-menu-last.png');
    await docker.getContainer(name).remove({ force: true }).catch(() => undefined);
  });

  it('offers lifecycle, workflows, management, commit, copy and inspect, then remove, in that order; and the inline buttons of a running container with a port', async () => {
    await page.locator('.activitybar [aria-label^="Berth"]').first().click();
    const row = page.locator('.monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.hover();
    const inline = await row.locator('.actions .action-label').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    assert.deepEqual(inline, ['Stop', 'Attach Shell', 'Pause', 'Open in Browser']);

    await row.click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor({ timeout: 10_000 });
    // Items and separators in order: a separator shows as '|'.
    const entries = await menu.locator('.action-item').evaluateAll((nodes) =>
      nodes.map((n) => (n.classList.contains('disabled') && n.querySelector('.separator') ? '|' : (n.querySelector('.action-label')?.textContent ?? '').trim())),
    );
    await page.screenshot({ path: path.join(resultsDir, 'ui-container-menu.png') });
    assert.deepEqual(entries.filter((e) => e !== ''), [
      'Stop', 'Restart', 'Pause', 'Kill', '|',
      'Attach Shell', 'Exec Command...', 'View Logs', 'View Logs...', '|',
      'Open in Browser', 'Rename...', '|',
      'Commit...', '|',
      'Copy ID', 'Copy as docker run Command', 'Inspect', '|',
      'Remove...',
    ]);

    await menu.locator('.action-label', { hasText: /^Inspect$/ }).click();
    const editor = page.locator('.monaco-editor .view-line', { hasText: '"Id":' });
    await editor.first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(resultsDir, 'ui-container-inspect.png') });
    assert.ok(await page.locator('.tab', { hasText: `${name}.json` }).first().isVisible());
  });

  it('offers the engine commands in the Containers view\'s title menu', async () => {
    const header = page.locator('.pane-header', { hasText: /Containers/i }).first();
    await header.hover();
    await header.locator('.action-label[aria-label="More Actions..."]').click();
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor({ timeout: 10_000 });
    const entries = await menu.locator('.action-item').evaluateAll((nodes) =>
      nodes.map((n) => (n.classList.contains('disabled') && n.querySelector('.separator') ? '|' : (n.querySelector('.action-label')?.textContent ?? '').trim())),
    );
    await page.screenshot({ path: path.join(resultsDir, 'ui-containers-title-menu.png') });
    await page.keyboard.press('Escape');
    const ours = entries.filter((e) => e !== '');
    for (const expected of ['Switch Docker Engine or Context...', 'Show Docker Engine Information', 'Remove Stopped Containers...', 'Show Docker Disk Usage', 'Remove Unused Docker Data (System Prune)...']) {
      assert.ok(ours.includes(expected), `${expected} in ${ours.join(', ')}`);
    }
    assert.ok(ours.indexOf('Show Docker Engine Information') < ours.indexOf('Remove Stopped Containers...'));
  });
});
