import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Config } from "../../schema/config.types";
import { ROOT } from "../../schema/cue";
import { loadConfig } from "../../schema/load";
import { synthesize } from "../../stacks/synth";
import { tempDir } from "../helpers/config";
import type { Json } from "../helpers/json";
import { bundles, workerScript } from "../helpers/worker";

const autoforge = () => loadConfig(path.join(ROOT, "examples", "autoforge"));

function synth(config: Config, options: { bundled?: boolean } = {}) {
  const outdir = path.join(tempDir(), "cdktf.out");
  synthesize(config, { ...(options.bundled === false ? { workerScript: workerScript() } : bundles(config)), outdir, environments: ["production"] });
  return (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
}

const api = (edge: Json): Json =>
  Object.values(edge.resource.cloudflare_workers_script as Record<string, Json>).find((s) => s.script_name.endsWith("-forge-api")) ?? {};

describe("the edge stack reads what earlier applies recorded in CUE", () => {
  test("before the data stack was applied, the storage ids are variables without defaults", () => {
    const edge = synth(autoforge())("production-edge");
    expect(edge.variable.kv_namespace_id_cache).toEqual({
      type: "string",
      description: expect.stringContaining(`production-data's kv_namespace_ids["cache"]`),
    });
    expect(edge.variable.d1_database_id_forge.default).toBeUndefined();
  });

  test("after it was, their defaults are the recorded ids; after the edge was, an up-to-date script uploads no migrations", () => {
    const config = autoforge();
    config.outputs = {
      production: {
        "production-data": {
          kv_namespace_ids: { cache: "kv-0001" },
          d1_database_ids: { forge: "d1-0001" },
          queue_ids: { events: "q-0001", "events-dlq": "q-0002" },
        },
        "production-edge": { worker_migration_tags: { "forge-api": "v1" } },
      },
    };
    const edge = synth(config)("production-edge");
    expect(edge.variable.kv_namespace_id_cache.default).toBe("kv-0001");
    expect(edge.variable.d1_database_id_forge.default).toBe("d1-0001");
    expect(edge.variable.queue_id_events.default).toBe("q-0001");
    expect(api(edge).migrations).toBeUndefined();
    expect(edge.output.worker_migration_tags.value).toEqual({ "forge-api": "v1" });
  });

  test("a migration added after the recorded tag is uploaded alone, from old_tag", () => {
    const config = autoforge();
    config.outputs = { production: { "production-edge": { worker_migration_tags: { "forge-api": "v1" } } } };
    const service = config.environments.production.workerServices[0];
    service.migrations.push({ tag: "v2", newSqliteClasses: ["Sessions"], renamedClasses: [], deletedClasses: [] });
    const edge = synth(config)("production-edge");
    expect(api(edge).migrations).toEqual({ old_tag: "v1", new_tag: "v2", steps: [{ new_sqlite_classes: ["Sessions"] }] });
    expect(edge.output.worker_migration_tags.value).toEqual({ "forge-api": "v2" });
  });

  test("a Worker service without its bundle fails the synth, naming the entry module", () => {
    expect(() => synth(autoforge(), { bundled: false })).toThrow(
      /no bundle for services\/forge-api\/src\/index\.ts; the entry point bundles every Worker service/,
    );
  });
});

describe("a Worker service on a custom domain of its own", () => {
  test("gets a Workers custom domain instead of a placeholder record, inside the zone's WAF and rate-limit scope", () => {
    const config = autoforge();
    config.environments.production.workerServices[0].customDomain = "forge.autoforge.example";
    const read = synth(config);
    const edge = read("production-edge");
    expect(Object.values(edge.resource.cloudflare_workers_custom_domain)).toEqual([
      expect.objectContaining({ hostname: "forge.autoforge.example", service: expect.stringMatching(/service-forge-api_script_.*\.script_name\}$/) }),
    ]);
    expect(Object.values(edge.resource.cloudflare_dns_record).map((r) => (r as Json).name)).not.toContain("forge.autoforge.example");
    const limits = Object.values(read("zone").resource.cloudflare_ruleset as Record<string, Json>).find((r) => r.phase === "http_ratelimit");
    expect(limits?.rules.find((r: Json) => r.ref === "production-api-per-ip").expression).toContain('"forge.autoforge.example"');
  });
});
