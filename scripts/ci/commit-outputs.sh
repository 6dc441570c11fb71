#!/usr/bin/env bash
# After `npm run deploy -- <env> <stack> --yes` in .github/workflows/main.yml: commits what the post-apply
# hook wrote (schema/outputs/<stack>.cue) back to the branch as the Actions bot, together with the artifacts
# the synth of the default config derives from it (nix/config.json, docs/topology/…, see scripts/artifacts.ts).
# Does nothing when the outputs did not change. The message carries [skip ci], and pushes made with
# GITHUB_TOKEN start no workflow anyway, so the commit never triggers another apply.
#   bash scripts/ci/commit-outputs.sh <stack> [branch]
set -euo pipefail
stack=$1
branch=${2:-${GITHUB_REF_NAME:?GITHUB_REF_NAME is not set; pass the branch}}
file="schema/outputs/$stack.cue"
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

if [ ! -f "$file" ]; then
  echo "::warning title=No outputs for $stack::the post-apply hook wrote no $file; nothing to commit"
  exit 0
fi
keep=$(mktemp)
cp "$file" "$keep"

git config user.name "github-actions[bot]"
git config user.email "41898282+github-actions[bot]@users.noreply.github.com"

# Another stack's job (or a human) may push between our pull and our push: start again from the new tip.
for attempt in 1 2 3 4 5; do
  git reset --hard --quiet
  git clean -fdq -- schema/outputs
  git pull --rebase --quiet origin "$branch"
  cp "$keep" "$file"
  # Re-synth the default config on top of the pulled tip so the derived artifacts include every output.
  npx tsx main.ts >/dev/null
  git add -A -- schema/outputs
  git add -u
  if git diff --cached --quiet; then
    echo "outputs of $stack unchanged: nothing to commit"
    exit 0
  fi
  git commit --quiet -m "chore(outputs): $stack after apply [skip ci]"
  if git push --quiet origin "HEAD:$branch"; then
    echo "pushed $(git rev-parse --short HEAD): outputs of $stack"
    exit 0
  fi
  echo "push refused (attempt $attempt), retrying on the new tip of $branch" >&2
  git reset --hard --quiet HEAD~1
  sleep $((attempt * 5))
done
echo "::error title=Outputs of $stack not committed::could not push to $branch after 5 attempts"
exit 1
