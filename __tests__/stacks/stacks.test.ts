import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { renderArtifacts } from "../../scripts/artifacts";
import { ROOT } from "../../schema/cue";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir } from "../helpers/config";
import { workerScript } from "../helpers/worker";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const outdir = path.join(tempDir(), "cdktf.out");
const stacks = synthesize(defaultConfig(), { workerScript: workerScript(), outdir });
const read = (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
const resources = (stack: string, type: string): Json[] => Object.values(read(stack).resource?.[type] ?? {});

describe("the stacks of the default configuration", () => {
  test.each(stacks)("%s matches its snapshot (a change detector: review, then `jest -u`)", (stack) => {
    expect(read(stack)).toMatchSnapshot();
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
    expect(resources("staging-data", "cloudflare_r2_bucket")).toEqual([expect.objectContaining({ name: "acme-logs-staging" }), expect.objectContaining({ name: "acme-staging-pg-backups" })]);
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
    expect(routes).toEqual([expect.objectContaining({ host: "api.example.com", service: "api", origins: [{ url: "https://api-app-1.example.com", weight: 1 }] })]);
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
    const all = readdirSync(path.join(outdir, "stacks")).map((s) => readFileSync(path.join(outdir, "stacks", s, "cdk.tf.json"), "utf8")).join("\n");
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
