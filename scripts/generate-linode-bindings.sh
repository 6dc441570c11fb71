#!/usr/bin/env bash
# Generates the TypeScript bindings for the pinned linode/linode provider into .gen/providers/linode with the
# official generator (`cdktf get`), run by OpenTofu against the offline provider mirror. Nothing in that
# folder is written by hand: delete it and run this again to regenerate.
#
#   bash scripts/generate-linode-bindings.sh          # skips when the bindings match the pinned version
#   bash scripts/generate-linode-bindings.sh --force  # regenerates anyway
#
# The generator runs in a scratch project (its own cdktf.json naming only this provider, node_modules
# linked from this checkout), so the project's cdktf.json is neither read nor changed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
say() { printf '[linode-bindings] %s\n' "$*" >&2; }

force=no
for arg in "$@"; do
  case "$arg" in
    --force) force=yes ;;
    *) say "unknown argument: $arg (known: --force)"; exit 2 ;;
  esac
done

# One pin for the mirror and the bindings: the version bootstrap-providers.sh builds.
version=$(sed -n 's/^  "linode|linode|linode|\([^|]*\)|.*/\1/p' "$root/scripts/bootstrap-providers.sh" | head -n 1)
[ -n "$version" ] || { say "no linode pin found in scripts/bootstrap-providers.sh"; exit 1; }

# The full address with host: cdktf's generator assumes registry.terraform.io for a short source such
# as "linode/linode", while OpenTofu reports the schema under registry.opentofu.org, and the two would not
# match ("Could not find provider with constraint").
source="registry.opentofu.org/linode/linode"
out="$root/.gen/providers/linode"
cdktf_version=$(node -p 'require(process.argv[1]).version' "$root/node_modules/cdktf-cli/package.json")
stamp="$source@$version cdktf-cli@$cdktf_version"

# The lock lives in the git-ignored .tools/ so that nothing but bindings ever lands in .gen/.
mkdir -p "$root/.tools"
exec 9>"$root/.tools/linode-bindings.lock"
flock 9

if [ "$force" = no ] && [ "$(cat "$out/.generated-from" 2>/dev/null)" = "$stamp" ]; then
  say "up to date: $stamp"
  exit 0
fi

tofurc="$root/.tools/tofurc"
binary="$root/.tools/providers/registry.opentofu.org/linode/linode/$version/linux_amd64/terraform-provider-linode_v$version"
if [ ! -x "$binary" ] || [ ! -f "$tofurc" ]; then
  say "linode $version is not in the provider mirror yet: running scripts/bootstrap-providers.sh"
  bash "$root/scripts/bootstrap-providers.sh" --only=linode || true
  [ -x "$binary" ] || { say "linode $version could not be mirrored; see the messages above"; exit 1; }
fi
[ -x "$root/.tools/bin/tofu" ] || bash "$root/scripts/bootstrap-tools.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$root/node_modules" "$work/node_modules"
printf '{"name": "linode-bindings", "private": true}\n' >"$work/package.json"
cat >"$work/cdktf.json" <<EOF
{
  "language": "typescript",
  "app": "true",
  "codeMakerOutput": ".gen",
  "sendCrashReports": "false",
  "terraformProviders": ["$source@$version"],
  "terraformModules": []
}
EOF

say "generating bindings for $source@$version with cdktf-cli $cdktf_version (a few seconds)"
started=$SECONDS
(
  cd "$work"
  PATH="$root/.tools/bin:$PATH" TERRAFORM_BINARY_NAME=tofu TF_CLI_CONFIG_FILE="$tofurc" \
    CHECKPOINT_DISABLE=1 CDKTF_DISABLE_PLUGIN_CACHE_ENV=1 \
    "$root/node_modules/.bin/cdktf" get --language typescript
)
[ -f "$work/.gen/providers/linode/index.ts" ] || { say "cdktf get wrote no .gen/providers/linode/index.ts"; exit 1; }

mkdir -p "$(dirname "$out")"
rm -rf "$out.tmp"
cp -r "$work/.gen/providers/linode" "$out.tmp"
printf '%s\n' "$stamp" >"$out.tmp/.generated-from"
rm -rf "$out"
mv "$out.tmp" "$out"
say "wrote $out in $((SECONDS - started)) s ($(du -sh "$out" | cut -f1), $(find "$out" -type f | wc -l) files)"
