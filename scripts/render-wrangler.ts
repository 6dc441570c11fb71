// Writes services/edge-worker/wrangler.toml from the default configuration, and each Worker service's
// <source>/wrangler.toml from the configuration given with --config:
// `npx tsx scripts/render-wrangler.ts [--config examples/autoforge]` (`npm run synth` does the default
// configuration's, scripts/artifacts.ts).
import * as path from "node:path";
import type { Config } from "../schema/config.types";
import { ROOT } from "../schema/cue";
import { DEFAULT_CONFIG, loadConfig } from "../schema/load";
import { ConfigError } from "../schema/problems";
import { renderWranglerToml } from "../services/edge-worker/wrangler";
import { renderWorkerServiceWranglerTomls } from "../services/worker-wrangler";
import { writeFileAtomic } from "./atomic";
import { CONFIG_OPTION, type CommandSpec, EXIT, type OptionSpec, parseCommand, runMain } from "./cli";

export const WRANGLER_TOML = path.join(__dirname, "../services/edge-worker/wrangler.toml");

/** The command that writes the Worker services' wrangler.toml of the configuration at `source`, as their first line names it. */
export function renderCommand(source: string = DEFAULT_CONFIG): string {
  const relative = path.relative(ROOT, path.resolve(source)).split(path.sep).join("/");
  return relative === "schema" || relative === "" ? "npx tsx scripts/render-wrangler.ts" : `npx tsx scripts/render-wrangler.ts --config ${relative}`;
}

/** wrangler.toml as the default configuration renders it, read through the synth's loader (cue export → ajv → rules). */
export function renderDefaultWranglerToml(): string {
  return renderWranglerToml(loadConfig());
}

/** `<source>/wrangler.toml` of every Worker service of the configuration at `source` (relative to the repository root). */
export function renderWorkerServiceFiles(config: Config, source: string = DEFAULT_CONFIG): Record<string, string> {
  return renderWorkerServiceWranglerTomls(config, renderCommand(source));
}

const COMMAND = {
  name: "render-wrangler",
  usage: "npx tsx scripts/render-wrangler.ts [--config <path>]",
  summary: [
    "Writes wrangler.toml (wrangler dev's per-environment config): without --config services/edge-worker/wrangler.toml",
    "and the Worker services' of the default configuration; with --config <source>/wrangler.toml of every Worker service",
    "of that configuration (the edge Worker's file stays the default configuration's).",
  ].join("\n"),
  options: { config: CONFIG_OPTION },
  exits: [
    [EXIT.INVALID, "invalid configuration"],
    [EXIT.FAILED, "anything else"],
  ],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

export function main(argv: string[]): number {
  const parsed = parseCommand(COMMAND, argv);
  if (!parsed.ok) return parsed.code;
  try {
    const source = parsed.values.config ?? DEFAULT_CONFIG;
    const config = loadConfig(source);
    const files = renderWorkerServiceFiles(config, source);
    if (parsed.values.config === undefined) files[path.relative(ROOT, WRANGLER_TOML)] = renderWranglerToml(config);
    for (const [file, content] of Object.entries(files)) {
      writeFileAtomic(path.join(ROOT, file), content);
      console.log(`wrote ${path.relative(process.cwd(), path.join(ROOT, file))}`);
    }
    return EXIT.OK;
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `render-wrangler: ${(error as Error).message}`);
    return error instanceof ConfigError ? EXIT.INVALID : EXIT.FAILED;
  }
}

if (require.main === module) runMain(main);
