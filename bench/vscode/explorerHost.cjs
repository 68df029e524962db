// The explorer bench's extensionTestsPath module: runs inside the real extension host, with
// `berth.docker.host` pointing at the bench's populated engine. It activates Berth and times
// activation and the four views' first listing (what a user waits for after opening the
// sidebar), then writes the figures as the run's JSON report. Asserts nothing.
const { writeFileSync } = require('node:fs');
const vscode = require('vscode');

const VIEWS = ['berth.containers', 'berth.images', 'berth.volumes', 'berth.networks'];

exports.run = async function run() {
  const extension = vscode.extensions.getExtension('berth.berth');
  if (!extension) throw new Error('Berth is not installed in this extension host');
  const wasActive = extension.isActive;
  const started = performance.now();
  const api = await extension.activate();
  const activated = performance.now();
  const rows = {};
  const listedAt = {};
  await Promise.all(
    VIEWS.map(async (view) => {
      rows[view] = (await api.viewItems(view)).length;
      listedAt[view] = performance.now() - started;
    }),
  );
  const allListed = performance.now() - started;
  const bench = { wasActive, activationMs: activated - started, activateInsideMs: api.activationTimeMs, allListedMs: allListed, listedAt, rows };
  const report = { passed: 1, failed: 0, results: [], notes: [], bench };
  if (process.env.BERTH_TEST_REPORT) writeFileSync(process.env.BERTH_TEST_REPORT, JSON.stringify(report, null, 2));
};
