import type { Config } from "../../schema/config.types";
import { cloudflareResourceName, durableObjectClasses, serviceBindingName, type WorkerService } from "../../schema/worker-services";
import { defaultConfig, problemsOf } from "../helpers/config";

function notesApi(overrides: Partial<WorkerService> = {}): WorkerService {
  return {
    name: "notes",
    source: "services/notes-worker",
    main: "src/index.ts",
    compatibilityDate: "2025-09-01",
    compatibilityFlags: [],
    vars: { GREETING: "hello" },
    secrets: ["SIGNING_KEY"],
    bindings: {
      kv: { CACHE: "cache" },
      r2: { FILES: "files" },
      d1: { DB: "notes" },
      queues: { EVENTS: "events" },
      services: {},
      durableObjects: { COUNTER: "Counter" },
    },
    consumes: [{ queue: "events", maxBatchSize: 10, maxWaitMs: 5000, maxRetries: 3, deadLetterQueue: "events-dlq" }],
    migrations: [{ tag: "v1", newSqliteClasses: ["Counter"], renamedClasses: [], deletedClasses: [] }],
    ...overrides,
  };
}

/** The default config with a Worker service and its storage in production. */
function withWorker(overrides: Partial<WorkerService> = {}): Config {
  const config = defaultConfig();
  const env = config.environments.production;
  env.storage = {
    kv: [{ name: "cache" }],
    r2: [{ name: "files", location: "apac" }],
    d1: [{ name: "notes", location: "apac" }],
    queues: [{ name: "events" }, { name: "events-dlq" }],
  };
  env.workerServices = [notesApi(overrides)];
  return config;
}

const AT = "environments.production.workerServices[0]";
const paths = (config: Config) => problemsOf(config).map((p) => `${p.path}: ${p.message}`);

describe("Worker services in the config", () => {
  test("a Worker service whose every binding names something declared is valid", () => {
    expect(paths(withWorker())).toEqual([]);
  });

  test("the default config declares no Worker services, storage or Pages", () => {
    const env = defaultConfig().environments.production;
    expect(env.workerServices).toEqual([]);
    expect(env.storage).toEqual({ kv: [], r2: [], d1: [], queues: [] });
    expect(env.pages).toEqual([]);
  });

  test.each([
    ["kv", { kv: { CACHE: "sessions" } }, `${AT}.bindings.kv.CACHE: unknown KV namespace "sessions"; storage.kv of production: "cache"`],
    ["r2", { r2: { FILES: "media" } }, `${AT}.bindings.r2.FILES: unknown R2 bucket "media"`],
    ["d1", { d1: { DB: "users" } }, `${AT}.bindings.d1.DB: unknown D1 database "users"`],
    ["queues", { queues: { EVENTS: "jobs" } }, `${AT}.bindings.queues.EVENTS: unknown queue "jobs"`],
    ["services", { services: { AUTH: "auth" } }, `${AT}.bindings.services.AUTH: unknown Worker service "auth"`],
    ["durableObjects", { durableObjects: { ROOM: "Room" } }, `${AT}.bindings.durableObjects.ROOM: class Room is not created by the migrations`],
  ])("a %s binding to something undeclared is refused with its path", (_kind, bindings, expected) => {
    const config = withWorker();
    Object.assign(config.environments.production.workerServices[0].bindings, bindings);
    expect(paths(config).join("\n")).toContain(expected);
  });

  test("a service binding to a VPS service says why it cannot be bound", () => {
    const config = withWorker();
    config.environments.production.workerServices[0].bindings.services = { API: "api" };
    expect(paths(config).join("\n")).toContain(`${AT}.bindings.services.API: unknown Worker service "api" (a VPS service: a Worker reaches it at its hostname`);
  });

  test("a queue has one consumer, and a dead-letter queue must be declared and another queue", () => {
    const config = withWorker();
    const env = config.environments.production;
    env.workerServices.push({
      ...notesApi(),
      name: "notes-two",
      bindings: { kv: {}, r2: {}, d1: {}, queues: {}, services: {}, durableObjects: {} },
      migrations: [],
    });
    env.workerServices[0].consumes[0].deadLetterQueue = "events";
    expect(paths(config)).toEqual(
      expect.arrayContaining([
        `${AT}.consumes[0].deadLetterQueue: a queue cannot be its own dead-letter queue`,
        `environments.production.workerServices[1].consumes[0].queue: queue "events" already has a consumer (${AT}.consumes[0].queue); a queue has one`,
      ]),
    );
  });

  test("a secret value in vars is refused; a var and a secret cannot share a name", () => {
    const config = withWorker({ vars: { STRIPE_SECRET: "sk_live_x", SIGNING_KEY: "x" } });
    const found = paths(config).join("\n");
    expect(found).toMatch(new RegExp(`${AT.replace(/[[\]]/g, "\\$&")}\\.vars\\.STRIPE_SECRET: the name says it holds a secret`));
    expect(found).toContain(`${AT}.secrets[0]: binding name SIGNING_KEY is already used at ${AT}.vars.SIGNING_KEY`);
  });

  test("migrations: a class is created once, renamed or deleted only while it exists, and a bound class must be live", () => {
    const config = withWorker({
      bindings: { kv: {}, r2: {}, d1: {}, queues: {}, services: {}, durableObjects: { COUNTER: "Counter" } },
      consumes: [],
      migrations: [
        { tag: "v1", newSqliteClasses: ["Counter"], renamedClasses: [], deletedClasses: [] },
        { tag: "v1", newSqliteClasses: [], renamedClasses: [{ from: "Ghost", to: "Spirit" }], deletedClasses: ["Counter"] },
      ],
    });
    expect(paths(config)).toEqual(
      expect.arrayContaining([
        `${AT}.migrations[1].tag: duplicate migration tag "v1"`,
        `${AT}.migrations[1].renamedClasses[0].from: class Ghost does not exist at this migration`,
        expect.stringContaining(`${AT}.bindings.durableObjects.COUNTER: class Counter is not created by the migrations (or deleted by them)`),
      ]),
    );
  });

  test("a Worker service shares the service namespace, and a route may name it", () => {
    const config = withWorker({ name: "api" });
    expect(paths(config)).toContain(`${AT}.name: duplicate service "api"`);
    const routed = withWorker();
    routed.environments.production.edge.worker.routes.push({ pattern: "notes.example.com/*", service: "notes", cacheTtl: 0 });
    expect(paths(routed)).toEqual([]);
    routed.environments.production.edge.worker.routes.push({ pattern: "other.example.com/*", service: "nope", cacheTtl: 0 });
    expect(paths(routed).join("\n")).toContain('unknown service "nope"; services of production: api, notes');
  });

  test("a custom domain and a Pages hostname are inside the zone and claimed once", () => {
    const config = withWorker({ customDomain: "notes.elsewhere.org" });
    config.environments.production.pages = [
      {
        name: "web",
        hostname: config.environments.production.services[0].hostname,
        source: "services/web",
        buildCommand: "npm run build",
        outputDir: "dist",
        productionBranch: "main",
      },
    ];
    const found = paths(config).join("\n");
    expect(found).toContain(`${AT}.customDomain: "notes.elsewhere.org" is not inside the zone`);
    expect(found).toMatch(/environments\.production\.pages\[0\]\.hostname: duplicate hostname/);
  });

  test("names the synth derives must fit Cloudflare's limits", () => {
    const config = withWorker({ name: "a-very-long-worker-service-name1" });
    config.project = "a-very-long-project-name-here-xy";
    expect(paths(config).join("\n")).toMatch(
      /workerServices\[0\]\.name: the Worker script name a-very-long-project-name-here-xy-production-a-very-long-worker-service-name1 .* is over 63 characters/,
    );
  });

  test("ajv refuses a binding name that is not UPPER_SNAKE_CASE and an unknown field, naming them", () => {
    const config = withWorker();
    (config.environments.production.workerServices[0].bindings.kv as Record<string, string>).cache = "cache";
    const found = paths(config).join("\n");
    expect(found).toContain(`${AT}.bindings.kv`);
  });
});

describe("names", () => {
  test("account-wide names carry project and environment; the edge binding is SERVICE_<NAME>", () => {
    expect(cloudflareResourceName("acme", "staging", "cache")).toBe("acme-staging-cache");
    expect(serviceBindingName("notes-api")).toBe("SERVICE_NOTES_API");
  });

  test("durableObjectClasses follows creation, renaming and deletion in order", () => {
    expect(
      durableObjectClasses(
        notesApi({
          migrations: [
            { tag: "v1", newSqliteClasses: ["A", "B"], renamedClasses: [], deletedClasses: [] },
            { tag: "v2", newSqliteClasses: ["C"], renamedClasses: [{ from: "A", to: "Z" }], deletedClasses: ["B"] },
          ],
        }),
      ),
    ).toEqual(["Z", "C"]);
  });
});
