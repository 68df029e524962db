// Starts and stops code-server (VS Code served to a browser) for the main job and the tests.
// CommonJS so that both the .mjs scripts and the compiled TypeScript tests can load it.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '../..');

/** Installs code-server if needed (cached per version) and returns its entry script. */
function ensureCodeServer() {
  const dir = execFileSync(path.join(repoRoot, 'scripts/ensure-code-server.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
  return path.join(dir, 'node_modules/code-server/out/node/entry.js');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const DEFAULT_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  // The test workspace sits inside Berth's own repository: no prompt to open that.
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * Installs a .vsix into an extensions folder the way users do.
 * @param {string} entry @param {string} vsix @param {string} extensionsDir
 */
function installExtension(entry, vsix, extensionsDir) {
  execFileSync(process.execPath, [entry, '--install-extension', vsix, '--force', '--extensions-dir', extensionsDir], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * @param {{ entry: string, workspace: string, port?: number, host?: string, dataDir?: string,
 *   vsix?: string, env?: Record<string, string>, settings?: Record<string, unknown>, log?: string }} options
 */
async function startCodeServer(options) {
  const port = options.port ?? (await freePort());
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'berth-code-server-'));
  const userDataDir = path.join(dataDir, 'user-data');
  const extensionsDir = path.join(dataDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }, null, 2));
  if (options.vsix) installExtension(options.entry, options.vsix, extensionsDir);

  const logFile = options.log ?? path.join(dataDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [options.entry, '--auth', 'none', '--bind-addr', `${host}:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, options.workspace],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', out, out], detached: true },
  );
  fs.closeSync(out);
  const url = `http://${host}:${port}`;
  const exited = new Promise((resolve) => child.on('exit', resolve));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (${child.exitCode}); see ${logFile}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    url,
    port,
    dataDir,
    userDataDir,
    extensionsDir,
    logFile,
    process: child,
    /** The URL that opens a folder in the workbench. */
    folderUrl(folder, extraQuery = '') {
      return `${url}/?folder=${encodeURIComponent(folder)}${extraQuery}`;
    },
    /** The extension host's log, for activation times and errors. */
    extensionHostLog() {
      const logs = path.join(userDataDir, 'logs');
      if (!fs.existsSync(logs)) return '';
      return fs.readdirSync(logs).sort().flatMap((session) => {
        const file = path.join(logs, session, 'exthost1', 'remoteexthost.log');
        return fs.existsSync(file) ? [fs.readFileSync(file, 'utf8')] : [];
      }).join('\n');
    },
    async stop() {
      if (child.exitCode === null) {
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
        const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** Launch options for Debian's Chromium that work on these machines (no sandbox as root, no network). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

function chromiumPath() {
  for (const candidate of [process.env.BERTH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  throw new Error('No Chromium found: install Debian\'s chromium package (apt-get install chromium) or set BERTH_CHROMIUM.');
}

module.exports = { repoRoot, ensureCodeServer, startCodeServer, installExtension, freePort, chromiumPath, CHROMIUM_ARGS };
