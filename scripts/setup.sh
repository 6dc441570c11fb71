#!/usr/bin/env bash
# Makes a fresh clone ready: npm packages (when package-lock.json is newer than the install) and the
# pinned cue and tofu binaries. Every step is skipped when already done, so it costs well under a second
# on a warm checkout.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] installing npm packages (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
bash scripts/bootstrap-tools.sh
