// Writes services/edge-worker/wrangler.toml from the default configuration:
// `npx tsx scripts/render-wrangler.ts` (`npm run synth` does it too, scripts/artifacts.ts).
import * as path from "node:path";
import { loadConfig } from "../schema/load";
import { ConfigError } from "../schema/problems";
import { renderWranglerToml } from "../services/edge-worker/wrangler";
import { writeFileAtomic } from "./atomic";
import { type CommandSpec, EXIT, type OptionSpec, parseCommand, runMain } from "./cli";

export const WRANGLER_TOML = path.join(__dirname, "../services/edge-worker/wrangler.toml");

/** wrangler.toml as the default configuration renders it, read through the synth's loader (cue export → ajv → rules). */
export function renderDefaultWranglerToml(): string {
  return renderWranglerToml(loadConfig());
}

const COMMAND = {
  name: "render-wrangler",
  usage: "npx tsx scripts/render-wrangler.ts",
  summary: "Writes services/edge-worker/wrangler.toml (wrangler dev's per-environment config) from the default configuration.",
  options: {},
  exits: [
    [EXIT.INVALID, "invalid configuration"],
    [EXIT.FAILED, "anything else"],
  ],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

export function main(argv: string[]): number {
  const parsed = parseCommand(COMMAND, argv);
  if (!parsed.ok) return parsed.code;
  try {
    writeFileAtomic(WRANGLER_TOML, renderDefaultWranglerToml());
    console.log(`wrote ${path.relative(process.cwd(), WRANGLER_TOML)}`);
    return EXIT.OK;
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `render-wrangler: ${(error as Error).message}`);
    return error instanceof ConfigError ? EXIT.INVALID : EXIT.FAILED;
  }
}

if (require.main === module) runMain(main);
