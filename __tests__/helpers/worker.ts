import type { Config } from "../../schema/config.types";
import { ROOT } from "../../schema/cue";
import { bundleModule, bundleWorker } from "../../services/edge-worker/bundle";
import { workerServiceEntries } from "../../stacks/props";

let bundled: string | undefined;
const services = new Map<string, string>();

/** The bundled edge Worker, once per test file, as the entry points hand it to synthesize / buildApp. */
export function workerScript(): string {
  return (bundled ??= bundleWorker());
}

/**
 * The bundled Worker services of `config`, each entry module once per test file, as the entry points
 * (scripts/bundle-workers.ts bundleWorkerServices) hand them over.
 */
export function workerServiceScripts(config: Config): Record<string, string> {
  return Object.fromEntries(
    workerServiceEntries(config).map((entry) => {
      if (!services.has(entry)) services.set(entry, bundleModule(ROOT, entry));
      return [entry, services.get(entry)!];
    }),
  );
}

/** Both bundles synthesize and buildApp take: `{ workerScript, workerServiceScripts }`. */
export function bundles(config: Config): { workerScript: string; workerServiceScripts: Record<string, string> } {
  return { workerScript: workerScript(), workerServiceScripts: workerServiceScripts(config) };
}
