// `npm start`: the main job. Installs what is missing, builds and packages Berth, installs the
// .vsix into a real VS Code (code-server), makes sure a local Docker engine answers, and serves
// that VS Code on a sample workspace with a Dockerfile. Prints the address to open; Ctrl-C stops.
//   BERTH_PORT (default 8080), BERTH_BIND (default 127.0.0.1)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { buildAndPackage, ensureEngine, ensureNodeModules, repoRoot, step } from './lib/setup.mjs';

const require = createRequire(import.meta.url);
const cache = process.env.BERTH_CACHE ?? path.join(os.homedir(), '.cache/berth');
const port = Number(process.env.BERTH_PORT ?? 8080);
const host = process.env.BERTH_BIND ?? '127.0.0.1';

try {
  await step('npm packages', ensureNodeModules);
  await step('Docker engine', ensureEngine);
  const entry = await step('code-server (VS Code 1.100)', () => require('./lib/code-server.cjs').ensureCodeServer());
  const vsix = await step('type-check, bundle and package', buildAndPackage);

  // The sample workspace is copied once, so what the user changes in it survives restarts.
  const workspace = path.join(cache, 'sample-workspace');
  if (!existsSync(workspace)) cpSync(path.join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
  offerSampleContainer();

  const dataDir = path.join(cache, 'vscode');
  mkdirSync(dataDir, { recursive: true });
  const { startCodeServer } = require('./lib/code-server.cjs');
  const codeServer = await step('start VS Code with Berth', () => startCodeServer({ entry, workspace, vsix, port, host, dataDir }));

  console.log(`\nBerth is running in VS Code (code-server) against the local Docker engine.`);
  console.log(`Open: ${codeServer.folderUrl(workspace)}`);
  console.log(`Log:  ${codeServer.logFile}`);
  console.log('Press Ctrl-C to stop.');
  const stop = async () => {
    await codeServer.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  codeServer.process.on('exit', (code) => {
    console.error(`code-server exited (${code}); see ${codeServer.logFile}`);
    process.exit(1);
  });
} catch (error) {
  console.error(`\nBerth could not start: ${error.message}`);
  process.exit(1);
}

/** An engine with no containers makes an empty first impression: start one small sample. */
function offerSampleContainer() {
  const docker = (args) => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  try {
    if (docker(['ps', '-aq']) !== '') return;
    docker(['run', '-d', '--name', 'berth-sample', process.env.BERTH_BASE_IMAGE ?? 'berth/busybox:latest', 'sleep', 'infinity']);
    console.log("The engine had no containers: started one named 'berth-sample' (remove it with 'docker rm -f berth-sample').");
  } catch {
    // No docker CLI: Berth itself does not need one, and the views simply start empty.
  }
}
