import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";
import { runTofu, type TofuResult } from "../../scripts/tofu/run";
import { tempDir } from "../helpers/config";

/**
 * A copy of what the configuration is made of (cue.mod/, schema/ without the TypeScript, the api
 * service), so a test can write schema/outputs/ without touching the checkout.
 */
export function copyOfRepo(): string {
  const root = tempDir("edge-iac-root-");
  for (const item of ["cue.mod", "schema", "services/api/service.cue"]) {
    cpSync(path.join(ROOT, item), path.join(root, item), {
      recursive: true,
      // Generated outputs of the checkout would mix into the test's: keep only the package file.
      filter: (src) => !src.endsWith(".ts") && !(src.includes(`${path.sep}outputs${path.sep}`) && !src.endsWith("outputs.cue")),
    });
  }
  return root;
}

/** Writes a stack folder holding `cdk.tf.json` (as synth does) with `json`. */
export function writeStack(stacksDir: string, stack: string, json: unknown): string {
  const dir = path.join(stacksDir, stack);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(json, null, 2));
  return dir;
}

/** `tofu <args>` in `cwd` through the shared runner; fails the test with tofu's message. */
export function tofu(args: string[], cwd: string, env?: NodeJS.ProcessEnv): TofuResult {
  const result = runTofu(args, { cwd, env });
  if (!result.ok) throw new Error(`tofu ${args.join(" ")} failed in ${cwd}:\n${result.stderr}${result.stdout}`);
  return result;
}

/** Runs a TypeScript script as its own process, the way a developer runs it. */
export function tsx(script: string, args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [script, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
