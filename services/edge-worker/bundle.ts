import * as path from "node:path";
import { buildSync } from "esbuild";

/** The Worker's entry module, relative to this directory (wrangler.toml's `main` names the same file). */
export const WORKER_ENTRY = "src/worker.ts";

/**
 * Bundles the module `entry` (relative to `absWorkingDir`) into one ES module for a worker script
 * resource. Deterministic: the same sources give byte-identical output, so an unchanged Worker never
 * shows up in a plan. The runtime's own modules (`cloudflare:workers`, …) stay imports: workerd provides them.
 */
export function bundleModule(absWorkingDir: string, entry: string): string {
  const result = buildSync({
    absWorkingDir,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    platform: "neutral",
    external: ["cloudflare:*"],
    minify: false,
    sourcemap: false,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
  });
  if (result.outputFiles.length !== 1) {
    throw new Error(`bundling ${path.join(absWorkingDir, entry)} gave ${result.outputFiles.length} files, expected 1`);
  }
  return result.outputFiles[0].text;
}

/** Bundles the edge Worker (bundleModule of src/worker.ts). */
export function bundleWorker(): string {
  return bundleModule(__dirname, WORKER_ENTRY);
}
