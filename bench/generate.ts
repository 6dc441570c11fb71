// Generates resolved configurations of a chosen size for the synth benchmark (bench/run.ts): one
// production environment of N AWS nodes with S services each, valid under the real schema (the
// `cue vet -d '#Config'` of schema/ and loadConfig's ajv + rules).
//   tsx bench/generate.ts --nodes 100 [--services-per-node 5] [--out file.json]
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import type { Config, Node, Service } from "../schema/config.types";
import { runCue } from "../schema/cue";

export interface GenerateOptions {
  /** How many nodes the environment has; the first also runs Postgres. */
  readonly nodes: number;
  /** Services per node, each on exactly one node. @default 5 */
  readonly servicesPerNode?: number;
}

/** Enough for the largest benchmark and well clear of Vector's 4318 and Postgres's 5432. */
const FIRST_PORT = 8080;
const MAX_SERVICES_PER_NODE = 100;
const MAX_NODES = 9999;
/** Spread across a few regions so node stacks differ in their AWS provider, as a real fleet would. */
const REGIONS = ["ap-northeast-1", "us-east-1", "eu-west-1"] as const;
const ZONE = "example.com";

export function nodeName(i: number): string {
  return `node-${String(i + 1).padStart(4, "0")}`;
}

export function serviceName(node: number, k: number): string {
  return `n${String(node + 1).padStart(4, "0")}-s${k + 1}`;
}

/**
 * A resolved config (what `cue export` would emit: every default filled in) of `nodes` nodes and
 * `servicesPerNode` services on each. Every service has its own port on its node, its own hostname in
 * the zone, its own database schema and a Worker route; every fifth service is an admin service behind
 * Access.
 */
export function generateConfig(options: GenerateOptions): Config {
  const servicesPerNode = options.servicesPerNode ?? 5;
  const problems: string[] = [];
  if (!Number.isInteger(options.nodes) || options.nodes < 1 || options.nodes > MAX_NODES) {
    problems.push(`nodes must be an integer from 1 to ${MAX_NODES}, got ${JSON.stringify(options.nodes)}`);
  }
  if (!Number.isInteger(servicesPerNode) || servicesPerNode < 1 || servicesPerNode > MAX_SERVICES_PER_NODE) {
    problems.push(`servicesPerNode must be an integer from 1 to ${MAX_SERVICES_PER_NODE}, got ${JSON.stringify(servicesPerNode)}`);
  }
  if (problems.length > 0) throw new Error(`generateConfig: ${problems.join("; ")}`);

  const nodes: Node[] = [];
  const services: Service[] = [];
  for (let i = 0; i < options.nodes; i++) {
    const name = nodeName(i);
    const postgres = i === 0;
    nodes.push({
      name,
      provider: "aws",
      region: REGIONS[i % REGIONS.length],
      size: postgres ? "t3.medium" : "t3.small",
      roles: postgres ? ["app", "postgres"] : ["app"],
      boot: { method: "image", image: "ami-0nixos2505placeholder", channel: "nixos-25.05" },
      volumeGb: postgres ? 50 : 20,
      backups: false,
      reservedIpv4: postgres,
      sshFromAdmin: i % 10 === 0,
      tags: [`rack:${i % 4}`],
    });
    for (let k = 0; k < servicesPerNode; k++) {
      const svc = serviceName(i, k);
      services.push({
        admin: k === 4,
        database: { schema: svc.replace(/-/g, "_") },
        env: { LOG_LEVEL: "info", OTEL_SERVICE_NAME: svc, OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" },
        flake: "services/api",
        healthPath: "/healthz",
        hostname: `${svc}.${ZONE}`,
        name: svc,
        nodes: [name],
        port: FIRST_PORT + k,
        secrets: ["DATABASE_PASSWORD"],
        publish: "tunnel",
        weights: {},
        loadBalancer: { originSteering: "random", sessionAffinity: "none", sessionAffinityTtl: 82800, monitorIntervalSeconds: 60 },
        healthCheck: { enabled: k !== 4, intervalSeconds: 60 },
        slo: { availability: 99.9, latencyMs: 500 },
      });
    }
  }
  const [first, ...rest] = services.map((s) => ({ pattern: `${s.hostname}/*`, service: s.name, cacheTtl: 0 }));

  return {
    project: "bench",
    admin: {
      cidrs: ["203.0.113.0/24"],
      sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyReplaceMeWithYourOwnKey0000 ops@bench"],
      emails: ["ops@example.com"],
    },
    cloudflare: { accountId: "0123456789abcdef0123456789abcdef", zoneId: "fedcba9876543210fedcba9876543210", zone: ZONE },
    environments: {
      production: {
        production: true,
        tags: ["env:production", `scale:${options.nodes}`],
        state: { backend: "local", encryption: false },
        nodes,
        services,
        workerServices: [],
        storage: { kv: [], r2: [], d1: [], queues: [] },
        pages: [],
        postgres: { mode: "self-hosted", version: "17", databaseName: "app", node: nodes[0].name, replicas: [], backups: { enabled: true, retentionDays: 14 } },
        network: { subnet: "10.0.0.0/24" },
        logBucket: { name: `bench-logs-${options.nodes}`, location: "apac", retentionDays: 90 },
        alerts: { emails: ["ops@example.com"], webhooks: [] },
        edge: {
          worker: {
            name: "edge",
            compatibilityDate: "2025-09-01",
            csp: "default-src 'none'; frame-ancestors 'none'",
            hstsMaxAge: 31536000,
            originTimeoutMs: 30000,
            routes: [first, ...rest],
          },
          waf: {
            managedRuleset: true,
            customRules: [{ name: "block-wp-probes", expression: '(http.request.uri.path contains "/wp-login.php")', action: "block" }],
          },
          rateLimits: [
            {
              name: "burst",
              expression: '(http.request.method eq "POST")',
              requestsPerPeriod: 600,
              periodSeconds: 60,
              mitigationSeconds: 600,
              action: "block",
            },
          ],
          access: { enabled: true, sessionDuration: "8h" },
        },
      },
    },
    outputs: {},
  };
}

/** Writes generateConfig(options) as JSON to `file`; returns `file`. */
export function writeGeneratedConfig(file: string, options: GenerateOptions): string {
  writeFileSync(file, `${JSON.stringify(generateConfig(options), null, 2)}\n`);
  return file;
}

/**
 * Validates a JSON config file against the #Config definition of the CUE package schema/, the way the
 * CUE side sees it: `cue vet -c -d '#Config' ./schema <file>` (-d selects the schema the data file is
 * unified with; -c requires every field to be concrete). Returns cue's report, empty when valid.
 */
export function cueVet(file: string): { ok: boolean; report: string } {
  const result = runCue(["vet", "-c", "-d", "#Config", "./schema", path.resolve(file)]);
  return { ok: result.ok, report: `${result.stdout}${result.stderr}`.trim() };
}

function cli(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      nodes: { type: "string" },
      "services-per-node": { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help || !values.nodes) {
    console.log("usage: tsx bench/generate.ts --nodes <n> [--services-per-node <s>] [--out <file.json>]  (JSON on stdout without --out)");
    return values.help ? 0 : 2;
  }
  const options = { nodes: Number(values.nodes), servicesPerNode: values["services-per-node"] ? Number(values["services-per-node"]) : undefined };
  if (values.out) console.log(writeGeneratedConfig(values.out, options));
  else console.log(JSON.stringify(generateConfig(options), null, 2));
  return 0;
}

if (require.main === module) process.exitCode = cli(process.argv.slice(2));
