// What the generated-docs commands (tools/topology.ts, tools/slo.ts) share: comparing what they would
// write with what is on disk, for --check, and finding pages they no longer produce.
import { existsSync, readFileSync, readdirSync } from "fs";
import * as path from "path";

/** The files of `files` (absolute path → content) that are missing on disk or hold other content. */
export function differingFiles(files: Readonly<Record<string, string>>): string[] {
  return Object.entries(files)
    .filter(([file, content]) => !existsSync(file) || readFileSync(file, "utf8") !== content)
    .map(([file]) => file);
}

/** The files in `dir` whose name matches `pattern` and that are not among `current` (absolute paths). */
export function staleFiles(dir: string, current: readonly string[], pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .map((f) => path.join(dir, f))
    .filter((f) => !current.includes(f));
}
