// The Worker tests (the edge Worker's and every Worker service's) must run the semantics production runs: workerd falls back, silently, to its own
// newest date when a Worker asks for a later compatibility_date. So no configuration may ask for a date
// newer than the workerd these tests run on (the one miniflare brings), or the tests would test an older
// runtime than Cloudflare's.
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { Config } from "../../../schema/config.types";
import { loadConfig } from "../../../schema/load";
import { forgeApiService } from "../../forge-api/__tests__/fixtures";

const ROOT = path.resolve(__dirname, "../../..");

/** The workerd build's date, from its package version `1.YYYYMMDD.n`, as YYYY-MM-DD. */
function workerdDate(version: string): string {
  const match = /^1\.(\d{4})(\d{2})(\d{2})\.\d+$/.exec(version);
  if (!match) throw new Error(`workerd version ${JSON.stringify(version)} is not 1.YYYYMMDD.n`);
  return `${match[1]}-${match[2]}-${match[3]}`;
}

const workerd = JSON.parse(readFileSync(require.resolve("workerd/package.json"), "utf8")) as { version: string };
const runtime = workerdDate(workerd.version);

const configs = ["schema", ...readdirSync(path.join(ROOT, "examples")).map((name) => path.join("examples", name))];

/** Every Worker of `config` (each environment's edge Worker and Worker services) asking for a date after `runtimeDate`. */
function newerThanRuntime(config: Config, runtimeDate: string): Array<{ env: string; worker: string; compatibilityDate: string }> {
  const found: Array<{ env: string; worker: string; compatibilityDate: string }> = [];
  for (const [env, environment] of Object.entries(config.environments)) {
    const workers = [
      { worker: `edge Worker ${environment.edge.worker.name}`, compatibilityDate: environment.edge.worker.compatibilityDate },
      ...environment.workerServices.map((s) => ({ worker: `Worker service ${s.name}`, compatibilityDate: s.compatibilityDate })),
    ];
    // ISO dates compare as strings.
    for (const w of workers) if (w.compatibilityDate > runtimeDate) found.push({ env, ...w });
  }
  return found;
}

describe("the Worker tests' runtime is not older than any configured compatibility date", () => {
  test("reads workerd's date from its version, and refuses one of another shape", () => {
    expect(workerdDate("1.20250906.0")).toBe("2025-09-06");
    expect(() => workerdDate("2.0.0")).toThrow(/not 1\.YYYYMMDD\.n/);
  });

  test("finds an edge Worker or a Worker service asking for a later date", () => {
    const config = loadConfig();
    const staging = config.environments.staging;
    staging.workerServices = [{ ...forgeApiService("staging"), compatibilityDate: "2025-09-07" }];
    expect(newerThanRuntime(config, "2025-09-06")).toEqual([{ env: "staging", worker: "Worker service forge-api", compatibilityDate: "2025-09-07" }]);
    staging.edge.worker.compatibilityDate = "2025-09-07";
    expect(newerThanRuntime(config, "2025-09-06").map((w) => w.worker)).toEqual([`edge Worker ${staging.edge.worker.name}`, "Worker service forge-api"]);
  });

  test("examples/autoforge has a Worker service, so the check covers one", () => {
    const autoforge = loadConfig(path.join(ROOT, "examples/autoforge"));
    expect(Object.values(autoforge.environments).some((env) => env.workerServices.length > 0)).toBe(true);
  });

  test.each(configs)("%s", (config) => {
    expect({ runtime, newerThanRuntime: newerThanRuntime(loadConfig(path.join(ROOT, config)), runtime) }).toEqual({ runtime, newerThanRuntime: [] });
  });
});
