#!/usr/bin/env bash
# Puts pinned OpenTofu provider plugins into an offline filesystem mirror at .tools/providers of this
# checkout, built from source with the Go module proxy, and writes .tools/tofurc (rendered from
# tofu/cli.tfrc.template) that points tofu at that mirror and at nothing else.
#
#   bash scripts/bootstrap-providers.sh                 # linode, cloudflare, random
#   bash scripts/bootstrap-providers.sh --with-aws      # also hashicorp/aws (heavy: see below)
#   bash scripts/bootstrap-providers.sh --only linode   # only the named ones (comma-separated)
#   export TF_CLI_CONFIG_FILE="$PWD/.tools/tofurc"   # then tofu init needs no network
#   EDGE_IAC_GOPROXY_EXTRA=<dir>                      # optional: a module-proxy folder tried before GOPROXY
#
# Idempotent: a provider already built in the per-user cache (~/.cache/edge-iac/providers/) is linked, not
# rebuilt. Safe to run concurrently (one flock per provider). A provider that cannot be built is reported
# and the others are still mirrored; the exit status is then 1.
set -euo pipefail

# name|namespace|type|version|go module|module version|ldflags -X variable that carries the version|h1 pin
# The version column is the one tofu sees (the mirror directory); it is what the source tree declares
# about itself. The Go module proxy reachable here serves only some module versions, hence the pseudo-versions:
#   cloudflare: main of 2026-08-24, release-please manifest says 5.24.0 (5.14.0 is not served here)
#   random:     main of 2026-08-24, version/VERSION says 3.9.0; its go.mod still declares the old path
#               github.com/terraform-providers/terraform-provider-random (3.7.2 is not served here)
#   aws:        main of 2026-06-02, version/VERSION says 6.47.1 (6.25.0 is not served here)
#   linode:     the v3.13.0 tag. The proxy reachable here refuses the module (403); where it does, put a
#               folder holding it in module-proxy layout in EDGE_IAC_GOPROXY_EXTRA (.ci/run uses
#               ../shared/goproxy when it exists). Its checksum-database lookup is skipped (GONOSUMDB for
#               this module only), so the zip's h1 hash is pinned here instead and a download whose Sum
#               differs is refused.
PROVIDERS=(
  "linode|linode|linode|3.13.0|github.com/linode/terraform-provider-linode/v3|v3.13.0|github.com/linode/terraform-provider-linode/v3/version.ProviderVersion|h1:B/spFMDBCeLbfbBOmPFWJPq05Qsqt37XBRk2jeS9xFo="
  "cloudflare|cloudflare|cloudflare|5.24.0|github.com/cloudflare/terraform-provider-cloudflare|v0.0.0-20260824180050-4f360d592a7d|main.version|"
  "random|hashicorp|random|3.9.0|github.com/hashicorp/terraform-provider-random|v1.3.2-0.20260824155315-e1092b0cfc07||"
)
AWS_PROVIDER="aws|hashicorp|aws|6.47.1|github.com/hashicorp/terraform-provider-aws|v1.60.1-0.20260602190131-5f2286d6d836|github.com/hashicorp/terraform-provider-aws/version.ProviderVersion|"
PLATFORM=linux_amd64
HOSTNAME_=registry.opentofu.org

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mirror="$root/.tools/providers"
tofurc="$root/.tools/tofurc"
template="$root/tofu/cli.tfrc.template"
cache="${EDGE_IAC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/edge-iac}/providers"

say() { printf '[providers] %s\n' "$*" >&2; }

only=""
for arg in "$@"; do
  case "$arg" in
    --only=*) only=${arg#--only=} ;;
    --only) say "--only needs a value: --only=linode[,cloudflare,…]"; exit 2 ;;
    --with-aws) PROVIDERS+=("$AWS_PROVIDER") ;;
    --with-linode) ;; # linode is built by default now; the flag is accepted for older scripts
    -h | --help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) say "unknown argument: $arg (known: --with-aws, --only=<names>)"; exit 2 ;;
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

if ! command -v go >/dev/null 2>&1; then
  say "Go is not installed. Install Go >= 1.26.3 (https://go.dev/doc/install, or your distribution's golang package) and run this again."
  exit 1
fi
export CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN=${GOTOOLCHAIN:-auto}
mkdir -p "$mirror" "$cache"

if [ -n "${EDGE_IAC_GOPROXY_EXTRA:-}" ]; then
  if [ ! -d "$EDGE_IAC_GOPROXY_EXTRA" ]; then
    say "EDGE_IAC_GOPROXY_EXTRA=$EDGE_IAC_GOPROXY_EXTRA is not a folder (it should hold Go modules in module-proxy layout)"
    exit 2
  fi
  GOPROXY="file://$(cd "$EDGE_IAC_GOPROXY_EXTRA" && pwd),$(go env GOPROXY)"
  export GOPROXY
  say "Go modules: $EDGE_IAC_GOPROXY_EXTRA first (EDGE_IAC_GOPROXY_EXTRA), then the usual proxy"
fi

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

# mirror_provider <spec>: builds (or finds in the cache) one provider and links it into the mirror.
mirror_provider() {
  local name ns type version module modversion var pin
  IFS='|' read -r name ns type version module modversion var pin <<<"$1"
  local binary="terraform-provider-${type}_v${version}"
  local dest="$cache/$ns-$type-$version"
  local stamp="$module@$modversion $var${pin:+ $pin}"
  (
    flock 9
    if [ -x "$dest/$binary" ] && [ "$(cat "$dest/.stamp" 2>/dev/null)" = "$stamp" ]; then
      say "$ns/$type $version: cached in $dest"
    else
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
  local target="$mirror/$HOSTNAME_/$ns/$type/$version/$PLATFORM"
  mkdir -p "$target"
  ln -sfn "$dest/$binary" "$target/$binary"
}

failed=()
for spec in "${PROVIDERS[@]}"; do
  mirror_provider "$spec" || failed+=("${spec%%|*}")
done

# Without --with-aws, an aws plugin already built on this machine (same version and source) is linked
# all the same: checking the aws stacks then costs seconds, not the 30-minute build.
if [[ " ${PROVIDERS[*]} " != *" $AWS_PROVIDER "* ]]; then
  IFS='|' read -r _ ns type version module modversion var _ <<<"$AWS_PROVIDER"
  binary="terraform-provider-${type}_v${version}"
  dest="$cache/$ns-$type-$version"
  if [ -x "$dest/$binary" ] && [ "$(cat "$dest/.stamp" 2>/dev/null)" = "$module@$modversion $var" ]; then
    target="$mirror/$HOSTNAME_/$ns/$type/$version/$PLATFORM"
    mkdir -p "$target"
    ln -sfn "$dest/$binary" "$target/$binary"
    say "$ns/$type $version: found in the cache, linked (not built without --with-aws)"
  fi
fi

sed "s|@MIRROR@|$mirror|g" "$template" >"$tofurc.tmp"
mv -f "$tofurc.tmp" "$tofurc"
say "mirror: $mirror"
say "CLI config: $tofurc (export TF_CLI_CONFIG_FILE=\"$tofurc\")"

if [ ${#failed[@]} -gt 0 ]; then
  say "not mirrored: ${failed[*]}; tofu init fails for configurations that require them"
  exit 1
fi
