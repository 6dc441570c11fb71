import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { terraformLiteral } from "../../constructs/validation";
import { ROOT } from "../../schema/cue";
import { renderArtifacts } from "../../scripts/artifacts";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir } from "../helpers/config";
import type { Json } from "../helpers/json";
import { workerScript } from "../helpers/worker";

const outdir = path.join(tempDir(), "cdktf.out");
const stacks = synthesize(defaultConfig(), { workerScript: workerScript(), outdir });
const read = (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
const resources = (stack: string, type: string): Json[] => Object.values(read(stack).resource?.[type] ?? {});

/**
 * The stack as its snapshot keeps it: the bundled Worker's source left out (it must be the entry point's
 * bundle, checked here and by hash below), so a Worker edit does not churn the edge snapshots.
 */
function forSnapshot(stack: string): Json {
  const json = read(stack);
  for (const script of Object.values<Json>(json.resource?.cloudflare_workers_script ?? {})) {
    expect(script.content).toBe(terraformLiteral(workerScript()));
    script.content = "<the bundled edge Worker: asserted by hash below, tested on workerd in services/edge-worker>";
  }
  return json;
}

/** `type.name` of every resource of a stack: what tofu keeps its state under. */
const addresses = (stack: string): string[] =>
  Object.entries<Json>(read(stack).resource ?? {})
    .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
    .sort();

describe("the stacks of the default configuration", () => {
  test.each(stacks)("%s matches its snapshot (a change detector: review, then `jest -u`)", (stack) => {
    expect(forSnapshot(stack)).toMatchSnapshot();
  });

  test("each edge stack uploads exactly the bundle the entry point made, with the bindings the Worker reads", () => {
    for (const stack of ["staging-edge", "production-edge"]) {
      const [script] = resources(stack, "cloudflare_workers_script");
      expect(createHash("sha256").update(script.content).digest("hex")).toBe(createHash("sha256").update(terraformLiteral(workerScript())).digest("hex"));
      expect(script.bindings.map((b: Json) => `${b.type}:${b.name}`).sort()).toEqual([
        "plain_text:CSP",
        "plain_text:ENVIRONMENT",
        "plain_text:HSTS_MAX_AGE",
        "plain_text:ORIGIN_TIMEOUT_MS",
        "plain_text:ROUTES",
      ]);
    }
  });

  // Explicit, so that a renamed construct id (which makes tofu destroy and re-create the resource) fails a
  // test of its own, not only a snapshot someone may update with `jest -u`.
  test.each<[string, string[]]>([
    [
      "bootstrap",
      [
        "cloudflare_account_token.ci-tokens_data_8D6055D6",
        "cloudflare_account_token.ci-tokens_edge_5AA243FF",
        "cloudflare_account_token.ci-tokens_node_5825E6FF",
        "cloudflare_account_token.ci-tokens_state_7F465FC4",
        "cloudflare_account_token.ci-tokens_zone_0230F9B5",
        "cloudflare_r2_bucket.state-bucket_828F7150",
      ],
    ],
    [
      "production-data",
      [
        "cloudflare_r2_bucket.logs_bucket_5A22438C",
        "cloudflare_r2_bucket.pg-backups_bucket_8D777ABA",
        "cloudflare_r2_bucket_lifecycle.logs_lifecycle_D0C871FB",
        "cloudflare_r2_bucket_lifecycle.pg-backups_lifecycle_EE4055A2",
        "random_password.pg-backups_passphrase_CC68268C",
        "random_password.postgres_password-api_9AEA2BAF",
      ],
    ],
    [
      "production-edge",
      [
        "cloudflare_dns_record.worker_dns-apiexamplecom_7CAC963A",
        "cloudflare_healthcheck.alerts_check-api_797976C8",
        "cloudflare_notification_policy.alerts_health-checks_50948925",
        "cloudflare_workers_route.worker_route-apiexamplecom--_FF4AC418",
        "cloudflare_workers_script.worker_script_320B8D8F",
      ],
    ],
    ["production-network", ["linode_vpc.network-jp-tyo-3_vpc_C0ECF637", "linode_vpc_subnet.network-jp-tyo-3_subnet_5635043F"]],
    [
      "production-node-app-1",
      [
        "cloudflare_dns_record.tunnel_dns-api-app-1examplecom_9A493044",
        "cloudflare_zero_trust_tunnel_cloudflared.tunnel_1302C5CC",
        "cloudflare_zero_trust_tunnel_cloudflared_config.tunnel_config_944A7419",
        "linode_firewall.vps_firewall_7C7C60C8",
        "linode_instance.vps_instance_510793D8",
        "random_bytes.tunnel_secret_D07C2807",
      ],
    ],
    [
      "production-node-db-1",
      [
        "cloudflare_zero_trust_tunnel_cloudflared.tunnel_1302C5CC",
        "cloudflare_zero_trust_tunnel_cloudflared_config.tunnel_config_944A7419",
        "linode_firewall.vps_firewall_7C7C60C8",
        "linode_instance.vps_instance_510793D8",
        "linode_networking_ip.vps_reserved-ipv4_A8E1FCA4",
        "linode_reserved_ip_assignment.vps_reserved-ipv4-assignment_E2E24532",
        "linode_volume.vps_data-volume_5CF434EB",
        "random_bytes.tunnel_secret_D07C2807",
      ],
    ],
    [
      "staging-data",
      [
        "cloudflare_r2_bucket.logs_bucket_5A22438C",
        "cloudflare_r2_bucket.pg-backups_bucket_8D777ABA",
        "cloudflare_r2_bucket_lifecycle.logs_lifecycle_D0C871FB",
        "cloudflare_r2_bucket_lifecycle.pg-backups_lifecycle_EE4055A2",
        "random_password.pg-backups_passphrase_CC68268C",
        "random_password.postgres_password-api_9AEA2BAF",
      ],
    ],
    [
      "staging-edge",
      [
        "cloudflare_dns_record.worker_dns-api-stagingexamplecom_9D78C9FE",
        "cloudflare_healthcheck.alerts_check-api_797976C8",
        "cloudflare_notification_policy.alerts_health-checks_50948925",
        "cloudflare_workers_route.worker_route-api-stagingexamplecom--_6D2DDF59",
        "cloudflare_workers_script.worker_script_320B8D8F",
      ],
    ],
    ["staging-network", ["linode_vpc.network-jp-tyo-3_vpc_C0ECF637", "linode_vpc_subnet.network-jp-tyo-3_subnet_5635043F"]],
    [
      "staging-node-app-1",
      [
        "cloudflare_dns_record.tunnel_dns-api-staging-app-1examplecom_81F0DE11",
        "cloudflare_zero_trust_tunnel_cloudflared.tunnel_1302C5CC",
        "cloudflare_zero_trust_tunnel_cloudflared_config.tunnel_config_944A7419",
        "linode_firewall.vps_firewall_7C7C60C8",
        "linode_instance.vps_instance_510793D8",
        "random_bytes.tunnel_secret_D07C2807",
      ],
    ],
    [
      "staging-node-db-1",
      [
        "cloudflare_zero_trust_tunnel_cloudflared.tunnel_1302C5CC",
        "cloudflare_zero_trust_tunnel_cloudflared_config.tunnel_config_944A7419",
        "linode_firewall.vps_firewall_7C7C60C8",
        "linode_instance.vps_instance_510793D8",
        "linode_volume.vps_data-volume_5CF434EB",
        "random_bytes.tunnel_secret_D07C2807",
      ],
    ],
    [
      "zone",
      [
        "cloudflare_notification_policy.alerts_error-rate-99_9_19BBA057",
        "cloudflare_ruleset.security_custom-rules_55422979",
        "cloudflare_ruleset.security_managed-waf_6469F60C",
        "cloudflare_ruleset.security_rate-limits_CB846328",
      ],
    ],
  ])("%s keeps its resource addresses", (stack, expected) => {
    expect(addresses(stack)).toEqual(expected);
  });

  test("a node stack publishes its services through its tunnel and keeps the token sensitive", () => {
    const node = read("staging-node-app-1");
    const config = resources("staging-node-app-1", "cloudflare_zero_trust_tunnel_cloudflared_config")[0];
    // api is published through the Worker: the node serves it at its own origin hostname.
    expect(config.config.ingress).toEqual([{ hostname: "api-staging-app-1.example.com", service: "http://localhost:8080" }, { service: "http_status:404" }]);
    expect(node.output.tunnel_token.sensitive).toBe(true);
    expect(node.output.ipv4.sensitive).toBeUndefined();
    expect(Object.keys(node.output).sort()).toEqual(["instance_id", "ipv4", "private_ipv4", "tunnel_id", "tunnel_token"]);
    const db = read("production-node-db-1").output;
    expect(db.instance_id.value).toMatch(/^\$\{linode_instance\.[^.]+\.id\}$/);
    expect(db.volume_id.value).toMatch(/^\$\{linode_volume\.[^.]+\.id\}$/);
  });

  test("the nodes are Linodes in Tokyo, on their environment's VPC subnet, with no AWS provider at all", () => {
    for (const stack of ["staging-node-app-1", "production-node-db-1"]) {
      expect(resources(stack, "linode_instance")).toEqual([expect.objectContaining({ region: "jp-tyo-3", image: "linode/debian12" })]);
      expect(read(stack).provider.aws).toBeUndefined();
      expect(read(stack).terraform.required_providers.linode.version).toBe("3.13.0");
    }
    expect(resources("staging-network", "linode_vpc_subnet")).toEqual([expect.objectContaining({ ipv4: "10.0.0.0/24" })]);
    expect(resources("staging-network", "linode_vpc")).toEqual([expect.objectContaining({ label: "acme-staging-jp-tyo-3", region: "jp-tyo-3" })]);
  });

  test("only the Postgres node opens 5432, and only to its environment's subnet", () => {
    expect(resources("production-node-app-1", "linode_firewall")).toEqual([expect.objectContaining({ inbound_policy: "DROP" })]);
    expect(resources("production-node-app-1", "linode_firewall")[0].inbound).toBeUndefined();
    expect(resources("production-node-db-1", "linode_firewall")[0].inbound).toEqual([
      { label: "private-5432", action: "ACCEPT", protocol: "TCP", ports: "5432", ipv4: ["10.0.0.0/24"] },
    ]);
    expect(resources("production-node-db-1", "linode_volume")).toEqual([
      expect.objectContaining({ size: 50, encryption: "enabled", lifecycle: { prevent_destroy: true } }),
    ]);
  });

  test("the data stack holds the log bucket, the Postgres backup bucket and one sensitive password output per service with a schema", () => {
    const data = read("staging-data");
    expect(resources("staging-data", "cloudflare_r2_bucket")).toEqual([
      expect.objectContaining({ name: "acme-logs-staging" }),
      expect.objectContaining({ name: "acme-staging-pg-backups" }),
    ]);
    expect(data.output.postgres_password_api).toEqual({ sensitive: true, value: expect.stringMatching(/^\$\{random_password\..*\.result\}$/) });
  });

  test("applied outputs change the next synth: the data stack publishes the Postgres node's private address", () => {
    expect(read("staging-data").output.postgres_host).toBeUndefined();
    const config = defaultConfig();
    config.outputs = { staging: { "staging-node-db-1": { ipv4: "203.0.113.7", private_ipv4: "172.31.5.9", tunnel_id: "t-1" } } };
    const out = path.join(tempDir(), "out");
    synthesize(config, { workerScript: workerScript(), outdir: out, environments: ["staging"] });
    const data = JSON.parse(readFileSync(path.join(out, "stacks", "staging-data", "cdk.tf.json"), "utf8"));
    expect(data.output.postgres_host).toEqual({ value: "172.31.5.9", description: "where services connect (PGHOST)" });
  });

  test("the edge stack uploads the bundled Worker with the routing table of its environment", () => {
    const script = resources("production-edge", "cloudflare_workers_script")[0];
    const routes = JSON.parse(script.bindings.find((b: Json) => b.name === "ROUTES").text);
    expect(routes).toEqual([
      expect.objectContaining({ host: "api.example.com", service: "api", origins: [{ url: "https://api-app-1.example.com", weight: 1 }] }),
    ]);
    expect(script.content).toContain("__edge/health");
    expect(resources("production-edge", "cloudflare_workers_route").map((r) => r.pattern)).toEqual(["api.example.com/*"]);
  });

  test("the zone stack scopes each environment's rules to its own hostnames", () => {
    const [custom] = resources("zone", "cloudflare_ruleset").filter((r) => r.phase === "http_request_firewall_custom");
    expect(custom.rules.map((r: Json) => r.expression)).toEqual([
      '(http.host in {"api-staging.example.com"}) and ((http.request.uri.path contains "/wp-login.php"))',
      '(http.host in {"api-staging-app-1.example.com"}) and cf.worker.upstream_zone ne "example.com"',
      '(http.host in {"api.example.com"}) and ((http.request.uri.path contains "/wp-login.php"))',
      '(http.host in {"api-app-1.example.com"}) and cf.worker.upstream_zone ne "example.com"',
    ]);
    const [limits] = resources("zone", "cloudflare_ruleset").filter((r) => r.phase === "http_ratelimit");
    expect(limits.rules).toEqual([expect.objectContaining({ ref: "production-api-burst" })]);
  });

  test("no secret value is written anywhere in cdktf.out", () => {
    const all = readdirSync(path.join(outdir, "stacks"))
      .map((s) => readFileSync(path.join(outdir, "stacks", s, "cdk.tf.json"), "utf8"))
      .join("\n");
    expect(all).not.toMatch(/"(password|tunnel_secret|api_token)":\s*"(?!\$\{)/);
  });
});

describe("files the synth keeps current outside cdktf.out", () => {
  test("wrangler.toml, nix/config.json and the topology pictures equal a fresh render of the default config (run `npm run synth`)", async () => {
    const files = await renderArtifacts(defaultConfig());
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["services/edge-worker/wrangler.toml", "nix/config.json", "docs/topology/production.svg"]));
    for (const [file, content] of Object.entries(files)) {
      expect({ file, content: readFileSync(path.join(ROOT, file), "utf8") }).toEqual({ file, content });
    }
  });
});
