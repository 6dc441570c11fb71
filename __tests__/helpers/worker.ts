import { bundleWorker } from "../../services/edge-worker/bundle";

let bundled: string | undefined;

/** The bundled edge Worker, once per test file, as the entry points hand it to synthesize / buildApp. */
export function workerScript(): string {
  return (bundled ??= bundleWorker());
}
