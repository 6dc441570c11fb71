import * as path from "node:path";
import type { Config } from "../schema/config.types";
import { bundleModule } from "../services/edge-worker/bundle";
import { workerServiceEntries } from "../stacks/props";

/** The repository root: Worker service sources are relative to it. */
const ROOT = path.resolve(__dirname, "..");

/**
 * Bundles every Worker service of `config` (or of `environments`) with esbuild, once per entry module,
 * keyed as the edge stack looks them up (`<source>/<main>`): what the entry points hand synthesize and
 * buildApp as `workerServiceScripts`. Stacks never run esbuild.
 */
export function bundleWorkerServices(config: Config, environments?: readonly string[], root: string = ROOT): Record<string, string> {
  return Object.fromEntries(workerServiceEntries(config, environments).map((entry) => [entry, bundleModule(root, entry)]));
}
