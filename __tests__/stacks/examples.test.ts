import { readFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";
import { loadConfig } from "../../schema/load";
import { synthesize } from "../../stacks/synth";
import { tempDir } from "../helpers/config";
import type { Json } from "../helpers/json";
import { workerScript } from "../helpers/worker";

/** Synthesizes examples/<name> and returns a reader of its stacks' resources and outputs. */
function example(name: string) {
  const outdir = path.join(tempDir(), "cdktf.out");
  const stacks = synthesize(loadConfig(path.join(ROOT, "examples", name)), { workerScript: workerScript(), outdir });
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

describe("examples/autoforge (seed 004: an API behind the edge Worker with WAF, rate limiting, MFA-protected admin)", () => {
  const { resources } = example("autoforge");

  test("rate limits the API per IP, 60 requests a minute, in each environment's hostnames", () => {
    const [limits] = resources("zone", "cloudflare_ruleset").filter((r) => r.phase === "http_ratelimit");
    expect(limits.rules).toHaveLength(2);
    expect(limits.rules[0]).toMatchObject({
      ref: "staging-api-per-ip",
      ratelimit: { period: 60, requests_per_period: 60, characteristics: ["cf.colo.id", "ip.src"] },
      expression: expect.stringContaining('"staging-api.autoforge.example"'),
    });
  });

  test("challenges high threat scores and protects the admin console with MFA", () => {
    const [custom] = resources("zone", "cloudflare_ruleset").filter((r) => r.phase === "http_request_firewall_custom");
    expect(custom.rules.map((r: Json) => r.action)).toEqual(["managed_challenge", "block", "managed_challenge", "block"]);
    expect(resources("production-edge", "cloudflare_zero_trust_access_application")).toEqual([
      expect.objectContaining({ domain: "admin.autoforge.example", session_duration: "12h" }),
    ]);
  });

  test("routes the static path with an edge cache TTL", () => {
    const script = resources("production-edge", "cloudflare_workers_script")[0];
    const routes = JSON.parse(script.bindings.find((b: Json) => b.name === "ROUTES").text);
    expect(routes).toEqual(expect.arrayContaining([expect.objectContaining({ pathPrefix: "/static/", cacheTtl: 3600, service: "api" })]));
  });
});
