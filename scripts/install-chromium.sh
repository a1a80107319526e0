#!/usr/bin/env bash
# Makes Debian's Chromium available for the test that renders the PR comment's Mermaid diagram
# (playwright-core drives it; Playwright's own browser download is not used). Idempotent: does
# nothing when chromium is on PATH. Needs root and apt-get otherwise.
set -euo pipefail
say() { printf 'install-chromium: %s\n' "$*" >&2; }

if command -v chromium >/dev/null 2>&1; then
  say "$(chromium --version 2>/dev/null || echo chromium) is installed"
  exit 0
fi
[ "$(id -u)" = "0" ] || { say "chromium is missing and this is not root: apt-get install chromium"; exit 1; }
command -v apt-get >/dev/null 2>&1 || { say "chromium is missing and there is no apt-get"; exit 1; }
export DEBIAN_FRONTEND=noninteractive
# Another apt run (a second CI job, a developer's shell) holds the dpkg lock for a while: wait for it.
apt_get() { apt-get -qq -o DPkg::Lock::Timeout=300 "$@"; }
say "installing chromium with apt-get"
apt_get update >&2
apt_get install -y chromium >/dev/null
say "$(chromium --version) installed"
