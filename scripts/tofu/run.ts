import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";

/** The pinned tofu binary linked by scripts/bootstrap-tools.sh, or `tofu` from PATH when it is absent. */
export function tofuBinary(): string {
  const local = path.join(ROOT, ".tools", "bin", "tofu");
  return existsSync(local) ? local : "tofu";
}

let emptyCliConfig: string | undefined;

/**
 * The CLI configuration tofu runs with: the checkout's .tools/tofurc (providers from the offline mirror,
 * written by scripts/bootstrap-providers.sh) when it exists, else an inherited TF_CLI_CONFIG_FILE that
 * exists, else an empty file. Never a missing file: tofu would warn on every run, and a missing config
 * silently means "download providers from the registry".
 */
export function tofuCliConfig(inherited: string | undefined = process.env.TF_CLI_CONFIG_FILE): string {
  const local = path.join(ROOT, ".tools", "tofurc");
  if (existsSync(local)) return local;
  if (inherited && existsSync(inherited)) return inherited;
  if (!emptyCliConfig) {
    emptyCliConfig = path.join(mkdtempSync(path.join(os.tmpdir(), "tofurc-")), "empty.tfrc");
    writeFileSync(emptyCliConfig, "");
  }
  return emptyCliConfig;
}

/** The environment every tofu run gets: the caller's, with the CLI config pinned and prompts off. */
export function tofuEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...base,
    TF_CLI_CONFIG_FILE: tofuCliConfig(base.TF_CLI_CONFIG_FILE),
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
  };
}

export interface TofuResult {
  readonly ok: boolean;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** How long the command ran, in milliseconds. */
  readonly ms: number;
}

export interface TofuOptions {
  /** The stack folder tofu runs in. */
  readonly cwd: string;
  /** Extra environment on top of tofuEnv() (a test's TF_VAR_…). */
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs `tofu <command> -no-color <rest of args>` in `cwd` and captures its output; never throws for a non-zero exit. */
export function runTofu(args: readonly string[], options: TofuOptions): TofuResult {
  const started = Date.now();
  const result = spawnSync(tofuBinary(), [args[0], "-no-color", ...args.slice(1)], {
    cwd: options.cwd,
    env: { ...tofuEnv(), ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.error) {
    throw new Error(`cannot run tofu (${result.error.message}): run \`bash scripts/setup.sh\` first`);
  }
  return { ok: result.status === 0, status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

/** The useful part of a failed run for a message: tofu's error text, else its last lines. */
export function tofuError(result: TofuResult): string {
  const text = (result.stderr.trim() || result.stdout.trim()).split("\n");
  return text.slice(-40).join("\n");
}
