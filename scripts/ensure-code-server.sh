#!/usr/bin/env bash
# Installs code-server (a real VS Code served to a browser) into a cache folder keyed by its
# version, so only the first run on a machine pays the ~2 minutes. Prints the install folder.
# code-server 4.100.3 bundles VS Code 1.100.3, the newest that runs on Node 20.
set -euo pipefail
version="${BERTH_CODE_SERVER_VERSION:-4.100.3}"
cache="${BERTH_CACHE:-$HOME/.cache/berth}"
dir="$cache/code-server-$version"
entry="$dir/node_modules/code-server/out/node/entry.js"

if [ -f "$dir/.complete" ] && [ -f "$entry" ]; then echo "$dir"; exit 0; fi

here="$(cd "$(dirname "$0")" && pwd)"
"$here/ensure-system.sh" code-server-build >&2

echo "Installing code-server $version into $dir (once per machine, about 2 minutes)..." >&2
rm -rf "$dir"; mkdir -p "$dir"; cd "$dir"
echo '{"name":"berth-code-server-cache","private":true}' > package.json
# Its install scripts download binaries from the internet, which these machines cannot reach:
# skip them and rebuild the native modules from source against the local Node instead.
npm install --no-audit --no-fund --ignore-scripts "code-server@$version" >&2
npm rebuild argon2 >&2
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
# node-pty's post-install fails after building pty.node (compile_commands.json); the binary works.
npm rebuild kerberos node-pty @vscode/spdlog @vscode/deviceid native-watchdog >&2 || true
test -f node_modules/node-pty/build/Release/pty.node || { echo "node-pty did not build" >&2; exit 1; }
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
touch "$dir/.complete"
echo "$dir"
