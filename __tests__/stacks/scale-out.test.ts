import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Config, Service } from "../../schema/config.types";
import { ROOT } from "../../schema/cue";
import { loadConfig } from "../../schema/load";
import { checkRules } from "../../schema/rules";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir } from "../helpers/config";
import type { Json } from "../helpers/json";
import { workerScript } from "../helpers/worker";

/** Synthesizes staging of `config` and returns a reader of its stacks. */
function synthStaging(config: Config): { read: (stack: string) => Json; resources: (stack: string, type: string) => Json[] } {
  expect(checkRules(config)).toEqual([]);
  const outdir = path.join(tempDir(), "cdktf.out");
  synthesize(config, { workerScript: workerScript(), outdir, environments: ["staging"] });
  const read = (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
  return { read, resources: (stack, type) => Object.values(read(stack).resource?.[type] ?? {}) };
}

/** The default config with a third staging node, app-2, and the api on `nodes`. */
function withApi(change: Partial<Service>, nodes = ["app-1", "app-2"]): Config {
  const config = defaultConfig();
  const staging = config.environments.staging;
  staging.nodes.push({ ...staging.nodes[0], name: "app-2" });
  Object.assign(staging.services[0], { nodes, ...change });
  return config;
}

const ingressOf = (stacks: ReturnType<typeof synthStaging>, node: string) =>
  stacks.resources(`staging-node-${node}`, "cloudflare_zero_trust_tunnel_cloudflared_config")[0].config.ingress.map((r: Json) => r.hostname ?? r.service);
const cnamesOf = (stacks: ReturnType<typeof synthStaging>, node: string) =>
  stacks.resources(`staging-node-${node}`, "cloudflare_dns_record").map((r) => r.name);

describe('publish "worker": the Worker spreads requests over per-node origin hostnames', () => {
  const stacks = synthStaging(withApi({ publish: "worker", weights: { "app-2": 0.25 } }));

  test("each node's tunnel serves the api at its own origin hostname, with a proxied CNAME", () => {
    expect(ingressOf(stacks, "app-1")).toEqual(["api-staging-app-1.example.com", "http_status:404"]);
    expect(ingressOf(stacks, "app-2")).toEqual(["api-staging-app-2.example.com", "http_status:404"]);
    expect(stacks.resources("staging-node-app-2", "cloudflare_dns_record")).toEqual([
      expect.objectContaining({ name: "api-staging-app-2.example.com", type: "CNAME", proxied: true }),
    ]);
  });

  test("the public hostname is the Worker's: a proxied placeholder in the edge stack, no node owns it", () => {
    expect(cnamesOf(stacks, "app-1")).not.toContain("api-staging.example.com");
    expect(stacks.resources("staging-edge", "cloudflare_dns_record")).toEqual([
      expect.objectContaining({ name: "api-staging.example.com", type: "AAAA", content: "100::", proxied: true }),
    ]);
  });

  test("the Worker's routing table lists both origins with their weights", () => {
    const script = stacks.resources("staging-edge", "cloudflare_workers_script")[0];
    const routes = JSON.parse(script.bindings.find((b: Json) => b.name === "ROUTES").text);
    expect(routes[0].origins).toEqual([
      { url: "https://api-staging-app-1.example.com", weight: 1 },
      { url: "https://api-staging-app-2.example.com", weight: 0.25 },
    ]);
  });

  test("the edge stack reports which nodes it sends each balanced service to", () => {
    expect(stacks.read("staging-edge").output.origins.value).toEqual({ api: ["app-1", "app-2"] });
  });

  test("the zone blocks the origin hostnames to everyone but this zone's Workers", () => {
    const custom = stacks.resources("zone", "cloudflare_ruleset").find((r) => r.phase === "http_request_firewall_custom")!;
    expect(custom.rules).toContainEqual(
      expect.objectContaining({
        ref: "staging-origins-via-worker-only",
        action: "block",
        expression: '(http.host in {"api-staging-app-1.example.com" "api-staging-app-2.example.com"}) and cf.worker.upstream_zone ne "example.com"',
      }),
    );
  });
});

describe('publish "worker" on the zone apex: the origin hostnames stay inside the zone', () => {
  const config = withApi({ publish: "worker", hostname: "example.com" });
  config.environments.staging.edge.worker.routes = [{ pattern: "example.com/*", service: "api", cacheTtl: 0 }];
  const stacks = synthStaging(config);

  test("each node serves the apex at <zone's first label>-<node>.<zone>, one level below the zone", () => {
    expect(ingressOf(stacks, "app-1")).toEqual(["example-app-1.example.com", "http_status:404"]);
    expect(cnamesOf(stacks, "app-2")).toEqual(["example-app-2.example.com"]);
  });

  test("the Worker calls those origins and the zone lets only its Workers reach them", () => {
    const script = stacks.resources("staging-edge", "cloudflare_workers_script")[0];
    const routes = JSON.parse(script.bindings.find((b: Json) => b.name === "ROUTES").text);
    expect(routes[0].origins.map((o: Json) => o.url)).toEqual(["https://example-app-1.example.com", "https://example-app-2.example.com"]);
    const custom = stacks.resources("zone", "cloudflare_ruleset").find((r) => r.phase === "http_request_firewall_custom")!;
    expect(custom.rules).toContainEqual(
      expect.objectContaining({
        ref: "staging-origins-via-worker-only",
        expression: '(http.host in {"example-app-1.example.com" "example-app-2.example.com"}) and cf.worker.upstream_zone ne "example.com"',
      }),
    );
  });

  test("the apex itself is the Worker's proxied placeholder", () => {
    expect(stacks.resources("staging-edge", "cloudflare_dns_record")).toEqual([expect.objectContaining({ name: "example.com", proxied: true })]);
  });
});

describe('publish "tunnel": the hostname points at the one node', () => {
  const config = defaultConfig();
  config.environments.staging.services[0].publish = "tunnel";
  const stacks = synthStaging(config);

  test("the node owns the public CNAME and the edge adds no placeholder for it", () => {
    expect(cnamesOf(stacks, "app-1")).toEqual(["api-staging.example.com"]);
    expect(stacks.resources("staging-edge", "cloudflare_dns_record")).toEqual([]);
    expect(stacks.read("staging-edge").output.origins.value).toEqual({});
  });
});

describe("moving a service is one config edit without a window: the old node drains", () => {
  // The api moves from app-1 to app-2 while the applied edge still sends it to app-1.
  const config = withApi({ publish: "worker" }, ["app-2"]);
  config.outputs = { staging: { "staging-edge": { origins: { api: ["app-1"] } } } };
  const stacks = synthStaging(config);

  test("the new node serves it and the old node keeps serving it until the edge lets go", () => {
    expect(ingressOf(stacks, "app-2")).toEqual(["api-staging-app-2.example.com", "http_status:404"]);
    expect(ingressOf(stacks, "app-1")).toEqual(["api-staging-app-1.example.com", "http_status:404"]);
    expect(cnamesOf(stacks, "app-1")).toEqual(["api-staging-app-1.example.com"]);
  });

  test("the edge already sends everything to the new node", () => {
    const script = stacks.resources("staging-edge", "cloudflare_workers_script")[0];
    const routes = JSON.parse(script.bindings.find((b: Json) => b.name === "ROUTES").text);
    expect(routes[0].origins).toEqual([{ url: "https://api-staging-app-2.example.com", weight: 1 }]);
    expect(stacks.read("staging-edge").output.origins.value).toEqual({ api: ["app-2"] });
  });

  test("once the edge's outputs no longer name the old node, it lets go", () => {
    const after = withApi({ publish: "worker" }, ["app-2"]);
    after.outputs = { staging: { "staging-edge": { origins: { api: ["app-2"] } } } };
    const next = synthStaging(after);
    expect(ingressOf(next, "app-1")).toEqual(["http_status:404"]);
    expect(cnamesOf(next, "app-1")).toEqual([]);
  });
});

describe("examples/scale-out: one service on three nodes", () => {
  const outdir = path.join(tempDir(), "cdktf.out");
  const stacks = synthesize(loadConfig(path.join(ROOT, "examples", "scale-out")), { workerScript: workerScript(), outdir });
  const read = (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
  const resources = (stack: string, type: string): Json[] => Object.values(read(stack).resource?.[type] ?? {});

  test("production: a load balancer on the hostname whose pool lists every assigned node's tunnel", () => {
    const [pool] = resources("production-edge", "cloudflare_load_balancer_pool");
    expect(pool.origins.map((o: Json) => [o.name, o.address, o.weight, o.header.host])).toEqual(
      [1, 2, 3].map((n) => [`app-${n}`, `00000000-0000-4000-8000-00000000000${n}.cfargotunnel.com`, 1, ["shop.shop.example"]]),
    );
    expect(pool.origin_steering).toEqual({ policy: "least_outstanding_requests" });
    const [lb] = resources("production-edge", "cloudflare_load_balancer");
    expect(lb).toMatchObject({ name: "shop.shop.example", proxied: true, session_affinity: "cookie" });
  });

  test("production: the monitor probes the service's health path with its hostname", () => {
    const [monitor] = resources("production-edge", "cloudflare_load_balancer_monitor");
    expect(monitor).toMatchObject({ path: "/healthz", expected_codes: "200", header: { Host: ["shop.shop.example"] } });
  });

  test("production: the nodes serve the hostname itself and leave its record to the load balancer", () => {
    for (const n of [1, 2, 3]) {
      const [tunnel] = resources(`production-node-app-${n}`, "cloudflare_zero_trust_tunnel_cloudflared_config");
      expect(tunnel.config.ingress[0]).toEqual({ hostname: "shop.shop.example", service: "http://localhost:8080" });
      expect(resources(`production-node-app-${n}`, "cloudflare_dns_record")).toEqual([]);
    }
    // The Worker route reaches the load balancer at the hostname.
    const script = resources("production-edge", "cloudflare_workers_script")[0];
    expect(JSON.parse(script.bindings.find((b: Json) => b.name === "ROUTES").text)[0].origins).toEqual([{ url: "https://shop.shop.example", weight: 1 }]);
  });

  test("staging: the Worker alternative spreads over three origin hostnames by weight", () => {
    const script = resources("staging-edge", "cloudflare_workers_script")[0];
    expect(JSON.parse(script.bindings.find((b: Json) => b.name === "ROUTES").text)[0].origins).toEqual([
      { url: "https://shop-staging-app-1.shop.example", weight: 1 },
      { url: "https://shop-staging-app-2.shop.example", weight: 0.5 },
      { url: "https://shop-staging-app-3.shop.example", weight: 0 },
    ]);
    expect(resources("staging-edge", "cloudflare_load_balancer")).toEqual([]);
  });

  test("a health check per public service, alerting its environment's destinations", () => {
    const [check] = resources("production-edge", "cloudflare_healthcheck");
    expect(check).toMatchObject({ address: "shop.shop.example", http_config: expect.objectContaining({ path: "/healthz" }) });
    const policies = resources("production-edge", "cloudflare_notification_policy")
      .map((p) => p.alert_type)
      .sort();
    expect(policies).toEqual(["health_check_status_notification", "load_balancing_health_alert"]);
    expect(resources("production-edge", "cloudflare_notification_policy_webhooks")).toEqual([
      expect.objectContaining({ url: "https://hooks.pager.example/cloudflare" }),
    ]);
    // The origin error rate is zone-wide: the zone stack alerts on it once (__tests__/stacks/alerts.test.ts).
    expect([...new Set(resources("zone", "cloudflare_notification_policy").map((p) => p.alert_type))]).toEqual(["http_alert_origin_error"]);
    expect(stacks).toContain("staging-edge");
  });
});

describe("Postgres read replicas", () => {
  const config = loadConfig(path.join(ROOT, "examples", "scale-out"));

  test("managed: the data stack has managed.replicas RDS read replicas of the primary and publishes their hosts", () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    synthesize(config, { workerScript: workerScript(), outdir, environments: ["production"] });
    const data = JSON.parse(readFileSync(path.join(outdir, "stacks", "production-data", "cdk.tf.json"), "utf8"));
    const instances = Object.values(data.resource.aws_db_instance) as Json[];
    const replicas = instances.filter((i) => i.replicate_source_db);
    expect(replicas).toHaveLength(2);
    for (const replica of replicas) expect(replica).toMatchObject({ storage_encrypted: true, publicly_accessible: false });
    expect(data.output.postgres_read_hosts.value).toEqual(
      replicas.map((_, i) => expect.stringMatching(new RegExp(`^\\$\\{aws_db_instance\\..*replica.*${i + 1}.*\\.address\\}$`))),
    );
  });

  test("self-hosted: the replica node gets a volume and the private Postgres port; its address reaches CUE once applied", () => {
    const applied = structuredClone(config);
    applied.outputs = {
      ...applied.outputs,
      staging: {
        "staging-node-db-2": { ipv4: "192.0.2.9", private_ipv4: "172.31.9.9", tunnel_id: "t" },
        "staging-node-db-1": { ipv4: "192.0.2.8", private_ipv4: "172.31.9.1", tunnel_id: "t" },
      },
    };
    const outdir = path.join(tempDir(), "cdktf.out");
    synthesize(applied, { workerScript: workerScript(), outdir, environments: ["staging"] });
    const read = (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
    expect(read("staging-data").output.postgres_read_hosts.value).toEqual(["172.31.9.9"]);
    expect(read("staging-data").output.postgres_replication_password.sensitive).toBe(true);
    const replica = read("staging-node-db-2").resource;
    expect(Object.values(replica.aws_ebs_volume)).toHaveLength(1);
    // Only the environment's nodes whose addresses are known (the primary here), never the whole default VPC.
    expect(Object.values(replica.aws_vpc_security_group_ingress_rule)).toEqual([expect.objectContaining({ from_port: 5432, cidr_ipv4: "172.31.9.1/32" })]);
  });

  test("on AWS a staging node's address is never let into production's database port (both share the default VPC)", () => {
    const applied = structuredClone(config);
    const node = (ip: string) => ({ ipv4: "192.0.2.1", private_ipv4: ip });
    applied.outputs = {
      staging: { "staging-node-app-1": node("172.31.1.10"), "staging-node-db-1": node("172.31.1.11") },
      production: { "production-node-app-1": node("172.31.2.20") },
    };
    for (const env of Object.values(applied.environments))
      env.postgres = { ...env.postgres, mode: "self-hosted", node: "db-1", managed: undefined, replicas: [] };
    applied.environments.production.nodes.push({ ...applied.environments.staging.nodes.find((n) => n.name === "db-1")!, roles: ["postgres"] });
    const outdir = path.join(tempDir(), "cdktf.out");
    synthesize(applied, { workerScript: workerScript(), outdir, environments: ["production"] });
    const prod = JSON.parse(readFileSync(path.join(outdir, "stacks", "production-node-db-1", "cdk.tf.json"), "utf8"));
    const allowed = (Object.values(prod.resource.aws_vpc_security_group_ingress_rule) as Json[]).map((r) => r.cidr_ipv4);
    expect(allowed).toEqual(["172.31.2.20/32"]);
    expect(allowed).not.toContain("172.31.1.10/32");
    expect(allowed).not.toContain("172.31.0.0/16");
  });

  test("without replicas the read hosts are empty and there is no replication password", () => {
    const stacks = synthStaging(defaultConfig());
    expect(stacks.read("staging-data").output.postgres_read_hosts.value).toEqual([]);
    expect(stacks.read("staging-data").output.postgres_replication_password).toBeUndefined();
  });
});

describe("a load-balancer service before its nodes were applied", () => {
  test("has no load balancer yet (no tunnel ids in the outputs) and no record from any node", () => {
    const stacks = synthStaging(withApi({ publish: "load-balancer" }));
    expect(stacks.resources("staging-edge", "cloudflare_load_balancer")).toEqual([]);
    expect(cnamesOf(stacks, "app-1")).toEqual([]);
    expect(ingressOf(stacks, "app-1")).toEqual(["api-staging.example.com", "http_status:404"]);
  });
});
