import { mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Config } from "../../schema/config.types";
import { runCue } from "../../schema/cue";
import { checkConfig } from "../../schema/load";
import { ConfigError, type ConfigProblem } from "../../schema/problems";

let cached: string | undefined;

/** A fresh deep copy of the default configuration, as `cue export ./schema -e config` resolves it. */
export function defaultConfig(): Config {
  if (!cached) {
    const result = runCue(["export", "./schema", "-e", "config", "--out", "json"]);
    if (!result.ok) throw new Error(result.stderr);
    cached = result.stdout;
  }
  return JSON.parse(cached) as Config;
}

/** A new empty temporary folder. */
export function tempDir(prefix = "edge-iac-test-"): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `data` as JSON into a new temporary folder and returns the file's path. */
export function writeJsonConfig(data: unknown, name = "config.json"): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data, null, 2));
  return file;
}

/** The problems the loader's checks (ajv, then the rules) report for `config`, none when it is valid. */
export function problemsOf(config: Config): readonly ConfigProblem[] {
  try {
    checkConfig(config, "config.json");
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
}
