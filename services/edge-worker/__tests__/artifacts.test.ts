import { readFileSync } from "node:fs";
import { renderDefaultWranglerToml, WRANGLER_TOML } from "../../../scripts/render-wrangler";
import { bundleWorker } from "../bundle";
import { renderWranglerToml } from "../wrangler";
import { routedConfig } from "./fixtures";

describe("wrangler.toml", () => {
  test("the committed file equals a fresh render of the default config (run render-wrangler.ts if not)", () => {
    expect(readFileSync(WRANGLER_TOML, "utf8")).toBe(renderDefaultWranglerToml());
  });

  test("says on its first line that it is generated and by what", () => {
    expect(renderWranglerToml(routedConfig()).split("\n")[0]).toMatch(/^# Generated from schema\/ by `npm run synth`.*do not edit/);
  });

  test("has one section per environment with its routes in the zone and its vars", () => {
    const toml = renderWranglerToml(routedConfig());
    expect(toml).toContain('[env.staging]\nname = "edge-staging"\nmain = "src/worker.ts"\ncompatibility_date = "2025-09-01"\nworkers_dev = false\n');
    expect(toml).toContain('  { pattern = "*.preview-staging.example.com/*", zone_name = "example.com" },\n');
    expect(toml).toContain('[env.staging.vars]\nROUTES = \'[{"pattern":"api-staging.example.com/*"');
    expect(toml).toContain(`CSP = "default-src 'self'; img-src https:"\nHSTS_MAX_AGE = "600"\nENVIRONMENT = "staging"\nORIGIN_TIMEOUT_MS = "30000"\n`);
    expect(toml).toContain('[env.production]\nname = "edge"\n');
  });
});

describe("bundleWorker", () => {
  test("gives byte-identical output across calls", () => {
    expect(bundleWorker()).toBe(bundleWorker());
  });

  test("is one ES module with the Worker's default export and no import left to resolve", () => {
    const bundle = bundleWorker();
    expect(bundle).toMatch(/export \{\s*worker_default as default\s*\};?\s*$/);
    expect(bundle).not.toMatch(/^import /m);
  });
});
