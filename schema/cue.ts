import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";

/** The repository root: everything the toolkit runs is resolved from here. */
export const ROOT = path.resolve(__dirname, "..");

/** The pinned cue binary linked by scripts/bootstrap-tools.sh, or `cue` from PATH when it is absent. */
export function cueBinary(): string {
  const local = path.join(ROOT, ".tools", "bin", "cue");
  return existsSync(local) ? local : "cue";
}

export interface CueResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs cue with `args` from `cwd` (the repository root unless given). */
export function runCue(args: readonly string[], cwd: string = ROOT): CueResult {
  const result = spawnSync(cueBinary(), args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`cannot run cue (${result.error.message}): run \`bash scripts/setup.sh\` first`);
  }
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr };
}
