// The Worker tests must run the semantics production runs: workerd falls back, silently, to its own
// newest date when a Worker asks for a later compatibility_date. So no configuration may ask for a date
// newer than the workerd these tests run on (the one miniflare brings), or the tests would test an older
// runtime than Cloudflare's.
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { loadConfig } from "../../../schema/load";

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

describe("the Worker tests' runtime is not older than any configured compatibility date", () => {
  test("reads workerd's date from its version, and refuses one of another shape", () => {
    expect(workerdDate("1.20250906.0")).toBe("2025-09-06");
    expect(() => workerdDate("2.0.0")).toThrow(/not 1\.YYYYMMDD\.n/);
  });

  test.each(configs)("%s", (config) => {
    const loaded = loadConfig(path.join(ROOT, config));
    for (const [name, env] of Object.entries(loaded.environments)) {
      // ISO dates compare as strings.
      expect({ env: name, compatibilityDate: env.edge.worker.compatibilityDate, newerThanRuntime: env.edge.worker.compatibilityDate > runtime }).toEqual({
        env: name,
        compatibilityDate: env.edge.worker.compatibilityDate,
        newerThanRuntime: false,
      });
    }
  });
});
