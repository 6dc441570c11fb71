// Writes services/edge-worker/wrangler.toml from the default configuration:
// `npx tsx services/edge-worker/render-wrangler.ts`.
import * as path from "path";
import type { Config } from "../../schema/config.types";
import { runCue } from "../../schema/cue";
import { writeFileAtomic } from "../../scripts/atomic";
import { renderWranglerToml } from "./wrangler";

export const WRANGLER_TOML = path.join(__dirname, "wrangler.toml");

/** The default configuration (schema/default.cue) as `cue export` resolves it. */
export function loadDefaultConfig(): Config {
  const result = runCue(["export", "./schema", "-e", "config", "--out", "json"]);
  if (!result.ok) throw new Error(`cue export ./schema -e config failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Config;
}

/** wrangler.toml as the default configuration renders it. */
export function renderDefaultWranglerToml(): string {
  return renderWranglerToml(loadDefaultConfig());
}

if (require.main === module) {
  try {
    writeFileAtomic(WRANGLER_TOML, renderDefaultWranglerToml());
    console.log(`wrote ${path.relative(process.cwd(), WRANGLER_TOML)}`);
  } catch (error) {
    console.error(`render-wrangler: ${(error as Error).message}`);
    process.exit(1);
  }
}
