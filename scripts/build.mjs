// Bundles the client (dist/extension.js) and the server (dist/server.js) with esbuild.
// --production: minified, no source maps (what the .vsix ships).
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  // ssh2's optional native helper is never needed: Berth does not use dockerode's ssh transport.
  external: ['cpu-features', '*.node'],
};

// Start clean: a production build must not ship next to a development build's source maps.
rmSync('dist', { recursive: true, force: true });

/** dockerode requires these when it loads, but Berth never uses what they do (see the stand-in). */
const UNUSED_BY_BERTH = /^(ssh2|@grpc\/grpc-js|@grpc\/proto-loader)$/;
const standIn = fileURLToPath(new URL('./lib/unbundled.cjs', import.meta.url));
const leaveOutUnused = {
  name: 'leave-out-unused',
  setup(builder) {
    builder.onResolve({ filter: UNUSED_BY_BERTH }, () => ({ path: standIn }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: [...common.external, 'vscode'], plugins: [leaveOutUnused] }),
  build({
    ...common,
    entryPoints: ['server/src/server.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { SERVER_VERSION: JSON.stringify(version) },
  }),
]);
// The server is also a command (`berth-dockerfile-language-server --stdio`).
chmodSync('dist/server.js', 0o755);
