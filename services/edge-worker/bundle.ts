import * as path from "node:path";
import { buildSync } from "esbuild";

/** The Worker's entry module, relative to this directory (wrangler.toml's `main` names the same file). */
export const WORKER_ENTRY = "src/worker.ts";

/**
 * Bundles the edge Worker into one ES module for the worker script resource. Deterministic: the same
 * sources give byte-identical output, so an unchanged Worker never shows up in a plan.
 */
export function bundleWorker(): string {
  const result = buildSync({
    absWorkingDir: __dirname,
    entryPoints: [WORKER_ENTRY],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    platform: "neutral",
    minify: false,
    sourcemap: false,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
  });
  if (result.outputFiles.length !== 1) {
    throw new Error(`bundling ${path.join(__dirname, WORKER_ENTRY)} gave ${result.outputFiles.length} files, expected 1`);
  }
  return result.outputFiles[0].text;
}
