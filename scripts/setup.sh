#!/usr/bin/env bash
# Makes a fresh clone ready: npm packages (when package-lock.json is newer than the install) and the
# pinned cue and tofu binaries. Every step is skipped when already done, so it costs well under a second
# on a warm checkout.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # Not `npm ci`: npm 11 leaves other platforms' optional packages (@swc/core-darwin-*, …) out of the
  # lock file and then `npm ci` refuses it as out of sync. `npm install --no-save` installs the locked
  # versions and never rewrites package.json or package-lock.json.
  echo "[setup] installing npm packages (npm install --no-save, from package-lock.json)" >&2
  npm install --no-save --no-audit --no-fund --loglevel=error
fi
bash scripts/bootstrap-tools.sh
