#!/usr/bin/env bash
# Puts pinned cue, tofu and actionlint into .tools/bin of this checkout, built from source with the Go
# module proxy.
# Idempotent: a tool already on PATH at the pinned version, or already built in the per-user cache, is
# linked instead of rebuilt. Safe to run concurrently (one flock per tool).
set -euo pipefail

CUE_VERSION=v0.17.1
TOFU_VERSION=v1.12.6
ACTIONLINT_VERSION=v1.7.12

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin="$root/.tools/bin"
cache="${EDGE_IAC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/edge-iac}/tools"
mkdir -p "$bin" "$cache"

say() { printf '[bootstrap] %s\n' "$*" >&2; }

if ! command -v go >/dev/null 2>&1; then
  say "Go is not installed. Install Go >= 1.26.6 (https://go.dev/doc/install, or your distribution's golang package) and run this again."
  exit 1
fi
export CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN=${GOTOOLCHAIN:-auto}

# version_of <binary> <name>: the version string the binary reports, or empty. tofu may print warnings
# about the CLI config (TF_CLI_CONFIG_FILE) before its version line, so match the line itself.
version_of() {
  case "$2" in
    cue) "$1" version 2>/dev/null | sed -n 's/^cue version \(v[0-9][^ ]*\)$/\1/p' | head -n 1 ;;
    tofu) CHECKPOINT_DISABLE=1 "$1" version 2>/dev/null | sed -n 's/^OpenTofu \(v[0-9][^ ]*\)$/\1/p' | head -n 1 ;;
    actionlint) "$1" -version 2>/dev/null | sed -n '1s/^\(v[0-9][^ ]*\)$/\1/p' ;;
  esac
}

# link_or_build <name> <version> <build-function>
link_or_build() {
  local name=$1 version=$2 build=$3
  local dest="$cache/$name-$version"
  local on_path
  on_path=$(PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -vxF "$bin" | paste -sd: -) command -v "$name" || true)
  if [ -n "$on_path" ] && [ "$(version_of "$on_path" "$name")" = "$version" ]; then
    ln -sfn "$on_path" "$bin/$name"
    say "$name $version: using $on_path"
    return
  fi
  mkdir -p "$dest"
  (
    flock 9
    if [ -x "$dest/$name" ] && [ "$(version_of "$dest/$name" "$name")" = "$version" ]; then
      say "$name $version: cached in $dest"
    else
      local started=$SECONDS
      say "$name $version: building from source with the Go module proxy (takes minutes the first time)"
      "$build" "$dest.tmp"
      mv -f "$dest.tmp/$name" "$dest/$name"
      rm -rf "$dest.tmp"
      say "$name $version: built in $((SECONDS - started)) s"
    fi
  ) 9>"$dest.lock"
  ln -sfn "$dest/$name" "$bin/$name"
}

build_cue() {
  mkdir -p "$1"
  GOBIN="$1" go install -trimpath -ldflags "-s -w" "cuelang.org/go/cmd/cue@$CUE_VERSION"
}

# actionlint lints .github/workflows/ (__tests__/ci); it reports the module version on -version's first line.
build_actionlint() {
  mkdir -p "$1"
  GOBIN="$1" go install -trimpath -ldflags "-s -w" "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
}

# OpenTofu's go.mod carries `replace` lines, which `go install pkg@version` refuses: build inside a copy
# of the downloaded module instead.
build_tofu() {
  local out=$1 src work
  mkdir -p "$out"
  src=$(go mod download -json "github.com/opentofu/opentofu@$TOFU_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -n "$src" ] || { say "could not download github.com/opentofu/opentofu@$TOFU_VERSION"; exit 1; }
  work=$(mktemp -d)
  cp -r "$src/." "$work/"
  chmod -R u+w "$work"
  (cd "$work" && go build -trimpath \
    -ldflags "-s -w -X 'github.com/opentofu/opentofu/version.dev=no'" \
    -o "$out/tofu" ./cmd/tofu)
  rm -rf "$work"
}

link_or_build cue "$CUE_VERSION" build_cue
link_or_build tofu "$TOFU_VERSION" build_tofu
link_or_build actionlint "$ACTIONLINT_VERSION" build_actionlint
