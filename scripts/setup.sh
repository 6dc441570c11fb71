#!/usr/bin/env bash
# Makes a fresh clone ready: npm packages (when package-lock.json is newer than the install) and the
# pinned cue, tofu and actionlint binaries; with --providers also the provider plugins of the offline
# mirror that the tofu test tier needs (scripts/bootstrap-providers.sh: linode, cloudflare, random, from the
# registry when it answers, else built from source; EDGE_IAC_PROVIDER_SOURCE chooses). Every step is
# skipped when already done, so it costs well under a second on a warm checkout.
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
if [ "${1:-}" = "--providers" ]; then
  bash scripts/bootstrap-providers.sh
fi

# PostgreSQL refuses to run as root; as root, the api tests' embedded-postgres runs the server as the
# system user "postgres", which a fresh Debian machine without the server package does not have.
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  echo "[setup] creating the system user 'postgres' for the embedded PostgreSQL of the api tests" >&2
  useradd --system --user-group --no-create-home --shell /usr/sbin/nologin postgres
fi
