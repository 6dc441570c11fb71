// Writes services/edge-worker/wrangler.toml from the default configuration:
// `npx tsx services/edge-worker/render-wrangler.ts`.
import * as path from "path";
import { loadConfig } from "../../schema/load";
import { writeFileAtomic } from "../../scripts/atomic";
import { renderWranglerToml } from "./wrangler";

export const WRANGLER_TOML = path.join(__dirname, "wrangler.toml");

/** wrangler.toml as the default configuration renders it, read through the synth's loader (cue export → ajv → rules). */
export function renderDefaultWranglerToml(): string {
  return renderWranglerToml(loadConfig());
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
