#!/usr/bin/env bash
# Makes sure a Docker engine answers, and that the local base image exists.
# - An engine that already answers (DOCKER_HOST or the default socket) is reused as it is.
# - Otherwise, as root on Debian: installs docker.io and starts dockerd in the background.
# - Otherwise: says exactly what is missing and exits 1.
# Nothing can be pulled on these machines, so the base image is imported from busybox-static.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${BERTH_CACHE:-$HOME/.cache/berth}"
base_image="${BERTH_BASE_IMAGE:-berth/busybox:latest}"
host="${DOCKER_HOST:-unix:///var/run/docker.sock}"

ping_engine() {
  case "$host" in
    unix://*) curl -sf --max-time 2 --unix-socket "${host#unix://}" http://localhost/_ping >/dev/null 2>&1 ;;
    tcp://*) curl -sf --max-time 2 "http://${host#tcp://}/_ping" >/dev/null 2>&1 ;;
    *) docker version >/dev/null 2>&1 ;;
  esac
}

# A killed dockerd leaves its pid file behind and the next one refuses to start. It may also
# linger a moment as a zombie, which kill -0 still counts as alive.
remove_stale_pid_file() {
  [ -f /var/run/docker.pid ] || return 0
  local pid state
  pid="$(cat /var/run/docker.pid)"
  state="$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)"
  if [ -z "$state" ] || [ "$state" = Z ] || [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != dockerd ]; then
    rm -f /var/run/docker.pid
  fi
}

if ! ping_engine; then
  if [ "$host" != "unix:///var/run/docker.sock" ]; then
    echo "No Docker engine answers at DOCKER_HOST=$host. Start it, or unset DOCKER_HOST to use a local engine." >&2
    exit 1
  fi
  if [ "$(id -u)" != 0 ] || [ ! -f /etc/debian_version ]; then
    echo "No Docker engine answers at /var/run/docker.sock." >&2
    echo "Start Docker (for example 'sudo systemctl start docker' or Docker Desktop) and make sure" >&2
    echo "your user may use the socket ('sudo usermod -aG docker \$USER', then log in again)." >&2
    exit 1
  fi
  "$here/ensure-system.sh" engine
  mkdir -p "$cache"
  # Two tries: a dockerd killed just before can leave its containerd shutting down, and the
  # next dockerd then gives up waiting for containerd once.
  for _attempt in 1 2; do
    remove_stale_pid_file
    echo "Starting dockerd (log: $cache/dockerd.log)..." >&2
    setsid nohup dockerd --host unix:///var/run/docker.sock >"$cache/dockerd.log" 2>&1 < /dev/null &
    dockerd_pid=$!
    for _ in $(seq 1 60); do
      ping_engine && break
      kill -0 "$dockerd_pid" 2>/dev/null || break
      sleep 0.5
    done
    ping_engine && break
    kill "$dockerd_pid" 2>/dev/null || true
    sleep 2
  done
  if ! ping_engine; then
    echo "dockerd did not start; the end of its log ($cache/dockerd.log):" >&2
    tail -n 5 "$cache/dockerd.log" >&2
    exit 1
  fi
fi

export DOCKER_HOST="$host"
if ! docker image inspect "$base_image" >/dev/null 2>&1; then
  "$here/ensure-system.sh" engine
  root="$(mktemp -d)"
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root"
  cp /bin/busybox "$root/bin/busybox"
  for applet in $("$root/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
  echo 'root:x:0:' > "$root/etc/group"
  tar -C "$root" -c . | docker import -c 'CMD ["sh"]' -c 'ENV PATH=/bin' - "$base_image" >/dev/null
  rm -rf "$root"
  echo "Imported the local base image $base_image from busybox-static." >&2
fi
