#!/usr/bin/env bash
# Makes a Docker engine answer, for CI and local runs of the Docker stand-in.
#
#   eval "$(scripts/start-dockerd.sh)"
#   scripts/start-dockerd.sh --stop      stops the private engine this script started (if any)
#
# - An engine that already answers (DOCKER_HOST, or the default socket) is used as it is.
# - Otherwise a private dockerd is started in the background, with its socket, data, pid file and
#   log under $GENESYS_DOCKERD_DIR (default /tmp/genesys-dockerd); docker.io is installed with
#   apt-get first when dockerd is missing (needs root).
# - stdout carries only the `export DOCKER_HOST=...` line for the caller; progress goes to stderr.
#
# The private engine runs with:
#   --storage-driver=vfs   works on any file system (also inside a container on overlayfs); the
#                          stand-in image is a few MB, so vfs copying layers costs nothing here.
#   --iptables=false --ip6tables=false
#                          no NAT or firewall rules: the stand-in publishes no ports and needs no
#                          route off the machine, and many CI sandboxes have no netfilter.
#   --bridge=none          no default docker0 bridge; the stand-in attaches every container to its
#                          own user-defined bridge networks, which still work without iptables.
# Override with DOCKERD_STORAGE_DRIVER or add flags with DOCKERD_EXTRA_FLAGS.
set -euo pipefail

STATE_DIR="${GENESYS_DOCKERD_DIR:-/tmp/genesys-dockerd}"
SOCKET="$STATE_DIR/docker.sock"
OWN_HOST="unix://$SOCKET"
PIDFILE="$STATE_DIR/dockerd.pid"
LOG="$STATE_DIR/dockerd.log"
WAIT_SECONDS="${DOCKERD_WAIT_SECONDS:-60}"

say() { printf 'start-dockerd: %s\n' "$*" >&2; }

answers() {
  # `docker info` against one endpoint, bounded so a dead tcp:// or ssh:// host cannot hang us.
  DOCKER_HOST="$1" timeout 15 docker info --format '{{.ServerVersion}}' >/dev/null 2>&1
}

emit() {
  say "engine at $1 answers (server $(DOCKER_HOST="$1" docker info --format '{{.ServerVersion}}' 2>/dev/null))"
  printf 'export DOCKER_HOST=%q\n' "$1"
}

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    pid="$(cat "$PIDFILE")"
    kill "$pid"
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    say "stopped dockerd (pid $pid); its data stays in $STATE_DIR/data"
  else
    say "no dockerd of this script is running"
  fi
  exit 0
fi

# 1. An engine that already answers: the caller's DOCKER_HOST, the default socket, or ours.
if command -v docker >/dev/null 2>&1; then
  if [ -n "${DOCKER_HOST:-}" ] && answers "$DOCKER_HOST"; then
    emit "$DOCKER_HOST"
    exit 0
  fi
  if [ -z "${DOCKER_HOST:-}" ] && answers "unix:///var/run/docker.sock"; then
    emit "unix:///var/run/docker.sock"
    exit 0
  fi
  if [ -S "$SOCKET" ] && answers "$OWN_HOST"; then
    emit "$OWN_HOST"
    exit 0
  fi
fi
if [ -n "${DOCKER_HOST:-}" ] && [ "${DOCKER_HOST}" != "$OWN_HOST" ]; then
  say "DOCKER_HOST=$DOCKER_HOST does not answer; starting a local engine instead"
fi

# 2. Install the engine when it is missing.
if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ]; then
    say "dockerd is not installed and this is not root: install docker.io (or Docker Engine) first"
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    say "dockerd is not installed and there is no apt-get: install a Docker engine first"
    exit 1
  fi
  say "installing docker.io with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  # Another apt run (a second CI job, a developer's shell) may hold the dpkg lock: wait for it.
  apt-get update -qq -o DPkg::Lock::Timeout=300 >&2
  apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends docker.io >&2
fi
if [ "$(id -u)" != "0" ]; then
  say "starting dockerd needs root (or use rootless Docker and set DOCKER_HOST)"
  exit 1
fi

# 3. Start a private dockerd unless ours is still starting (pid file with a live process).
mkdir -p "$STATE_DIR/data" "$STATE_DIR/exec"
if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  say "dockerd (pid $(cat "$PIDFILE")) is running; waiting for it to answer"
else
  rm -f "$PIDFILE" "$SOCKET"
  # shellcheck disable=SC2086 # DOCKERD_EXTRA_FLAGS is a list of flags
  nohup dockerd \
    --host="$OWN_HOST" \
    --data-root="$STATE_DIR/data" \
    --exec-root="$STATE_DIR/exec" \
    --pidfile="$PIDFILE" \
    --storage-driver="${DOCKERD_STORAGE_DRIVER:-vfs}" \
    --iptables=false \
    --ip6tables=false \
    --bridge=none \
    ${DOCKERD_EXTRA_FLAGS:-} \
    >"$LOG" 2>&1 </dev/null &
  say "started dockerd (pid $!), socket $SOCKET, log $LOG"
fi

# 4. Wait, bounded, until it answers.
for _ in $(seq 1 "$WAIT_SECONDS"); do
  if [ -S "$SOCKET" ] && answers "$OWN_HOST"; then
    emit "$OWN_HOST"
    exit 0
  fi
  sleep 1
done
say "dockerd did not answer within ${WAIT_SECONDS}s; last lines of $LOG:"
tail -n 20 "$LOG" >&2 || true
exit 1
