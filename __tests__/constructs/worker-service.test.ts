import { QueueConsumer } from "@cdktf/provider-cloudflare/lib/queue-consumer";
import { WorkersCustomDomain } from "@cdktf/provider-cloudflare/lib/workers-custom-domain";
import { WorkersScript } from "@cdktf/provider-cloudflare/lib/workers-script";
import { WorkersScriptSubdomain } from "@cdktf/provider-cloudflare/lib/workers-script-subdomain";
import { pendingMigrations, WorkerService, type WorkerServiceProps } from "../../constructs/worker-service";
import { credential } from "../helpers/secrets";
import { ofType, stack, synth } from "./helpers";

const props: WorkerServiceProps = {
  accountId: "0123456789abcdef0123456789abcdef",
  zoneId: "fedcba9876543210fedcba9876543210",
  scriptName: "acme-production-notes-api",
  content: "export default { fetch() { return new Response(`${'ok'}`); } }; export class RateLimiter {}",
  compatibilityDate: "2025-09-01",
  compatibilityFlags: ["nodejs_compat"],
  vars: { ENVIRONMENT: "production" },
  secrets: ["LLM_API_KEY"],
  kvNamespaces: { CACHE: "kv-id" },
  r2Buckets: { FILES: "acme-production-files" },
  d1Databases: { DB: "d1-uuid" },
  queues: { EVENTS: "acme-production-events" },
  services: { AUTH: "acme-production-auth" },
  durableObjects: { RATE_LIMITER: "RateLimiter" },
  migrations: [{ tag: "v1", newSqliteClasses: ["RateLimiter"] }],
  consumers: [{ queue: "events", queueId: "queue-id", deadLetterQueue: "acme-production-events-dlq", maxBatchSize: 20 }],
};

describe("WorkerService", () => {
  const { json, resources } = synth((scope) => new WorkerService(scope, "api", props));

  test("uploads the bundle as an ES module (interpolation escaped) with every kind of binding, keeping secret_text", () => {
    const [script] = ofType(resources, "cloudflare_workers_script");
    expect(script).toMatchObject({
      script_name: "acme-production-notes-api",
      main_module: "worker.js",
      content: "export default { fetch() { return new Response(`$${'ok'}`); } }; export class RateLimiter {}",
      compatibility_date: "2025-09-01",
      compatibility_flags: ["nodejs_compat"],
      keep_bindings: ["secret_text"],
    });
    expect(script.bindings).toEqual([
      { name: "ENVIRONMENT", type: "plain_text", text: "production" },
      { name: "CACHE", type: "kv_namespace", namespace_id: "kv-id" },
      { name: "FILES", type: "r2_bucket", bucket_name: "acme-production-files" },
      { name: "DB", type: "d1", id: "d1-uuid" },
      { name: "EVENTS", type: "queue", queue_name: "acme-production-events" },
      { name: "AUTH", type: "service", service: "acme-production-auth" },
      { name: "RATE_LIMITER", type: "durable_object_namespace", class_name: "RateLimiter" },
    ]);
    expect(JSON.stringify(script.bindings)).not.toContain("LLM_API_KEY");
  });

  test("a script never deployed gets every migration step, tagged with the last tag", () => {
    expect(json).toHaveResourceWithProperties(WorkersScript, { migrations: { new_tag: "v1", steps: [{ new_sqlite_classes: ["RateLimiter"] }] } });
  });

  test("consumes its queue as a worker consumer with settings and the dead-letter queue", () => {
    expect(json).toHaveResourceWithProperties(QueueConsumer, {
      account_id: props.accountId,
      queue_id: "queue-id",
      type: "worker",
      dead_letter_queue: "acme-production-events-dlq",
      script_name: expect.stringMatching(/^\$\{cloudflare_workers_script\..*\.script_name\}$/),
      settings: { batch_size: 20, max_wait_time_ms: 5000, max_retries: 3 },
    });
    expect(ofType(resources, "cloudflare_workers_custom_domain")).toEqual([]);
  });

  test("switches its workers.dev subdomain and preview URLs off: the internet reaches it through the zone only", () => {
    expect(json).toHaveResourceWithProperties(WorkersScriptSubdomain, {
      enabled: false,
      previews_enabled: false,
      script_name: expect.stringMatching(/script_name\}$/),
    });
  });

  test("a custom domain is a cloudflare_workers_custom_domain on the script", () => {
    const { json: withDomain } = synth((scope) => new WorkerService(scope, "api", { ...props, customDomain: "notes.example.com" }));
    expect(withDomain).toHaveResourceWithProperties(WorkersCustomDomain, {
      hostname: "notes.example.com",
      zone_id: props.zoneId,
      service: expect.stringMatching(/script_name\}$/),
    });
  });

  test("refuses an empty bundle, bad binding names, a Durable Object class not in the migrations, a secret in vars", () => {
    expect(
      () =>
        new WorkerService(stack(), "api", {
          ...props,
          content: "  ",
          kvNamespaces: { cache: "kv-id" },
          durableObjects: { RATE_LIMITER: "RateLimiter", SESSIONS: "Sessions" },
          vars: { ENVIRONMENT: "production", UPSTREAM: credential.stripeLive },
        }),
    ).toThrow(
      /content: the bundled Worker is empty[\s\S]*bindings\.cache: binding names are UPPER_SNAKE_CASE[\s\S]*vars\.UPSTREAM: the value has the shape of a Stripe[\s\S]*durableObjects\.SESSIONS: class Sessions is not created by the migrations/,
    );
  });

  test("refuses a binding name used twice (a secret too), a migration tag listed twice, an applied tag the migrations lost", () => {
    expect(
      () =>
        new WorkerService(stack(), "api", {
          ...props,
          vars: { ENVIRONMENT: "production", LLM_API_KEY: "" },
          migrations: [{ tag: "v1", newSqliteClasses: ["RateLimiter"] }, { tag: "v1" }],
          appliedMigrationTag: "v0",
        }),
    ).toThrow(
      /bindings: binding name\(s\) used twice: LLM_API_KEY[\s\S]*migrations: tag\(s\) listed twice: v1[\s\S]*appliedMigrationTag: the script's applied tag "v0"/,
    );
  });
});

describe("Durable Object migrations are judged as the config rules judge them (replayMigrations)", () => {
  test("refuses a class created twice, a rename of a missing class or onto a live one, a delete of a missing class", () => {
    expect(
      () =>
        new WorkerService(stack(), "api", {
          ...props,
          durableObjects: {},
          migrations: [
            { tag: "v1", newSqliteClasses: ["RateLimiter", "Room"] },
            {
              tag: "v2",
              newSqliteClasses: ["RateLimiter"],
              renamedClasses: [
                { from: "Ghost", to: "Spirit" },
                { from: "Room", to: "RateLimiter" },
              ],
            },
            { tag: "v3", deletedClasses: ["Lobby"] },
          ],
        }),
    ).toThrow(
      /migrations\[1\]\.newSqliteClasses: class RateLimiter was already created by an earlier migration[\s\S]*migrations\[1\]\.renamedClasses: class Ghost does not exist at this migration[\s\S]*migrations\[1\]\.renamedClasses: class RateLimiter already exists[\s\S]*migrations\[2\]\.deletedClasses: class Lobby does not exist at this migration/,
    );
  });
});

describe("pendingMigrations: an upload never creates a class twice", () => {
  const steps = [
    { tag: "v1", newSqliteClasses: ["RateLimiter"] },
    { tag: "v2", renamedClasses: [{ from: "RateLimiter", to: "Limiter" }] },
  ];
  test("never deployed: every step, no old_tag", () => {
    expect(pendingMigrations(steps, undefined)).toEqual({
      oldTag: undefined,
      newTag: "v2",
      steps: [{ newSqliteClasses: ["RateLimiter"] }, { renamedClasses: [{ from: "RateLimiter", to: "Limiter" }] }],
    });
  });
  test("at v1: only v2, from old_tag v1", () => {
    expect(pendingMigrations(steps, "v1")).toEqual({ oldTag: "v1", newTag: "v2", steps: [{ renamedClasses: [{ from: "RateLimiter", to: "Limiter" }] }] });
  });
  test("up to date: no migrations block at all", () => {
    expect(pendingMigrations(steps, "v2")).toBeUndefined();
    const { resources } = synth((scope) => new WorkerService(scope, "api", { ...props, appliedMigrationTag: "v1" }));
    expect(ofType(resources, "cloudflare_workers_script")[0].migrations).toBeUndefined();
  });
});
