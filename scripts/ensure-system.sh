#!/usr/bin/env bash
# Installs the Debian packages Berth's main job and tests need, only those missing.
# Usage: scripts/ensure-system.sh [engine] [browser] [code-server-build]
# Prints what it installs; exits non-zero with the reason when it cannot install.
set -euo pipefail

want=()
for group in "$@"; do
  case "$group" in
    engine) want+=(docker.io busybox-static openssl iproute2 openssh-client openssh-server) ;;
    browser) want+=(chromium) ;;
    code-server-build) want+=(libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev ripgrep) ;;
    *) echo "ensure-system: unknown group '$group'" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "Berth needs these Debian packages: ${missing[*]}" >&2
  echo "Install them (as root: apt-get install -y ${missing[*]}) and run this command again." >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
