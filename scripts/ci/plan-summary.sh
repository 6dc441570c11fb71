#!/usr/bin/env bash
# Appends a tofu plan log to the job summary ($GITHUB_STEP_SUMMARY, or stdout outside Actions): the
# "Plan: …" / "No changes." verdict on top, the whole log (colour codes removed) folded below it.
#   bash scripts/ci/plan-summary.sh <title> <log-file>
set -euo pipefail
title=$1 log=$2
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then exec >>"$GITHUB_STEP_SUMMARY"; fi
# A summary may hold 1 MiB; a plan of a few stacks is far below that, a runaway log is cut from the top.
limit=60000

clean=$(sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" 2>/dev/null || true)
verdict=$(printf '%s\n' "$clean" | grep -E '^(Plan: |No changes\.|Apply complete!|Error: )' | tail -n 1 || true)
{
  printf '### %s\n\n' "$title"
  printf '**%s**\n\n' "${verdict:-no plan verdict in the log (see the output below)}"
  printf '<details><summary>output</summary>\n\n```text\n'
  if [ "${#clean}" -gt "$limit" ]; then
    printf '… (first %d characters cut)\n%s\n' "$((${#clean} - limit))" "${clean:$((${#clean} - limit))}"
  else
    printf '%s\n' "$clean"
  fi
  printf '```\n\n</details>\n\n'
}
