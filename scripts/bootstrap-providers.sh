#!/usr/bin/env bash
# Puts the pinned OpenTofu provider plugins into an offline filesystem mirror at .tools/providers of this
# checkout (unpacked layout: registry.opentofu.org/<namespace>/<type>/<version>/<os>_<arch>/terraform-provider-…)
# and writes .tools/tofurc (rendered from tofu/cli.tfrc.template), which points tofu at that mirror and at
# nothing else. Every plugin comes from one of two sources, at the same pinned version, into the same layout:
#   registry  the release package from the OpenTofu registry (`tofu providers mirror`, unpacked): seconds.
#             Needs .tools/bin/tofu (scripts/bootstrap-tools.sh) and HTTPS to the registry.
#   source    built from source with Go and the Go module proxy: minutes, cloudflare over an hour (ADR).
#
#   bash scripts/bootstrap-providers.sh                 # linode, cloudflare, random
#   bash scripts/bootstrap-providers.sh --with-aws      # also hashicorp/aws (30 minutes from source)
#   bash scripts/bootstrap-providers.sh --only=linode   # only the named ones (comma-separated)
#   bash scripts/bootstrap-providers.sh --write-lock    # writes tofu/registry.terraform.lock.hcl (registry only)
#   export TF_CLI_CONFIG_FILE="$PWD/.tools/tofurc"      # then tofu init needs no network
#
#   EDGE_IAC_PROVIDER_SOURCE=auto       the registry when it answers (3 s connect timeout), else source (default)
#   EDGE_IAC_PROVIDER_SOURCE=registry   the registry only: fails at once, saying so, when it does not answer
#   EDGE_IAC_PROVIDER_SOURCE=source     source builds only (air-gapped machines)
#   EDGE_IAC_PROVIDER_REGISTRY=<url>    another server speaking the provider registry protocol for
#                                       registry.opentofu.org's providers (default https://registry.opentofu.org)
#   EDGE_IAC_LOCK_PLATFORMS=<list>      --write-lock: platforms to record (default linux_amd64,linux_arm64,
#                                       darwin_amd64,darwin_arm64)
#   EDGE_IAC_GOPROXY_EXTRA=<dir>        source builds: a module-proxy folder tried before GOPROXY
#   EDGE_IAC_CACHE=<dir>                the per-user cache (default ~/.cache/edge-iac)
#
# Idempotent: a plugin already in the per-user cache (~/.cache/edge-iac/providers/) is linked, not fetched or
# built again. Source builds live in <ns>-<type>-<version>/, registry packages in
# registry-<ns>-<type>-<version>-<os>_<arch>/, so neither overwrites the other (tofu records different hashes
# for them). Safe to run concurrently (one flock per cache entry). A provider that cannot be mirrored is
# reported and the others are still mirrored; the exit status is then 1. When tofu/registry.terraform.lock.hcl
# exists, a registry package whose zh: hash it does not list for that provider and version is refused (source
# builds have hashes of their own and are never checked against it: the ADR says why).
set -euo pipefail

# name|namespace|type|version|go module|module version|ldflags -X variable that carries the version|h1 pin|
# what the source build is when it is not the release's own commit
# The version column is the one tofu sees (the mirror directory, the registry release); every one is a
# release of the registry (how each was checked: adr/adr-linode-bindings-and-provider-mirror.md) except aws,
# which could not be confirmed. A source build is labelled with what its source tree declares about itself.
# The Go module proxy reachable here serves only some module versions, hence the pseudo-versions:
#   cloudflare: main of 2026-08-24, after the 5.24.0 release; its release-please manifest says 5.24.0
#   random:     main of 2026-08-24, after the 3.9.0 release; version/VERSION says 3.9.0 and its go.mod still
#               declares the old path github.com/terraform-providers/terraform-provider-random
#   aws:        main of 2026-06-02, version/VERSION says 6.47.1 (on aws's main that names the next release)
#   linode:     the v3.13.0 tag. The proxy reachable here refuses the module (403); where it does, put a
#               folder holding it in module-proxy layout in EDGE_IAC_GOPROXY_EXTRA (.ci/run uses
#               ../shared/goproxy when it exists). Its checksum-database lookup is skipped (GONOSUMDB for
#               this module only), so the zip's h1 hash is pinned here instead and a download whose Sum
#               differs is refused.
PROVIDERS=(
  "linode|linode|linode|3.13.0|github.com/linode/terraform-provider-linode/v3|v3.13.0|github.com/linode/terraform-provider-linode/v3/version.ProviderVersion|h1:B/spFMDBCeLbfbBOmPFWJPq05Qsqt37XBRk2jeS9xFo=|"
  "cloudflare|cloudflare|cloudflare|5.24.0|github.com/cloudflare/terraform-provider-cloudflare|v0.0.0-20260824180050-4f360d592a7d|main.version||main of 2026-08-24, 4 days after the 5.24.0 release (2026-08-20)"
  "random|hashicorp|random|3.9.0|github.com/hashicorp/terraform-provider-random|v1.3.2-0.20260824155315-e1092b0cfc07|||main of 2026-08-24, after the 3.9.0 release (2026-05-12); no unreleased change notes"
)
AWS_PROVIDER="aws|hashicorp|aws|6.47.1|github.com/hashicorp/terraform-provider-aws|v1.60.1-0.20260602190131-5f2286d6d836|github.com/hashicorp/terraform-provider-aws/version.ProviderVersion||main of 2026-06-02, whose version/VERSION says 6.47.1 (not confirmed to be a release)"
REGISTRY_HOST=registry.opentofu.org # the host every stack's provider source names, and the mirror's top folder
REGISTRY_URL=${EDGE_IAC_PROVIDER_REGISTRY:-https://$REGISTRY_HOST}
REGISTRY_URL=${REGISTRY_URL%/}
SOURCE_MODE=${EDGE_IAC_PROVIDER_SOURCE:-auto}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mirror="$root/.tools/providers"
tofurc="$root/.tools/tofurc"
template="$root/tofu/cli.tfrc.template"
tofu_bin="$root/.tools/bin/tofu"
registry_lock="$root/tofu/registry.terraform.lock.hcl"
cache="${EDGE_IAC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/edge-iac}/providers"

say() { printf '[providers] %s\n' "$*" >&2; }

case "$SOURCE_MODE" in
  auto | registry | source) ;;
  *)
    say "EDGE_IAC_PROVIDER_SOURCE=$SOURCE_MODE is not a provider source: use auto (the registry when it answers, else a source build), registry or source"
    exit 2
    ;;
esac

only=""
write_lock=no
for arg in "$@"; do
  case "$arg" in
    --only=*) only=${arg#--only=} ;;
    --only) say "--only needs a value: --only=linode[,cloudflare,…]"; exit 2 ;;
    --with-aws) PROVIDERS+=("$AWS_PROVIDER") ;;
    --with-linode) ;; # linode is built by default now; the flag is accepted for older scripts
    --write-lock) write_lock=yes ;;
    -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) say "unknown argument: $arg (known: --with-aws, --only=<names>, --write-lock)"; exit 2 ;;
  esac
done
if [ -n "$only" ]; then
  selected=()
  for name in ${only//,/ }; do
    found=""
    for spec in "${PROVIDERS[@]}" "$AWS_PROVIDER"; do
      [ "${spec%%|*}" = "$name" ] && found=$spec
    done
    [ -n "$found" ] || { say "--only: no provider named $name (known: linode, cloudflare, random, aws)"; exit 2; }
    selected+=("$found")
  done
  PROVIDERS=("${selected[@]}")
fi

if [ "$write_lock" = yes ] && [ "$SOURCE_MODE" = source ]; then
  say "--write-lock records the registry's package hashes: it cannot run with EDGE_IAC_PROVIDER_SOURCE=source"
  exit 2
fi
if [ -n "${EDGE_IAC_GOPROXY_EXTRA:-}" ] && [ ! -d "$EDGE_IAC_GOPROXY_EXTRA" ]; then
  say "EDGE_IAC_GOPROXY_EXTRA=$EDGE_IAC_GOPROXY_EXTRA is not a folder (it should hold Go modules in module-proxy layout)"
  exit 2
fi

# The platform tofu runs on, in its own spelling (linux_amd64, darwin_arm64 …): a registry package and a
# source build are both for this machine.
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) os=$(uname -s | tr '[:upper:]' '[:lower:]') ;; esac
case "$(uname -m)" in x86_64 | amd64) arch=amd64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
PLATFORM=${os}_$arch
mkdir -p "$mirror" "$cache"

sha256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1; }

# link_into_mirror <cache-dir> <ns> <type> <version>: the mirror's platform folder of that version holds
# exactly one link per file of the cache folder (dot files, the stamps, excepted). Left alone when it does.
link_into_mirror() {
  local from=$1 target="$mirror/$REGISTRY_HOST/$2/$3/$4/$PLATFORM" file want="" have=""
  for file in "$from"/*; do [ -e "$file" ] && want+="$file"$'\n'; done
  if [ -d "$target" ]; then
    for file in "$target"/*; do [ -e "$file" ] || [ -L "$file" ] && have+="$(readlink "$file" || true)"$'\n'; done
  fi
  [ "$want" = "$have" ] && return 0
  rm -rf "$target"
  mkdir -p "$target"
  for file in "$from"/*; do [ -e "$file" ] && ln -s "$file" "$target/"; done
  return 0
}

# ---------------------------------------------------------------------------------------------------------
# The registry source.

# registry_versions <ns> <type>: the registry's list of releases of one provider (JSON) on stdout.
registry_versions() {
  curl -fsS --connect-timeout 3 --max-time 10 "$REGISTRY_URL/v1/providers/$1/$2/versions"
}

# registry_lists <ns> <type> <version>: whether the registry lists that release.
registry_lists() {
  local body
  body=$(registry_versions "$1" "$2" 2>/dev/null) || return 1
  grep -Eq "\"version\"[[:space:]]*:[[:space:]]*\"${3//./\\.}\"" <<<"$body"
}

# lock_hashes <ns> <type> <version>: the hashes tofu/registry.terraform.lock.hcl records for that provider at
# that version, one a line (none when it does not name that provider and version).
lock_hashes() {
  awk -v addr="\"$REGISTRY_HOST/$1/$2\"" -v version="\"$3\"" '
    $1 == "provider" && $2 == addr { inside = 1; right = 0; next }
    inside && $1 == "version" && $3 == version { right = 1 }
    inside && right && match($0, /"(h1|zh):[^"]*"/) { print substr($0, RSTART + 1, RLENGTH - 2) }
    inside && /^}/ { inside = 0 }' "$registry_lock"
}

# lock_allows <ns> <type> <version> <zh:hash>: true unless the lock file names that provider and version with
# other hashes only.
lock_allows() {
  local hashes
  [ -f "$registry_lock" ] || return 0
  hashes=$(lock_hashes "$1" "$2" "$3")
  [ -z "$hashes" ] || grep -qxF "$4" <<<"$hashes"
}

# registry_cached <cache-dir> <ns> <type> <version>: a complete registry package of that version, fetched
# from the registry in use (and listed in the lock file when there is one).
registry_cached() {
  local stamp
  stamp=$(cat "$1/.stamp" 2>/dev/null) || return 1
  [ "${stamp% *}" = "registry $REGISTRY_URL" ] || return 1
  compgen -G "$1/terraform-provider-$3*" >/dev/null || return 1
  lock_allows "$2" "$3" "$4" "${stamp##* }"
}

# registry_tofu <scratch-dir> <tofu arguments…>: tofu with a CLI config of its own (the checkout's
# .tools/tofurc, mirror only, must not apply, nor an inherited missing file), pointed at
# EDGE_IAC_PROVIDER_REGISTRY when that names another server.
registry_tofu() {
  local work=$1
  shift
  : >"$work/cli.tfrc"
  if [ "$REGISTRY_URL" != "https://$REGISTRY_HOST" ]; then
    printf 'host "%s" {\n  services = { "providers.v1" = "%s/v1/providers/" }\n}\n' "$REGISTRY_HOST" "$REGISTRY_URL" >"$work/cli.tfrc"
  fi
  env -u TF_PLUGIN_CACHE_DIR TF_CLI_CONFIG_FILE="$work/cli.tfrc" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 "$tofu_bin" "$@"
}

# required_providers_json <spec>…: a configuration (JSON) that requires exactly those providers and versions.
required_providers_json() {
  local spec ns type version sep=""
  printf '{"terraform":{"required_providers":{'
  for spec in "$@"; do
    IFS='|' read -r _ ns type version _ <<<"$spec"
    printf '%s"%s":{"source":"%s/%s/%s","version":"%s"}' "$sep" "$type" "$REGISTRY_HOST" "$ns" "$type" "$version"
    sep=,
  done
  printf '}}}\n'
}

# write_lock: tofu/registry.terraform.lock.hcl from `tofu providers lock` of the selected providers, for the
# platforms users run on; then exits.
write_lock() {
  local work platforms=${EDGE_IAC_LOCK_PLATFORMS:-linux_amd64,linux_arm64,darwin_amd64,darwin_arm64} args=() p
  if [ "$registry_state" != up ]; then
    say "--write-lock needs the registry, and $REGISTRY_URL cannot be used ($registry_why)"
    exit 1
  fi
  for p in ${platforms//,/ }; do args+=("-platform=$p"); done
  work=$(mktemp -d)
  mkdir -p "$work/config"
  required_providers_json "${PROVIDERS[@]}" >"$work/config/main.tf.json"
  if ! (cd "$work/config" && registry_tofu "$work" providers lock -no-color "${args[@]}" >"$work/log" 2>&1); then
    say "tofu providers lock failed:"
    grep -v '^[[:space:]]*$' "$work/log" | sed 's/^/  /' >&2
    rm -rf "$work"
    exit 1
  fi
  {
    printf '# Generated by `bash scripts/bootstrap-providers.sh --write-lock` (tofu providers lock, %s, from %s):\n' "$platforms" "$REGISTRY_URL"
    printf '# the registry packages of the pinned providers. Regenerate it after changing a pin; never edit it.\n'
    grep -v '^# ' "$work/config/.terraform.lock.hcl"
  } >"$registry_lock.tmp"
  mv -f "$registry_lock.tmp" "$registry_lock"
  rm -rf "$work"
  say "wrote $registry_lock for $(printf '%s ' "${PROVIDERS[@]%%|*}")on $platforms: review the signing keys tofu reported, then commit it"
  exit 0
}

# fetch_registry <ns> <type> <version> <out-dir>: `tofu providers mirror` of that one release for this
# platform into a scratch folder, then the package unpacked into <out-dir>. Returns 3 when the package is
# refused (lock file), 1 when it could not be fetched.
fetch_registry() {
  local ns=$1 type=$2 version=$3 out=$4 work zip zh
  work=$(mktemp -d)
  mkdir -p "$work/config" "$out"
  required_providers_json "$ns|$ns|$type|$version" >"$work/config/main.tf.json"
  if ! (cd "$work/config" && registry_tofu "$work" providers mirror -no-color -platform="$PLATFORM" "$work/packages" >"$work/log" 2>&1); then
    say "$ns/$type $version: tofu providers mirror failed:"
    grep -v '^[[:space:]]*$' "$work/log" | sed 's/^/  /' >&2
    rm -rf "$work"
    return 1
  fi
  zip="$work/packages/$REGISTRY_HOST/$ns/$type/terraform-provider-${type}_${version}_${PLATFORM}.zip"
  if [ ! -f "$zip" ]; then
    say "$ns/$type $version: tofu providers mirror left no package for $PLATFORM"
    rm -rf "$work"
    return 1
  fi
  zh="zh:$(sha256 "$zip")"
  if ! lock_allows "$ns" "$type" "$version" "$zh"; then
    say "refusing $ns/$type $version from $REGISTRY_URL: its package hash is $zh, which tofu/registry.terraform.lock.hcl does not list for $REGISTRY_HOST/$ns/$type $version (it lists $(lock_hashes "$ns" "$type" "$version" | grep '^zh:' | paste -sd' ' -))"
    rm -rf "$work"
    return 3
  fi
  if [ -f "$registry_lock" ] && [ -z "$(lock_hashes "$ns" "$type" "$version")" ]; then
    say "$ns/$type $version: not in tofu/registry.terraform.lock.hcl, so not checked against it (bash scripts/bootstrap-providers.sh --write-lock adds it)"
  fi
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$zip" -d "$out"
  else
    python3 -m zipfile -e "$zip" "$out"
  fi
  chmod u+x "$out"/terraform-provider-"$type"* 2>/dev/null || true
  cp "$work/packages/$REGISTRY_HOST/$ns/$type/$version.json" "$out/.registry-$version.json" 2>/dev/null || true
  printf 'registry %s %s\n' "$REGISTRY_URL" "$zh" >"$out/.stamp"
  rm -rf "$work"
}

# mirror_from_registry <spec>: the registry package of one provider, from the cache or downloaded.
mirror_from_registry() {
  local ns type version rc=0
  IFS='|' read -r _ ns type version _ <<<"$1"
  local dest="$cache/registry-$ns-$type-$version-$PLATFORM"
  (
    flock 9
    if registry_cached "$dest" "$ns" "$type" "$version"; then
      say "$ns/$type $version: registry package, cached in $dest"
      exit 0
    fi
    if [ "$registry_state" != up ]; then
      say "$ns/$type $version: not in the cache, and the registry cannot be used ($registry_why)"
      exit 1
    fi
    if ! registry_lists "$ns" "$type" "$version"; then
      say "$ns/$type $version: $REGISTRY_URL lists no such release"
      exit 1
    fi
    local started=$SECONDS rc=0
    say "$ns/$type $version: downloading the release package from $REGISTRY_URL (tofu providers mirror)"
    rm -rf "$dest.tmp"
    fetch_registry "$ns" "$type" "$version" "$dest.tmp" || rc=$?
    if [ "$rc" != 0 ]; then
      rm -rf "$dest.tmp"
      exit "$rc"
    fi
    rm -rf "$dest"
    mv "$dest.tmp" "$dest"
    say "$ns/$type $version: downloaded and unpacked in $((SECONDS - started)) s"
  ) 9>"$dest.lock" || rc=$?
  [ "$rc" = 0 ] || return "$rc"
  link_into_mirror "$dest" "$ns" "$type" "$version"
}

# registry_state (up or down) and registry_why: one request decides whether the registry can be used.
registry_state=down
registry_why=""
probe_registry() {
  local ns type code err
  IFS='|' read -r _ ns type _ <<<"${PROVIDERS[0]}"
  if [ ! -x "$tofu_bin" ]; then
    registry_why="$tofu_bin is missing; scripts/bootstrap-tools.sh builds it"
    return
  fi
  if ! command -v curl >/dev/null 2>&1; then
    registry_why="curl is not installed"
    return
  fi
  err=$(mktemp)
  code=$(curl -sS -o /dev/null -w '%{http_code}' --connect-timeout 3 --max-time 10 "$REGISTRY_URL/v1/providers/$ns/$type/versions" 2>"$err") || true
  if [ "${code:-000}" -ge 200 ] 2>/dev/null && [ "$code" -lt 500 ]; then
    registry_state=up
    registry_why="it answered HTTP $code"
  elif [ "${code:-000}" != 000 ]; then
    registry_why="it answered HTTP $code"
  else
    registry_why="no answer: $(head -n 1 "$err" | sed 's/^curl: ([0-9]*) //'); connect timeout 3 s"
  fi
  rm -f "$err"
}

# ---------------------------------------------------------------------------------------------------------
# The source: a Go build of the pinned module version.

go_ready() {
  if ! command -v go >/dev/null 2>&1; then
    say "Go is not installed. Install Go >= 1.26.6 (https://go.dev/doc/install, or your distribution's golang package) and run this again, or let the registry provide the plugins (EDGE_IAC_PROVIDER_SOURCE=auto or registry, with the network)."
    return 1
  fi
  export CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN=${GOTOOLCHAIN:-auto}
  if [ -n "${EDGE_IAC_GOPROXY_EXTRA:-}" ]; then
    GOPROXY="file://$(cd "$EDGE_IAC_GOPROXY_EXTRA" && pwd),$(go env GOPROXY)"
    export GOPROXY
    say "Go modules: $EDGE_IAC_GOPROXY_EXTRA first (EDGE_IAC_GOPROXY_EXTRA), then the usual proxy"
  fi
}

# build_provider <out-dir> <binary-name> <module> <module-version> <ldflags-variable> <version> [<h1 pin>]
# Always builds inside a writable copy of the downloaded module: `go install module@version` refuses modules
# with `replace` lines and modules whose go.mod declares another path (random), so one way fits all.
build_provider() {
  local out=$1 binary=$2 module=$3 modversion=$4 var=$5 version=$6 pin=${7:-} json src sum work ldflags="-s -w"
  mkdir -p "$out"
  if [ -n "$pin" ]; then
    # The module's checksum-database lookup is skipped for this module only: the pin below checks it.
    json=$(GONOSUMDB="${GONOSUMDB:+$GONOSUMDB,}${module%/v[0-9]*}" go mod download -json "$module@$modversion") || true
  else
    json=$(go mod download -json "$module@$modversion") || true
  fi
  src=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  sum=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Sum": "\(.*\)",$/\1/p')
  if [ -z "$src" ]; then
    say "could not download $module@$modversion from the Go module proxy ($(go env GOPROXY))"
    printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Error": "\(.*\)",\{0,1\}$/  \1/p' >&2
    [ -n "$pin" ] && [ -z "${EDGE_IAC_GOPROXY_EXTRA:-}" ] && say "if your Go proxy refuses $module, set EDGE_IAC_GOPROXY_EXTRA to a folder holding it in module-proxy layout"
    return 1
  fi
  if [ -n "$pin" ] && [ "$sum" != "$pin" ]; then
    say "refusing $module@$modversion: its Sum is $sum, the pin in scripts/bootstrap-providers.sh is $pin"
    return 1
  fi
  [ -n "$var" ] && ldflags="$ldflags -X '$var=$version'"
  # EDGE_IAC_TIME_DIR=<dir> records `/usr/bin/time -v` of each build there (for sizing CI machines).
  local timer=()
  [ -n "${EDGE_IAC_TIME_DIR:-}" ] && timer=(/usr/bin/time -v -o "$EDGE_IAC_TIME_DIR/$binary.time")
  work=$(mktemp -d)
  cp -r "$src/." "$work/"
  chmod -R u+w "$work"
  if ! (cd "$work" && "${timer[@]}" go build -trimpath -ldflags "$ldflags" -o "$out/$binary" .); then
    rm -rf "$work"
    return 1
  fi
  rm -rf "$work"
}

# source_cached <spec>: the source build of that spec is in the cache.
source_cached() {
  local ns type version module modversion var pin
  IFS='|' read -r _ ns type version module modversion var pin _ <<<"$1"
  local dest="$cache/$ns-$type-$version"
  [ -x "$dest/terraform-provider-${type}_v${version}" ] && [ "$(cat "$dest/.stamp" 2>/dev/null)" = "$module@$modversion $var${pin:+ $pin}" ]
}

# mirror_from_source <spec>: builds (or finds in the cache) one provider and links it into the mirror.
mirror_from_source() {
  local name ns type version module modversion var pin snapshot
  IFS='|' read -r name ns type version module modversion var pin snapshot <<<"$1"
  local binary="terraform-provider-${type}_v${version}"
  local dest="$cache/$ns-$type-$version"
  local stamp="$module@$modversion $var${pin:+ $pin}"
  (
    flock 9
    if source_cached "$1"; then
      say "$ns/$type $version: source build, cached in $dest"
    else
      go_ready || exit 1
      local started=$SECONDS
      say "$ns/$type $version: building $module@$modversion from source (takes minutes the first time)"
      rm -rf "$dest.tmp"
      if ! build_provider "$dest.tmp" "$binary" "$module" "$modversion" "$var" "$version" "$pin"; then
        rm -rf "$dest.tmp"
        exit 1
      fi
      mkdir -p "$dest"
      mv -f "$dest.tmp/$binary" "$dest/$binary"
      printf '%s\n' "$stamp" >"$dest/.stamp"
      rm -rf "$dest.tmp"
      say "$ns/$type $version: built in $((SECONDS - started)) s"
    fi
  ) 9>"$dest.lock" || return 1
  [ -z "$snapshot" ] || say "$ns/$type $version: the source build is a snapshot, not the $version release itself: $snapshot"
  link_into_mirror "$dest" "$ns" "$type" "$version"
}

# ---------------------------------------------------------------------------------------------------------

if [ "$SOURCE_MODE" = source ]; then
  say "source: source builds (EDGE_IAC_PROVIDER_SOURCE=source)"
else
  probe_registry
  if [ "$registry_state" = up ]; then
    say "source: the registry $REGISTRY_URL ($registry_why; EDGE_IAC_PROVIDER_SOURCE=$SOURCE_MODE)"
  elif [ "$SOURCE_MODE" = auto ]; then
    say "source: source builds, the fallback: the registry $REGISTRY_URL cannot be used ($registry_why). EDGE_IAC_PROVIDER_SOURCE=auto; =registry makes this an error, =source skips the probe"
  else
    uncached=()
    for spec in "${PROVIDERS[@]}"; do
      IFS='|' read -r name ns type version _ <<<"$spec"
      registry_cached "$cache/registry-$ns-$type-$version-$PLATFORM" "$ns" "$type" "$version" || uncached+=("$name")
    done
    if [ ${#uncached[@]} -gt 0 ]; then
      say "EDGE_IAC_PROVIDER_SOURCE=registry, but the registry $REGISTRY_URL cannot be used ($registry_why) and ${uncached[*]} are not in the cache: nothing was mirrored. Retry where the registry answers, or set EDGE_IAC_PROVIDER_SOURCE=auto (or source) to build the plugins from source."
      exit 1
    fi
    say "source: registry packages from the cache; the registry $REGISTRY_URL cannot be used ($registry_why)"
  fi
fi

[ "$write_lock" = no ] || write_lock

failed=()
used=()
for spec in "${PROVIDERS[@]}"; do
  IFS='|' read -r name ns type version _ <<<"$spec"
  from=registry
  rc=0
  case "$SOURCE_MODE" in
    registry) mirror_from_registry "$spec" || rc=$? ;;
    source) from=source; mirror_from_source "$spec" || rc=$? ;;
    auto)
      if registry_cached "$cache/registry-$ns-$type-$version-$PLATFORM" "$ns" "$type" "$version" \
        || { [ "$registry_state" = up ] && registry_lists "$ns" "$type" "$version"; }; then
        mirror_from_registry "$spec" || rc=$?
        # A refused package (lock file) stays refused; a failed download falls back to the source build.
        if [ "$rc" = 1 ]; then
          say "$ns/$type $version: the registry package could not be fetched; building from source instead"
          from=source
          rc=0
          mirror_from_source "$spec" || rc=$?
        fi
      else
        [ "$registry_state" = up ] && say "$ns/$type $version: $REGISTRY_URL lists no such release; building from source instead"
        from=source
        mirror_from_source "$spec" || rc=$?
      fi
      ;;
  esac
  if [ "$rc" = 0 ]; then used+=("$ns/$type $version (${from/#source/source build})"); else failed+=("$name"); fi
done

# Without --with-aws, an aws plugin already on this machine (same version; same source tree for a source
# build) is linked all the same: checking the aws stacks then costs seconds, not a download or a build.
if [[ " ${PROVIDERS[*]} " != *" $AWS_PROVIDER "* ]]; then
  IFS='|' read -r _ ns type version _ <<<"$AWS_PROVIDER"
  if [ "$SOURCE_MODE" != source ] && registry_cached "$cache/registry-$ns-$type-$version-$PLATFORM" "$ns" "$type" "$version"; then
    link_into_mirror "$cache/registry-$ns-$type-$version-$PLATFORM" "$ns" "$type" "$version"
    say "$ns/$type $version: registry package found in the cache, linked (not fetched without --with-aws)"
  elif [ "$SOURCE_MODE" != registry ] && source_cached "$AWS_PROVIDER"; then
    link_into_mirror "$cache/$ns-$type-$version" "$ns" "$type" "$version"
    say "$ns/$type $version: source build found in the cache, linked (not built without --with-aws)"
  fi
fi

sed "s|@MIRROR@|$mirror|g" "$template" >"$tofurc.tmp"
mv -f "$tofurc.tmp" "$tofurc"
[ ${#used[@]} -eq 0 ] || say "mirrored: $(printf '%s, ' "${used[@]}" | sed 's/, $//')"
say "mirror: $mirror"
say "CLI config: $tofurc (export TF_CLI_CONFIG_FILE=\"$tofurc\")"

if [ ${#failed[@]} -gt 0 ]; then
  say "not mirrored: ${failed[*]}; tofu init fails for configurations that require them"
  exit 1
fi
