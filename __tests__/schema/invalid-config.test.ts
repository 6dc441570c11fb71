import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { Token } from "cdktf";
import { main } from "../../main";
import type { Config, Environment } from "../../schema/config.types";
import { loadConfig } from "../../schema/load";
import { ConfigError } from "../../schema/problems";
import { EXIT } from "../../scripts/cli";
import { defaultConfig, tempDir, writeJsonConfig } from "../helpers/config";

type Mutation = (config: Config) => void;
const staging = (c: Config): Environment => c.environments.staging;
const production = (c: Config): Environment => c.environments.production;
// Values that are not of the config's type on purpose.
const bad = (value: unknown) => value as never;

/** [what is wrong, how to break the default config, the exact field the error must name]. */
const cases: Array<[string, Mutation, string]> = [
  ["wrong type for project", (c) => void (c.project = bad(42)), "project"],
  ["no environment at all", (c) => void (c.environments = {}), "environments"],
  ["unknown top-level key", (c) => void ((c as unknown as Record<string, unknown>).colour = "blue"), "colour"],
  ["missing cloudflare.zoneId", (c) => void delete (c.cloudflare as Partial<Config["cloudflare"]>).zoneId, "cloudflare.zoneId"],
  ["account id that is not 32 hex digits", (c) => void (c.cloudflare.accountId = "not-an-id"), "cloudflare.accountId"],
  ["CIDR with a /33 prefix", (c) => void (c.admin.cidrs = ["10.0.0.0/33"]), "admin.cidrs[0]"],
  ["CIDR with an octet over 255", (c) => void (c.admin.cidrs = ["203.0.113.0/24", "300.1.1.0/24"]), "admin.cidrs[1]"],
  ["hostname with an empty label", (c) => void (staging(c).services[0].hostname = "api..example.com"), "environments.staging.services[0].hostname"],
  ["hostname outside the zone", (c) => void (staging(c).services[0].hostname = "api.example.org"), "environments.staging.services[0].hostname"],
  ["duplicate node name", (c) => void (staging(c).nodes[1].name = "app-1"), "environments.staging.nodes[1].name"],
  [
    "two services on one node with the same port",
    (c) => void staging(c).services.push({ ...staging(c).services[0], name: "api-2", hostname: "api2-staging.example.com", database: undefined }),
    "environments.staging.services[1].port",
  ],
  ["service assigned to an unknown node", (c) => void (staging(c).services[0].nodes = ["app-9"]), "environments.staging.services[0].nodes[0]"],
  ["unknown key in a node", (c) => void ((staging(c).nodes[0] as unknown as Record<string, unknown>).ip = "192.0.2.1"), "environments.staging.nodes[0].ip"],
  ["node without a region", (c) => void delete (staging(c).nodes[0] as Partial<Environment["nodes"][number]>).region, "environments.staging.nodes[0].region"],
  ["unsupported provider", (c) => void (staging(c).nodes[0].provider = bad("hetzner")), "environments.staging.nodes[0].provider"],
  ["a node that runs nothing", (c) => void staging(c).nodes.push({ ...staging(c).nodes[0], name: "app-2", roles: [] }), "environments.staging.nodes[2]"],
  ["production egress left open without a reason", (c) => void (production(c).network.egress = "open"), "environments.production.network.egressReason"],
  ["a Linode booting an AMI", (c) => void (staging(c).nodes[0].boot.image = "ami-0123456789abcdef0"), "environments.staging.nodes[0].boot.image"],
  ["a Linode subnet in public address space", (c) => void (staging(c).network.subnet = "8.8.8.0/24"), "environments.staging.network.subnet"],
  [
    "a Linode database cluster of four",
    (c) => {
      staging(c).postgres = {
        ...staging(c).postgres,
        mode: "managed",
        node: undefined,
        managed: { provider: "linode", region: "jp-tyo-3", size: "g6-nanode-1", allowList: [], replicas: 3 },
      };
      staging(c).nodes[1].roles = ["app"];
    },
    "environments.staging.postgres.managed.replicas",
  ],
  ["port above 65535", (c) => void (staging(c).services[0].port = 70000), "environments.staging.services[0].port"],
  ["port as a string", (c) => void (staging(c).services[0].port = bad("8080")), "environments.staging.services[0].port"],
  ["volume under 10 GB", (c) => void (staging(c).nodes[1].volumeGb = 5), "environments.staging.nodes[1].volumeGb"],
  [
    "hostname used by two environments",
    (c) => void (production(c).services[0].hostname = "api-staging.example.com"),
    "environments.production.services[0].hostname",
  ],
  // Found by the property test (config-property.test.ts): each of these passed the rules and made a construct throw (exit 1).
  [
    "two WAF custom rules with one name",
    (c) => void staging(c).edge.waf.customRules.push({ ...staging(c).edge.waf.customRules[0] }),
    "environments.staging.edge.waf.customRules[1].name",
  ],
  [
    "a WAF custom rule named like the zone stack's origins rule",
    (c) => void (staging(c).edge.waf.customRules[0].name = "origins-via-worker-only"),
    "environments.staging.edge.waf.customRules[0].name",
  ],
  [
    "two rate limits with one name",
    (c) => {
      const limit: Environment["edge"]["rateLimits"][number] = {
        name: "login",
        expression: '(http.request.uri.path eq "/login")',
        requestsPerPeriod: 10,
        periodSeconds: 60,
        mitigationSeconds: 600,
        action: "block",
      };
      staging(c).edge.rateLimits.push(limit, { ...limit });
    },
    "environments.staging.edge.rateLimits[1].name",
  ],
  [
    "two alert webhooks with one name",
    (c) => void staging(c).alerts.webhooks.push({ name: "pager", url: "https://hooks.example.com/a" }, { name: "pager", url: "https://hooks.example.com/b" }),
    "environments.staging.alerts.webhooks[1].name",
  ],
  [
    "a route listed twice",
    (c) => void staging(c).edge.worker.routes.push({ ...staging(c).edge.worker.routes[0] }),
    "environments.staging.edge.worker.routes[1].pattern",
  ],
  [
    "one route pattern in two environments (one zone)",
    (c) => void production(c).edge.worker.routes.push({ ...staging(c).edge.worker.routes[0] }),
    "environments.production.edge.worker.routes[1].pattern",
  ],
  ["an alert address listed twice", (c) => void staging(c).alerts.emails.push(staging(c).alerts.emails[0]), "environments.staging.alerts.emails"],
  ["an admin network listed twice", (c) => void c.admin.cidrs.push(c.admin.cidrs[0]), "admin.cidrs"],
  [
    "a WAF expression of blanks",
    (c) => void (staging(c).edge.waf.customRules[0].expression = "   "),
    "environments.staging.edge.waf.customRules[0].expression",
  ],
  [
    "an egress reason of blanks",
    (c) => void Object.assign(staging(c).network, { egress: "open", egressReason: " ".repeat(12) }),
    "environments.staging.network.egressReason",
  ],
  [
    "an environment and webhook name that make the zone stack's webhook name too long",
    (c) => {
      const env = "e".repeat(31);
      c.environments[env] = { ...staging(c), alerts: { emails: [], webhooks: [{ name: "w".repeat(32), url: "https://hooks.example/cf" }] } };
      delete c.environments.staging;
    },
    `environments.${"e".repeat(31)}.alerts.webhooks[0].name`,
  ],
  [
    "a project name that makes a Linode node's firewall label too long",
    (c) => void (c.project = "abcdefghijklmnopqrstuvwxyz-01234"),
    "environments.staging.nodes[0].name",
  ],
  [
    "an AWS node whose tunnel name is too long",
    (c) => {
      c.project = "abcdefghijklmnopqrstuvwxyz-01234";
      staging(c).nodes.push({
        ...staging(c).nodes[0],
        name: "app-abcdefghijklmnopqrstuvwxyz-0",
        provider: "aws",
        region: "ap-northeast-1",
        size: "t4g.small",
        boot: { method: "image", image: "ami-0123456789abcdef0", channel: "nixos-25.05" },
      });
      staging(c).services[0].nodes.push("app-abcdefghijklmnopqrstuvwxyz-0");
    },
    "environments.staging.nodes[2].name",
  ],
  [
    "project and environment names that together pass Cloudflare's 64 characters",
    (c) => {
      c.project = "abcdefghijklmnopqrstuvwxyz-01234";
      (c.environments as Record<string, Environment>)["staging-abcdefghijklmnopqrstuvwx"] = staging(c);
      delete (c.environments as Partial<Record<string, Environment>>).staging;
    },
    "environments.staging-abcdefghijklmnopqrstuvwx",
  ],
  [
    "a load-balanced service whose load balancer name is too long",
    (c) => {
      c.project = "abcdefghijklmnopqrstuvwxyz-01234";
      Object.assign(staging(c).services[0], { name: "api-abcdefghijklmnopqrstuvwxyz-0", publish: "load-balancer" });
      staging(c).edge.worker.routes[0].service = "api-abcdefghijklmnopqrstuvwxyz-0";
    },
    "environments.staging.services[0].name",
  ],
  ["a Linode region that makes the VPC label invalid", (c) => void (staging(c).nodes[0].region = "jp--tyo"), "environments.staging.nodes[0].region"],
  [
    "a recorded tunnel id that is not a tunnel's",
    (c) => {
      Object.assign(staging(c).services[0], { publish: "load-balancer", nodes: ["app-1", "db-1"] });
      c.outputs = { staging: { "staging-node-app-1": { tunnel_id: "${TfToken[TOKEN.1]}" } } };
    },
    "outputs.staging.staging-node-app-1.tunnel_id",
  ],
  [
    "two nodes that recorded one tunnel",
    (c) => {
      Object.assign(staging(c).services[0], { publish: "load-balancer", nodes: ["app-1", "db-1"] });
      const tunnel_id = "11111111-2222-4333-8444-555555555555";
      c.outputs = { staging: { "staging-node-app-1": { tunnel_id }, "staging-node-db-1": { tunnel_id } } };
    },
    "outputs.staging.staging-node-db-1.tunnel_id",
  ],
  [
    "a WAF expression holding cdktf's token marker",
    (c) => void (staging(c).edge.waf.customRules[0].expression = '(http.host eq "${TfToken[TOKEN.1]}")'),
    "environments.staging.edge.waf.customRules[0].expression",
  ],
  [
    "a Linode managed database with backups off (Linode cannot turn them off)",
    (c) => {
      staging(c).postgres = {
        ...staging(c).postgres,
        mode: "managed",
        node: undefined,
        backups: { enabled: false, retentionDays: 7 },
        managed: { provider: "linode", region: "jp-tyo-3", size: "g6-nanode-1", allowList: [], replicas: 0 },
      };
      staging(c).nodes.splice(1, 1);
    },
    "environments.staging.postgres.backups.enabled",
  ],
  [
    "RDS read replicas without backups on the primary",
    (c) => {
      staging(c).postgres = {
        ...staging(c).postgres,
        mode: "managed",
        node: undefined,
        backups: { enabled: false, retentionDays: 7 },
        managed: { provider: "aws", region: "ap-northeast-1", size: "db.t4g.micro", allowList: [], replicas: 2 },
      };
      staging(c).nodes.splice(1, 1);
    },
    "environments.staging.postgres.managed.replicas",
  ],
  [
    "an environment named like another's node stack (ab-node-cd), whose data stack is ab's node cd-data",
    (c) => {
      const env = staging(c);
      env.nodes[0].name = "cd-data";
      env.services[0].nodes = ["cd-data"];
      c.environments = { ab: env, "ab-node-cd": production(c) };
    },
    "environments.ab-node-cd",
  ],
  ["route to an unknown service", (c) => void (staging(c).edge.worker.routes[0].service = "billing"), "environments.staging.edge.worker.routes[0].service"],
  ["worker without routes", (c) => void (staging(c).edge.worker.routes = bad([])), "environments.staging.edge.worker.routes"],
  ["self-hosted Postgres on a node without the postgres role", (c) => void (staging(c).postgres.node = "app-1"), "environments.staging.postgres.node"],
  ["production Postgres without backups", (c) => void (production(c).postgres.backups.enabled = false), "environments.production.postgres.backups.enabled"],
  [
    "managed Postgres open to 0.0.0.0/0",
    (c) => {
      const pg = staging(c).postgres;
      Object.assign(pg, {
        mode: "managed",
        node: undefined,
        managed: { provider: "linode", region: "ap-northeast", size: "g6-nanode-1", allowList: ["0.0.0.0/0"], replicas: 0 },
      });
      staging(c).nodes[1].roles = ["app"];
    },
    "environments.staging.postgres.managed.allowList[0]",
  ],
  ["r2 state backend without a bucket", (c) => void (staging(c).state.backend = "r2"), "environments.staging.state.bucket"],
  ["lowercase env var name", (c) => void (staging(c).services[0].env = { log_level: "info" }), "environments.staging.services[0].env.log_level"],
  ["secret given a value in env", (c) => void (staging(c).services[0].env.DATABASE_PASSWORD = "hunter2"), "environments.staging.services[0].env"],
  ["port reserved for Vector's OTLP receiver", (c) => void (staging(c).services[0].port = 4318), "environments.staging.services[0].port"],
  ["environment name with capitals", (c) => void ((c.environments as Record<string, Environment>).Prod = production(c)), "environments.Prod"],
  ["node name with an underscore", (c) => void (staging(c).nodes[0].name = "app_1"), "environments.staging.nodes[0].name"],
  [
    "two services sharing a database schema",
    (c) => void staging(c).services.push({ ...staging(c).services[0], name: "worker", port: 9000, hostname: "worker-staging.example.com" }),
    "environments.staging.services[1].database.schema",
  ],
  ["SSH key of an unknown type", (c) => void (c.admin.sshKeys = ["ssh-dss AAAA"]), "admin.sshKeys[0]"],
  ["log bucket name with capitals", (c) => void (staging(c).logBucket.name = "Logs"), "environments.staging.logBucket.name"],
  [
    "a service on two nodes published through one tunnel",
    (c) => void Object.assign(staging(c).services[0], { publish: "tunnel", nodes: ["app-1", "db-1"] }),
    "environments.staging.services[0].publish",
  ],
  [
    "a weight for a node the service does not run on",
    (c) => void (staging(c).services[0].weights = { "db-1": 0.5 }),
    "environments.staging.services[0].weights.db-1",
  ],
  ["every node of a service drained", (c) => void (staging(c).services[0].weights = { "app-1": 0 }), "environments.staging.services[0].weights"],
  ["a weight above 1", (c) => void (staging(c).services[0].weights = { "app-1": 2 }), "environments.staging.services[0].weights.app-1"],
  [
    'publish "worker" without a route on the hostname',
    (c) => void (staging(c).edge.worker.routes[0].pattern = "www-staging.example.com/*"),
    "environments.staging.services[0].publish",
  ],
  [
    "an origin hostname that is another service's hostname",
    (c) =>
      void staging(c).services.push({
        ...staging(c).services[0],
        name: "api-app",
        hostname: "api-staging-app-1.example.com",
        publish: "tunnel",
        port: 9000,
        database: undefined,
      }),
    "environments.staging.services[1].hostname",
  ],
  [
    "session affinity by header (needs header names the schema does not have)",
    (c) => void (staging(c).services[0].loadBalancer.sessionAffinity = bad("header")),
    "environments.staging.services[0].loadBalancer.sessionAffinity",
  ],
  [
    "read replicas without a primary",
    (c) => {
      Object.assign(staging(c).postgres, { node: undefined, replicas: ["db-1"] });
      staging(c).nodes[1].roles = ["postgres-replica"];
    },
    "environments.staging.postgres.node",
  ],
  ["a replica that is not a postgres-replica node", (c) => void (staging(c).postgres.replicas = ["app-1"]), "environments.staging.postgres.replicas[0]"],
  [
    "a postgres-replica node missing from postgres.replicas",
    (c) => void (staging(c).nodes[0].roles = ["postgres-replica"]),
    "environments.staging.nodes[0].roles",
  ],
  [
    "replica nodes with managed Postgres",
    (c) => {
      Object.assign(staging(c).postgres, {
        mode: "managed",
        node: undefined,
        replicas: ["db-1"],
        managed: { provider: "aws", region: "ap-northeast-1", size: "db.t4g.micro", allowList: [], replicas: 0 },
      });
      staging(c).nodes[1].roles = ["postgres-replica"];
    },
    "environments.staging.postgres.replicas",
  ],
  [
    "six managed read replicas",
    (c) =>
      void Object.assign(staging(c).postgres, {
        mode: "managed",
        node: undefined,
        managed: { provider: "aws", region: "ap-northeast-1", size: "db.t4g.micro", allowList: [], replicas: 6 },
      }),
    "environments.staging.postgres.managed.replicas",
  ],
  [
    "an alert webhook over plain http",
    (c) => void (staging(c).alerts.webhooks = [{ name: "pager", url: "http://hooks.example.com/x" }]),
    "environments.staging.alerts.webhooks[0].url",
  ],
  ["a log bucket named like the state bucket", (c) => void (production(c).logBucket.name = c.bootstrap!.stateBucket), "environments.production.logBucket.name"],
  [
    "a port still used by a service draining from the node",
    (c) => {
      c.outputs = { staging: { "staging-edge": { origins: { api: ["app-1", "db-1"] } } } };
      staging(c).services.push({
        ...staging(c).services[0],
        name: "web",
        hostname: "web-staging.example.com",
        publish: "tunnel",
        nodes: ["db-1"],
        database: undefined,
      });
    },
    "environments.staging.services[0].nodes",
  ],
];

describe("an invalid configuration", () => {
  let outdir: string;
  let sentinel: string;
  let errors: string[];

  beforeEach(() => {
    outdir = path.join(tempDir(), "cdktf.out");
    mkdirSync(outdir);
    sentinel = path.join(outdir, "previous-synth.txt");
    writeFileSync(sentinel, "previous");
    errors = [];
    jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.join(" ")));
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test(`at least 20 cases are covered (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  test.each(cases)("%s: names %s... and writes nothing", async (_what, mutate, field) => {
    const config = defaultConfig();
    mutate(config);
    const file = writeJsonConfig(config);

    let problems: ConfigError["problems"] = [];
    try {
      loadConfig(file);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.path)).toContain(field);
    expect(problems.every((p) => p.file === path.relative(process.cwd(), file))).toBe(true);

    expect(await main(["--config", file, "--out", outdir])).toBe(EXIT.INVALID);
    expect(errors.join("\n")).toContain(`${field}: `);
    expect(readdirSync(outdir)).toEqual(["previous-synth.txt"]);
    expect(readFileSync(sentinel, "utf8")).toBe("previous");
    expect(readdirSync(path.dirname(outdir))).toEqual(["cdktf.out"]);
  });

  test("a file that is not JSON is refused with the file named", async () => {
    const file = writeJsonConfig("{ nodes: [", "broken.json");
    expect(await main(["--config", file, "--out", outdir])).toBe(EXIT.INVALID);
    expect(errors.join("\n")).toMatch(/not valid JSON/);
    expect(errors.join("\n")).toContain("broken.json");
    expect(readdirSync(outdir)).toEqual(["previous-synth.txt"]);
  });

  // Editors on some systems save UTF-8 with a byte-order mark; JSON.parse refuses it, so the loader strips it.
  test("a JSON config saved with a UTF-8 byte-order mark is accepted", async () => {
    const file = writeJsonConfig(`\uFEFF${JSON.stringify(defaultConfig(), null, 2)}`, "bom.json");
    expect(readFileSync(file)[0]).toBe(0xef);
    expect(loadConfig(file)).toEqual(defaultConfig());
    expect(await main(["--config", file, "--out", path.join(tempDir(), "cdktf.out")])).toBe(0);
    expect(errors).toEqual([]);
  });

  test("a byte-order mark anywhere but the start is still not JSON", async () => {
    const file = writeJsonConfig(`{\uFEFF"project": "acme"}`, "inner-bom.json");
    expect(await main(["--config", file, "--out", outdir])).toBe(EXIT.INVALID);
    expect(errors.join("\n")).toMatch(/not valid JSON/);
  });

  test.each(["${TfToken[TOKEN.1]}", "#{TfToken[TOKEN.1]}", "&{TfToken[TOKEN.1]}"])(
    "%s, which cdktf takes for its own token, is refused in any string",
    (marker) => {
      // Why: cdktf resolves this inside any string, and throws on a token it did not make.
      expect(Token.isUnresolved("x${TfToken[TOKEN.1]}x")).toBe(true);
      const config = defaultConfig();
      staging(config).edge.worker.csp = `default-src 'self' ${marker}`;
      expect(() => loadConfig(writeJsonConfig(config))).toThrow(
        expect.objectContaining({
          problems: [expect.objectContaining({ path: "environments.staging.edge.worker.csp", message: expect.stringContaining(marker.slice(0, 10)) })],
        }),
      );
    },
  );

  test("a missing config path is refused", async () => {
    expect(await main(["--config", path.join(outdir, "nope"), "--out", outdir])).toBe(EXIT.INVALID);
    expect(errors.join("\n")).toMatch(/no such file or directory/);
  });

  test("every problem is reported, not only the first", () => {
    const config = defaultConfig();
    staging(config).nodes[0].provider = bad("hetzner");
    production(config).services[0].port = 70000;
    expect(() => loadConfig(writeJsonConfig(config))).toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([
          expect.objectContaining({ path: "environments.staging.nodes[0].provider" }),
          expect.objectContaining({ path: "environments.production.services[0].port" }),
        ]),
      }),
    );
  });

  test("the default config and its JSON export are valid", () => {
    expect(() => loadConfig()).not.toThrow();
    expect(() => loadConfig(writeJsonConfig(defaultConfig()))).not.toThrow();
    expect(existsSync(sentinel)).toBe(true);
  });
});
