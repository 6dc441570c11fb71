import { readFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";
import { loadConfig } from "../../schema/load";
import { synthesize } from "../../stacks/synth";
import { tempDir } from "../helpers/config";
import type { Json } from "../helpers/json";
import { bundles } from "../helpers/worker";

/** Synthesizes examples/<name> and returns a reader of its stacks' resources and outputs. */
function example(name: string) {
  const outdir = path.join(tempDir(), "cdktf.out");
  const config = loadConfig(path.join(ROOT, "examples", name));
  const stacks = synthesize(config, { ...bundles(config), outdir });
  const read = (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
  const resources = (stack: string, type: string): Json[] => Object.values(read(stack).resource?.[type] ?? {});
  return { stacks, read, resources };
}

describe("examples/cartographer (seed 002: AWS EC2 behind Cloudflare, managed Postgres)", () => {
  const { stacks, resources } = example("cartographer");

  test("has node, data and edge stacks for both environments", () => {
    expect(stacks).toEqual(["staging-node-web-1", "staging-data", "staging-edge", "production-node-web-1", "production-data", "production-edge", "zone"]);
  });

  test("runs Postgres on RDS, encrypted and private, reachable from the VPC only", () => {
    expect(resources("production-data", "aws_db_instance")).toEqual([
      expect.objectContaining({ storage_encrypted: true, publicly_accessible: false, deletion_protection: true, db_name: "cartographer" }),
    ]);
    expect(resources("production-data", "aws_vpc_security_group_ingress_rule")).toEqual([
      expect.objectContaining({ cidr_ipv4: "172.31.0.0/16", from_port: 5432 }),
    ]);
  });

  test("opens SSH to the admins' network only, for colmena", () => {
    expect(resources("staging-node-web-1", "aws_vpc_security_group_ingress_rule")).toEqual([
      expect.objectContaining({ cidr_ipv4: "198.51.100.0/24", from_port: 22 }),
    ]);
  });
});

describe("examples/effect (seed 003: eight services sharing one Postgres, a schema each)", () => {
  const { stacks, read, resources } = example("effect");

  test("gives every service with a schema its own role password in the one primary's stack", () => {
    const outputs = Object.keys(read("production-data").output).filter((o) => o.startsWith("postgres_password_"));
    expect(outputs.sort()).toEqual(
      ["ai", "algorithm", "event_store", "learning", "progress", "saga", "user", "vocabulary"].map((r) => `postgres_password_${r}`),
    );
    expect(resources("production-data", "aws_db_instance")).toEqual([]);
  });

  test("publishes each node's services through that node's tunnel", () => {
    const ingress = resources("staging-node-app-2", "cloudflare_zero_trust_tunnel_cloudflared_config")[0].config.ingress;
    expect(ingress.map((r: Json) => r.service)).toEqual([
      "http://localhost:8105",
      "http://localhost:8106",
      "http://localhost:8107",
      "http://localhost:8108",
      "http_status:404",
    ]);
    expect(stacks).toContain("production-node-db-1");
  });

  test("puts the internal services behind Access with MFA", () => {
    const apps = resources("staging-edge", "cloudflare_zero_trust_access_application");
    expect(apps).toHaveLength(8);
    expect(resources("staging-edge", "cloudflare_zero_trust_access_policy")[0].require).toEqual([{ auth_method: { auth_method: "mfa" } }]);
  });
});

describe("examples/autoforge (seed 004, Workers-first: the API a Worker on D1/KV/R2/Queues/Durable Objects, a Pages frontend, WAF, rate limiting, MFA-protected admin)", () => {
  const { stacks, read, resources } = example("autoforge");
  const script = (stack: string, name: string): Json => resources(stack, "cloudflare_workers_script").find((s) => s.script_name === name) ?? {};

  test("rate limits the API per IP, 60 requests a minute, in each environment's hostnames", () => {
    const [limits] = resources("zone", "cloudflare_ruleset").filter((r) => r.phase === "http_ratelimit");
    expect(limits.rules).toHaveLength(2);
    expect(limits.rules[0]).toMatchObject({
      ref: "staging-api-per-ip",
      ratelimit: { period: 60, requests_per_period: 60, characteristics: ["cf.colo.id", "ip.src"] },
      expression: expect.stringContaining('"staging-api.autoforge.example"'),
    });
    expect(limits.rules[0].expression).toContain('"staging-app.autoforge.example"');
  });

  test("challenges high threat scores and protects the admin console (a VPS service on Postgres) with MFA", () => {
    const [custom] = resources("zone", "cloudflare_ruleset").filter((r) => r.phase === "http_request_firewall_custom");
    expect(custom.rules.map((r: Json) => r.action)).toEqual(["managed_challenge", "block", "managed_challenge", "block"]);
    expect(resources("production-edge", "cloudflare_zero_trust_access_application")).toEqual([
      expect.objectContaining({ domain: "admin.autoforge.example", session_duration: "12h" }),
    ]);
    expect(stacks).toEqual(expect.arrayContaining(["production-node-app-1", "production-node-db-1"]));
  });

  test("the data stacks hold the D1 database, KV namespace, R2 bucket and both queues, named <project>-<env>-<name>, and output their ids", () => {
    for (const env of ["staging", "production"]) {
      const data = `${env}-data`;
      expect(resources(data, "cloudflare_d1_database").map((r) => r.name)).toEqual([`autoforge-${env}-forge`]);
      expect(resources(data, "cloudflare_workers_kv_namespace").map((r) => r.title)).toEqual([`autoforge-${env}-cache`]);
      expect(resources(data, "cloudflare_r2_bucket").map((r) => r.name)).toContain(`autoforge-${env}-files`);
      expect(
        resources(data, "cloudflare_queue")
          .map((r) => r.queue_name)
          .sort(),
      ).toEqual([`autoforge-${env}-events`, `autoforge-${env}-events-dlq`]);
      expect(Object.keys(read(data).output)).toEqual(expect.arrayContaining(["kv_namespace_ids", "d1_database_ids", "queue_ids"]));
    }
    expect(Object.keys(read("production-data").resource.cloudflare_d1_database)).toEqual([expect.stringMatching(/^storage_d1-forge_/)]);
  });

  test("production's Worker data is kept from destroy, staging's is not", () => {
    const storage = (env: string) =>
      ["cloudflare_d1_database", "cloudflare_workers_kv_namespace", "cloudflare_r2_bucket", "cloudflare_queue"].flatMap((type) =>
        resources(`${env}-data`, type).filter((r) => r["//"].metadata.path.includes("/storage/")),
      );
    expect(storage("production")).toHaveLength(5);
    for (const r of storage("production")) expect(r.lifecycle).toEqual({ prevent_destroy: true });
    expect(storage("staging")).toHaveLength(5);
    for (const r of storage("staging")) expect(r.lifecycle).toBeUndefined();
  });

  test("the API is a Worker script of its own with every binding, keeping its secret set by wrangler, and its Durable Object migration", () => {
    const api = script("production-edge", "autoforge-production-forge-api");
    expect(api).toMatchObject({ main_module: "worker.js", compatibility_date: "2025-09-01", keep_bindings: ["secret_text"] });
    expect(api.content).toContain("RateLimiter");
    expect(api.bindings).toEqual([
      { name: "ENVIRONMENT", type: "plain_text", text: "production" },
      { name: "CACHE", type: "kv_namespace", namespace_id: "${var.kv_namespace_id_cache}" },
      { name: "FILES", type: "r2_bucket", bucket_name: "autoforge-production-files" },
      { name: "DB", type: "d1", id: "${var.d1_database_id_forge}" },
      { name: "EVENTS", type: "queue", queue_name: "autoforge-production-events" },
      { name: "RATE_LIMITER", type: "durable_object_namespace", class_name: "RateLimiter" },
    ]);
    expect(api.bindings.map((b: Json) => b.name)).not.toContain("LLM_API_KEY");
    expect(api.migrations).toEqual({ new_tag: "v1", steps: [{ new_sqlite_classes: ["RateLimiter"] }] });
    expect(read("production-edge").output.worker_migration_tags.value).toEqual({ "forge-api": "v1" });
    expect(Object.keys(read("production-edge").variable).sort()).toEqual(["d1_database_id_forge", "kv_namespace_id_cache", "queue_id_events"]);
  });

  test("the API consumes its queue with the dead-letter queue, and is off workers.dev", () => {
    expect(resources("staging-edge", "cloudflare_queue_consumer")).toEqual([
      expect.objectContaining({ queue_id: "${var.queue_id_events}", type: "worker", dead_letter_queue: "autoforge-staging-events-dlq" }),
    ]);
    expect(resources("staging-edge", "cloudflare_workers_script_subdomain")).toEqual([expect.objectContaining({ enabled: false, previews_enabled: false })]);
  });

  test("the edge Worker reaches the API by service binding, and the API host gets a proxied placeholder record", () => {
    const edge = script("production-edge", "autoforge-edge-production");
    expect(edge.bindings.filter((b: Json) => b.type === "service")).toEqual([
      {
        name: "SERVICE_FORGE_API",
        type: "service",
        service: expect.stringMatching(/^\$\{cloudflare_workers_script\.service-forge-api_script_.*\.script_name\}$/),
      },
    ]);
    expect(resources("production-edge", "cloudflare_dns_record")).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "api.autoforge.example", type: "AAAA", content: "100::", proxied: true })]),
    );
    const routes = JSON.parse(edge.bindings.find((b: Json) => b.name === "ROUTES").text);
    expect(routes).toEqual(expect.arrayContaining([expect.objectContaining({ host: "api.autoforge.example", binding: "SERVICE_FORGE_API" })]));
  });

  test("the frontend is a Pages project per environment on its own domain, a proxied CNAME to pages.dev", () => {
    expect(resources("staging-edge", "cloudflare_pages_project")).toEqual([
      expect.objectContaining({
        name: "autoforge-staging-web",
        production_branch: "main",
        build_config: { build_command: "npm run build", destination_dir: "dist", root_dir: "services/forge-web" },
      }),
    ]);
    expect(resources("staging-edge", "cloudflare_pages_domain")).toEqual([expect.objectContaining({ name: "staging-app.autoforge.example" })]);
    expect(resources("production-edge", "cloudflare_dns_record")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "app.autoforge.example", type: "CNAME", proxied: true, content: expect.stringMatching(/\.subdomain\}$/) }),
      ]),
    );
  });
});
