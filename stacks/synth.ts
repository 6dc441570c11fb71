import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import * as path from "node:path";
import { TerraformStack } from "cdktf";
import { applyPolicy } from "../constructs/policy";
import type { Config } from "../schema/config.types";
import { buildApp } from "./app";
import { checkOutputFolder, recoverInterruptedSwaps, stampOutputFolder, swapFolders } from "./output-folder";

export interface SynthOptions {
  /** The final output folder, cdktf.out by default. */
  readonly outdir: string;
  readonly environments?: readonly string[];
  /** The bundled edge Worker (services/edge-worker/bundle.ts bundleWorker). */
  readonly workerScript: string;
  /**
   * The bundled Worker services, by entry module (scripts/bundle-workers.ts bundleWorkerServices).
   * @default {}
   */
  readonly workerServiceScripts?: Readonly<Record<string, string>>;
}

/**
 * Synthesizes every stack into a temporary sibling of `outdir`, then swaps it in. The policy rules
 * (constructs/policy) run on every stack first. A synth that fails (a construct refusing its props, a
 * policy violation) leaves the previous `outdir` exactly as it was. Only a folder the synth can tell is its
 * own (stacks/output-folder.ts) is ever replaced; any other throws OutputFolderError before anything is
 * written. Returns the names of the synthesized stacks.
 */
export function synthesize(config: Config, options: SynthOptions): string[] {
  const outdir = path.resolve(options.outdir);
  checkOutputFolder(outdir);
  recoverInterruptedSwaps(outdir);
  mkdirSync(path.dirname(outdir), { recursive: true });
  const { temp, old } = swapFolders(outdir);
  rmSync(temp, { recursive: true, force: true });
  try {
    const app = buildApp(config, {
      outdir: temp,
      environments: options.environments,
      workerScript: options.workerScript,
      workerServiceScripts: options.workerServiceScripts,
    });
    applyPolicy(app);
    app.synth();
    stampOutputFolder(temp);
    if (existsSync(outdir)) renameSync(outdir, old);
    renameSync(temp, outdir);
    rmSync(old, { recursive: true, force: true });
    return app.node.children.filter((c) => TerraformStack.isStack(c)).map((c) => c.node.id);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
