import { App } from "cdktf";
import type { Config } from "../schema/config.types";
import { usesLinode } from "../schema/linode";
import { BootstrapStack } from "./bootstrap-stack";
import { DataStack } from "./data-stack";
import { EdgeStack } from "./edge-stack";
import { BOOTSTRAP_STACK, stackName, ZONE_STACK } from "./names";
import { NetworkStack } from "./network-stack";
import { NodeStack } from "./node-stack";
import { ZoneStack } from "./zone-stack";

export interface BuildAppOptions {
  /** Where app.synth() writes. */
  readonly outdir: string;
  /** Only these environments (the zone and bootstrap stacks are always included); every environment when left out. */
  readonly environments?: readonly string[];
  /** The bundled edge Worker every edge stack deploys (services/edge-worker/bundle.ts bundleWorker, run by the entry point). */
  readonly workerScript: string;
  /**
   * The bundled Worker services, by entry module (`<source>/<main>`; scripts/bundle-workers.ts
   * bundleWorkerServices, run by the entry point).
   * @default {} (only a configuration without Worker services synthesizes)
   */
  readonly workerServiceScripts?: Readonly<Record<string, string>>;
}

/**
 * Composes every stack: per environment its network (when on Linode), one per node, one data, one edge; the zone stack; and, when the
 * config has a bootstrap section, the account's bootstrap stack.
 */
export function buildApp(config: Config, options: BuildAppOptions): App {
  const app = new App({ outdir: options.outdir, stackTraces: false });
  const selected = options.environments ?? Object.keys(config.environments);
  for (const envName of selected) {
    const env = config.environments[envName];
    if (usesLinode(env)) new NetworkStack(app, stackName(envName, "network"), { config, envName });
    for (const node of env.nodes) {
      new NodeStack(app, stackName(envName, "node", node.name), { config, envName, node });
    }
    new DataStack(app, stackName(envName, "data"), { config, envName });
    new EdgeStack(app, stackName(envName, "edge"), { config, envName, workerScript: options.workerScript, workerServiceScripts: options.workerServiceScripts });
  }
  new ZoneStack(app, ZONE_STACK, { config });
  if (config.bootstrap) new BootstrapStack(app, BOOTSTRAP_STACK, { config });
  return app;
}
