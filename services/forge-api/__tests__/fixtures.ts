// Shared by forge-api's tests: the Worker as the config declares it, run on workerd by miniflare with
// local D1, KV, R2, Queues and Durable Objects.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { WorkerOptions } from "miniflare";
import type { Config } from "../../../schema/config.types";
import { checkConfig, loadConfig } from "../../../schema/load";
import type { WorkerService } from "../../../schema/worker-services";
import { bundleModule } from "../../edge-worker/bundle";
import type { D1Database } from "../src/runtime";

export const SOURCE = path.resolve(__dirname, "..");
export const MIGRATION = path.join(SOURCE, "migrations/0001_init.sql");

/** examples/autoforge: forge-api's home, with the edge Worker routing staging-api.autoforge.example to it. */
export const EXAMPLE = path.resolve(SOURCE, "../../examples/autoforge");

/** examples/autoforge loaded as the synth loads it. */
export function exampleConfig(): Config {
  return loadConfig(EXAMPLE);
}

/** examples/autoforge's forge-api entry in environment `env`: the bindings the tests give the Worker are the config's. */
export function exampleForgeApi(env: string): WorkerService {
  const service = exampleConfig().environments[env]?.workerServices.find((s) => s.name === "forge-api");
  if (service === undefined) throw new Error(`examples/autoforge has no Worker service forge-api in ${env}`);
  return service;
}

/** forge-api as examples/autoforge declares it, written out, for environment `env`: the base of configs the tests vary. */
export function forgeApiService(env: string): WorkerService {
  return {
    name: "forge-api",
    source: "services/forge-api",
    main: "src/index.ts",
    compatibilityDate: "2025-09-01",
    compatibilityFlags: [],
    vars: { ENVIRONMENT: env },
    secrets: ["LLM_API_KEY"],
    bindings: {
      d1: { DB: "forge" },
      kv: { CACHE: "cache" },
      r2: { FILES: "files" },
      queues: { EVENTS: "events" },
      durableObjects: { RATE_LIMITER: "RateLimiter" },
      services: {},
    },
    consumes: [{ queue: "events", maxBatchSize: 10, maxWaitMs: 5000, maxRetries: 3, deadLetterQueue: "events-dlq" }],
    migrations: [{ tag: "v1", newSqliteClasses: ["RateLimiter"], renamedClasses: [], deletedClasses: [] }],
  };
}

/** The storage forge-api binds to, as examples/autoforge declares it. */
export function forgeStorage(): Config["environments"][string]["storage"] {
  return {
    d1: [{ name: "forge", location: "apac" }],
    kv: [{ name: "cache" }],
    r2: [{ name: "files", location: "apac" }],
    queues: [{ name: "events" }, { name: "events-dlq" }],
  };
}

/** The host of forge-api's edge route in `env` of forgeConfig(). */
export function forgeHost(env: string): string {
  return env === "production" ? "forge.example.com" : `forge-${env}.example.com`;
}

/**
 * The default configuration with forge-api, its storage and an edge route to it (`forge[-<env>].example.com/*`)
 * in every environment, checked like any config (cue's JSON through ajv and the rules).
 */
export function forgeConfig(): Config {
  const config = loadConfig();
  for (const [env, environment] of Object.entries(config.environments)) {
    environment.workerServices = [forgeApiService(env)];
    environment.storage = forgeStorage();
    environment.edge.worker.routes = [...environment.edge.worker.routes, { pattern: `${forgeHost(env)}/*`, service: "forge-api", cacheTtl: 0 }];
  }
  return checkConfig(config, "forge-config.json");
}

/**
 * miniflare's options for a Worker service, its bindings read from the config entry (local resources
 * named as in the config, a service binding to the miniflare worker of that service's name): what
 * wrangler dev would give it. `secrets` stand in for `wrangler secret put`. A consumer's batch waits
 * `batchWaitSeconds` (the config's maxWaitMs would slow the tests down). `script` is the service's
 * bundled main unless a test gives its own.
 */
export function workerServiceOptions(
  service: WorkerService,
  secrets: Record<string, string>,
  batchWaitSeconds = 0.05,
  script = bundleModule(path.resolve(SOURCE, "../.."), path.join(service.source, service.main)),
): WorkerOptions {
  const b = service.bindings;
  return {
    name: service.name,
    modules: true,
    script,
    compatibilityDate: service.compatibilityDate,
    compatibilityFlags: service.compatibilityFlags,
    bindings: { ...service.vars, ...secrets },
    d1Databases: b.d1,
    kvNamespaces: b.kv,
    r2Buckets: b.r2,
    queueProducers: b.queues,
    queueConsumers: Object.fromEntries(
      service.consumes.map((c) => [
        c.queue,
        { maxBatchSize: c.maxBatchSize, maxBatchTimeout: batchWaitSeconds, maxRetries: c.maxRetries, deadLetterQueue: c.deadLetterQueue },
      ]),
    ),
    durableObjects: Object.fromEntries(Object.entries(b.durableObjects).map(([binding, className]) => [binding, { className, useSQLite: true }])),
    serviceBindings: b.services,
  };
}

/** The statements of a migration file: `--` comments dropped, split at the `;` ending each. */
export function migrationStatements(sql: string): string[] {
  return sql
    .split("\n")
    .map((line) => line.replace(/--.*$/, ""))
    .join("\n")
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement !== "");
}

/** Applies migrations/0001_init.sql to a local D1 database, as `wrangler d1 migrations apply` would. */
export async function applyMigration(db: D1Database): Promise<void> {
  const statements = migrationStatements(readFileSync(MIGRATION, "utf8"));
  await db.batch(statements.map((statement) => db.prepare(statement)));
}

/** Polls `probe` every 20 ms until it returns something other than undefined, or `ms` pass. */
export async function eventually<T>(probe: () => Promise<T | undefined>, ms = 5_000): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
