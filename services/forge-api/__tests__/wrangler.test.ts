// forge-api's wrangler.toml (for wrangler dev, d1 migrations apply, secret put) is generated from the
// config: the committed file must equal a fresh render, and the render must say what Wrangler expects.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../../../schema/cue";
import { loadConfig } from "../../../schema/load";
import { renderCommand, renderWorkerServiceFiles } from "../../../scripts/render-wrangler";
import { renderWorkerServiceWranglerTomls } from "../../worker-wrangler";
import { forgeApiService, forgeConfig } from "./fixtures";

const EXAMPLE = path.join(ROOT, "examples/autoforge");
const FILE = "services/forge-api/wrangler.toml";

/** examples/autoforge's Worker services' wrangler.toml files, as render-wrangler.ts --config writes them. */
function exampleFiles(): Record<string, string> {
  return renderWorkerServiceFiles(loadConfig(EXAMPLE), EXAMPLE);
}

test(`the committed ${FILE} equals a fresh render of examples/autoforge (run: npx tsx scripts/render-wrangler.ts --config examples/autoforge)`, () => {
  const files = exampleFiles();
  expect(Object.keys(files)).toContain(FILE);
  expect(readFileSync(path.join(ROOT, FILE), "utf8")).toBe(files[FILE]);
});

test("says on its first line that it is generated and by which command", () => {
  expect(renderCommand(EXAMPLE)).toBe("npx tsx scripts/render-wrangler.ts --config examples/autoforge");
  expect(renderCommand()).toBe("npx tsx scripts/render-wrangler.ts");
  expect(exampleFiles()[FILE].split("\n")[0]).toBe(
    "# Generated from the config by `npx tsx scripts/render-wrangler.ts --config examples/autoforge`; do not edit.",
  );
});

describe("the render", () => {
  const render = (config = forgeConfig()) => renderWorkerServiceWranglerTomls(config, "cmd")[FILE];

  test("has one [env.<name>] per environment with the script's account-wide name, entry module and runtime", () => {
    const toml = render();
    expect(toml).toContain(
      '\n[env.staging]\nname = "acme-staging-forge-api"\nmain = "src/index.ts"\ncompatibility_date = "2025-09-01"\ncompatibility_flags = []\nworkers_dev = false\n',
    );
    expect(toml).toContain('\n[env.production]\nname = "acme-production-forge-api"\n');
    // Nothing at top level: a wrangler command without --env fails instead of touching a stray Worker.
    expect(toml.slice(0, toml.indexOf("\n[env."))).not.toMatch(/^[a-z_]+ =/m);
  });

  test("declares every binding kind per environment, by the resources' account-wide names", () => {
    const toml = render();
    for (const part of [
      '[env.staging.vars]\nENVIRONMENT = "staging"\n',
      '[[env.staging.kv_namespaces]]\nbinding = "CACHE"\n',
      '[[env.staging.r2_buckets]]\nbinding = "FILES"\nbucket_name = "acme-staging-files"\n',
      '[[env.staging.d1_databases]]\nbinding = "DB"\ndatabase_name = "acme-staging-forge"\n',
      'migrations_dir = "migrations"\n',
      '[[env.staging.queues.producers]]\nbinding = "EVENTS"\nqueue = "acme-staging-events"\n',
      '[[env.staging.queues.consumers]]\nqueue = "acme-staging-events"\nmax_batch_size = 10\nmax_batch_timeout = 5\nmax_retries = 3\ndead_letter_queue = "acme-staging-events-dlq"\n',
      '[[env.staging.durable_objects.bindings]]\nname = "RATE_LIMITER"\nclass_name = "RateLimiter"\n',
      '[[env.staging.migrations]]\ntag = "v1"\nnew_sqlite_classes = ["RateLimiter"]\n',
    ]) {
      expect(toml).toContain(part);
    }
  });

  test("names the secrets for wrangler secret put, never a value", () => {
    const toml = render();
    expect(toml).toContain("# secrets, never here: wrangler secret put <NAME> --env staging (locally: .dev.vars): LLM_API_KEY\n");
    expect(toml).not.toMatch(/^LLM_API_KEY\s*=/m);
  });

  test("uses the ids the data stack reported, and a placeholder saying what to do before it was applied", () => {
    expect(render()).toContain(
      '# staging-data has not reported kv_namespace_ids["cache"] yet: deploy it, then render this file again (local dev needs no real id)\nid = "not-created-yet-apply-staging-data"\n',
    );
    const config = forgeConfig();
    config.outputs = {
      ...config.outputs,
      staging: {
        "staging-data": { kv_namespace_ids: { cache: "0f2ac74b498b48028cb68387c421e279" }, d1_database_ids: { forge: "6b1d2c9e-1f0a-4a51-9d3c-5e2f7a8b9c0d" } },
      },
    };
    const toml = render(config);
    expect(toml).toContain('binding = "CACHE"\nid = "0f2ac74b498b48028cb68387c421e279"\n');
    expect(toml).toContain('database_id = "6b1d2c9e-1f0a-4a51-9d3c-5e2f7a8b9c0d"\n');
    expect(toml).toContain('id = "not-created-yet-apply-production-data"\n');
  });

  test("writes the batch wait in seconds, a custom domain as a custom_domain route, service bindings, renames and deletions", () => {
    const config = forgeConfig();
    const service = forgeApiService("staging");
    config.environments.staging.workerServices = [
      {
        ...service,
        customDomain: "forge-direct-staging.example.com",
        compatibilityFlags: ["nodejs_compat"],
        bindings: { ...service.bindings, durableObjects: { RATE_LIMITER: "Limiter" }, services: { SERVICE_BILLING: "billing" } },
        consumes: [{ queue: "events", maxBatchSize: 5, maxWaitMs: 2500, maxRetries: 1 }],
        migrations: [
          ...service.migrations,
          { tag: "v2", newSqliteClasses: ["Scratch"], renamedClasses: [{ from: "RateLimiter", to: "Limiter" }], deletedClasses: [] },
          { tag: "v3", newSqliteClasses: [], renamedClasses: [], deletedClasses: ["Scratch"] },
        ],
      },
    ];
    const toml = render(config);
    expect(toml).toContain(
      'compatibility_flags = ["nodejs_compat"]\nworkers_dev = false\nroutes = [{ pattern = "forge-direct-staging.example.com", custom_domain = true }]\n',
    );
    expect(toml).toContain("max_batch_size = 5\nmax_batch_timeout = 2.5\nmax_retries = 1\n\n");
    expect(toml).toContain('[[env.staging.services]]\nbinding = "SERVICE_BILLING"\nservice = "acme-staging-billing"\n');
    expect(toml).toContain(
      '[[env.staging.migrations]]\ntag = "v2"\nnew_sqlite_classes = ["Scratch"]\nrenamed_classes = [{ from = "RateLimiter", to = "Limiter" }]\n',
    );
    expect(toml).toContain('[[env.staging.migrations]]\ntag = "v3"\ndeleted_classes = ["Scratch"]\n');
  });

  test("gives no file to a config without Worker services", () => {
    expect(renderWorkerServiceWranglerTomls(loadConfig(), "cmd")).toEqual({});
  });
});
