#!/usr/bin/env bash
# Puts the restore drill's tools (__tests__/backup/restore-drill.test.ts) into .tools/ of this checkout:
# the distribution's pgBackRest and the PostgreSQL server it was built for (Debian 12: pgBackRest 2.45
# and PostgreSQL 15), unpacked from their .deb files with `apt-get download` and `dpkg -x`, so nothing is
# installed on the machine and no root is needed. Links: .tools/pgbackrest (its usr/bin/pgbackrest) and
# .tools/postgresql (its usr/lib/postgresql/<major>/bin). adr/adr-postgres-backups.md says why these.
#
# Cached per user and version in ~/.cache/edge-iac/tools/{pgbackrest,postgresql}-<version>/; when both
# links already point at working binaries it does nothing (no apt query). Safe to run concurrently.
# EDGE_IAC_DRILL_PG_MAJOR picks another server major (default: the one the distribution's `postgresql`
# package depends on).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$root/.tools"
cache="${EDGE_IAC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/edge-iac}/tools"
mkdir -p "$tools" "$cache"

say() { printf '[pgbackrest] %s\n' "$*" >&2; }

works() {
  [ -x "$tools/pgbackrest/usr/bin/pgbackrest" ] && "$tools/pgbackrest/usr/bin/pgbackrest" version >/dev/null 2>&1 &&
    [ -x "$tools/postgresql/bin/postgres" ] && "$tools/postgresql/bin/postgres" --version >/dev/null 2>&1
}

if works; then
  say "$("$tools/pgbackrest/usr/bin/pgbackrest" version), $("$tools/postgresql/bin/postgres" --version): cached"
  exit 0
fi

for command in apt-get apt-cache dpkg flock; do
  if ! command -v "$command" >/dev/null 2>&1; then
    say "$command is missing: the restore drill takes pgBackRest and PostgreSQL from the distribution's .deb files (Debian or Ubuntu). Elsewhere, install pgbackrest and a PostgreSQL server it supports and link them as .tools/pgbackrest/usr/bin/pgbackrest and .tools/postgresql/bin/."
    exit 1
  fi
done

candidate() { apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p' | head -n 1; }

major=${EDGE_IAC_DRILL_PG_MAJOR:-$(apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n 1)}
if [ -z "$major" ]; then
  say "apt knows no 'postgresql' package, so the PostgreSQL major to test with is unknown: run 'apt-get update', or set EDGE_IAC_DRILL_PG_MAJOR."
  exit 1
fi

# fetch <package>: unpacks the package's candidate version into the cache (once); prints the folder.
fetch() {
  local package=$1 version dest
  version=$(candidate "$package")
  if [ -z "$version" ] || [ "$version" = "(none)" ]; then
    say "apt has no candidate for $package: run 'apt-get update' (as root) and try again."
    exit 1
  fi
  dest="$cache/$package-$version"
  (
    flock 9
    if [ ! -f "$dest/.complete" ]; then
      local started=$SECONDS work
      work=$(mktemp -d "$cache/.$package-XXXXXX")
      say "$package $version: apt-get download + dpkg -x into $dest"
      (cd "$work" && apt-get download -q "$package=$version" >&2)
      rm -rf "$dest"
      dpkg -x "$work"/*.deb "$dest"
      rm -rf "$work"
      touch "$dest/.complete"
      say "$package $version: unpacked in $((SECONDS - started)) s"
    fi
  ) 9>"$cache/$package.lock"
  printf '%s\n' "$dest"
}

pgbackrest=$(fetch pgbackrest)
postgresql=$(fetch "postgresql-$major")
ln -sfn "$pgbackrest" "$tools/pgbackrest"
ln -sfn "$postgresql/usr/lib/postgresql/$major" "$tools/postgresql"

if ! works; then
  say "the unpacked binaries do not run; their shared libraries are missing here:"
  ldd "$tools/pgbackrest/usr/bin/pgbackrest" "$tools/postgresql/bin/postgres" 2>&1 | grep 'not found' >&2 || true
  say "install them with apt-get (ldd names them; e.g. apt-get install libpq5 libxml2), or install pgbackrest and postgresql-$major."
  exit 1
fi
say "$("$tools/pgbackrest/usr/bin/pgbackrest" version), $("$tools/postgresql/bin/postgres" --version): in .tools/"
