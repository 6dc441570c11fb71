// Property: whatever is wrong with a config, the synth either succeeds or exits 3 naming a field, and an
// earlier output folder is left byte for byte as it was. Random mutations of the default config, through
// the real loader (a .json config: ajv, then the rules, then the stacks), in-process through main().
// Replay a failure with EDGE_IAC_PROPERTY_SEED=<seed> (and EDGE_IAC_PROPERTY_PATH=<path> for the shrunk
// case); EDGE_IAC_PROPERTY_RUNS=<n> runs more cases. Why fast-check: adr/adr-property-tests-fast-check.md.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { main } from "../../main";
import { EXIT } from "../../scripts/cli";
import { STAMP_FILE } from "../../stacks/output-folder";
import { defaultConfig, tempDir } from "../helpers/config";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;
interface Spot {
  readonly path: readonly Segment[];
  readonly value: Json;
}

/** Every value below the root, depth first. */
function spots(value: Json, at: Segment[] = []): Spot[] {
  const children: Array<[Segment, Json]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === "object"
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [{ path: [...at, key], value: child }, ...spots(child, [...at, key])]);
}

const shown = (at: readonly Segment[]) =>
  at
    .map((s) => (typeof s === "number" ? `[${s}]` : `.${s}`))
    .join("")
    .slice(1) || "(root)";

function parentOf(root: Json, at: readonly Segment[]): Json[] | Record<string, Json> {
  return at.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key as string], root) as Json[] | Record<string, Json>;
}

/** Sets an own property even for `__proto__`, as JSON.parse of a file with that key would. */
function put(object: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function setAt(root: Json, at: readonly Segment[], value: Json): void {
  const parent = parentOf(root, at);
  const key = at[at.length - 1];
  if (Array.isArray(parent)) parent[key as number] = value;
  else put(parent, key as string, value);
}

function deleteAt(root: Json, at: readonly Segment[]): void {
  const parent = parentOf(root, at);
  const key = at[at.length - 1];
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key as string];
}

const isContainer = (v: Json): v is Json[] | Record<string, Json> => v !== null && typeof v === "object";
const isName = (v: string) => /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/.test(v);

/** Names that are not in the config, or name something else, or are properties of every JS object. */
const NAMES = [
  "ghost",
  "app-9",
  "db-9",
  "billing",
  "staging",
  "production",
  "api",
  "app-1",
  "db-1",
  "constructor",
  "prototype",
  "tostring",
  "valueof",
  "hasownproperty",
  "abcdefghijklmnopqrstuvwxyz-01234",
  "a1",
  "a--b",
];
/** Strings no field expects. */
const ODD_STRINGS = [
  "",
  " ",
  "\n",
  "\t",
  "\u0000",
  "\u202e",
  "😀",
  "ünïcødé",
  "../../etc/passwd",
  "${jsonencode(1)}",
  "%{ if true }x%{ endif }",
  "${TfToken[TOKEN.1]}",
  "\"'`;$(id)",
  "a".repeat(63),
  "a".repeat(64),
  "x".repeat(5000),
  "__proto__",
  "UPPER",
  "-lead",
  "trail-",
  "a.b",
  "api.example.com",
  "*.example.com",
  "/",
  "10.0.0.0/8",
  "0.0.0.0/0",
  "192.168.0.1/32",
  "ami-0123456789abcdef0",
  "private/1",
];
const KEYS = ["extra", "ghost", "app-9", "constructor", "__proto__", "toString", "Bad Key", "API_KEY"];

type Env = Record<string, Json> & { nodes: Json[]; services: Array<Record<string, Json>>; edge: Record<string, Json>; postgres: Record<string, Json> };

/**
 * Valid alternatives to the default config (other features switched on), so that the mutations after one
 * reach the rules and the constructs behind them, not only ajv.
 */
const VARIANTS: Record<string, (config: Record<string, Json>, envName: string, env: Env) => void> = {
  "rate limit": (_c, _n, env) =>
    void (env.edge.rateLimits as Json[]).push({
      name: "login",
      expression: '(http.request.uri.path eq "/login")',
      requestsPerPeriod: 10,
      periodSeconds: 60,
      mitigationSeconds: 600,
      action: "block",
    }),
  webhook: (_c, _n, env) => void ((env.alerts as Record<string, Json[]>).webhooks as Json[]).push({ name: "pager", url: "https://hooks.example.com/alert" }),
  "applied outputs": (c, n) =>
    void ((c.outputs as Record<string, Json>)[n] = {
      [`${n}-edge`]: { origins: { api: ["app-1", "db-1"] } },
      [`${n}-node-app-1`]: { tunnel_id: "11111111-2222-3333-4444-555555555555", private_ipv4: "10.0.0.5" },
      [`${n}-node-db-1`]: { tunnel_id: "66666666-2222-3333-4444-555555555555", private_ipv4: "10.0.0.6" },
      [`${n}-network`]: { vpc_ids: { "jp-tyo-3": 123 }, vpc_subnet_ids: { "jp-tyo-3": "456" } },
    }),
  "scale out": (_c, _n, env) => Object.assign(env.services[0], { nodes: ["app-1", "db-1"], weights: { "db-1": 0.25 } }),
  "load balancer": (_c, _n, env) => Object.assign(env.services[0], { nodes: ["app-1", "db-1"], publish: "load-balancer" }),
  tunnel: (_c, _n, env) => Object.assign(env.services[0], { publish: "tunnel" }),
  "admin service": (_c, _n, env) => {
    env.services[0].admin = true;
    (env.edge.access as Record<string, Json>).enabled = true;
  },
  "managed Linode Postgres": (_c, _n, env) => {
    env.postgres = {
      mode: "managed",
      version: "16",
      databaseName: "app",
      replicas: [],
      backups: { enabled: true, retentionDays: 7 },
      managed: { provider: "linode", region: "jp-tyo-3", size: "g6-nanode-1", allowList: [], replicas: 1 },
    };
    env.nodes.splice(1, 1);
  },
  "managed RDS": (_c, _n, env) => {
    env.postgres = {
      mode: "managed",
      version: "17",
      databaseName: "app",
      replicas: [],
      backups: { enabled: true, retentionDays: 7 },
      managed: { provider: "aws", region: "ap-northeast-1", size: "db.t4g.micro", allowList: ["10.1.0.0/16"], replicas: 2 },
    };
    env.nodes.splice(1, 1);
  },
  "AWS node": (_c, _n, env) => {
    env.nodes.push({
      ...structuredClone(env.nodes[0] as Record<string, Json>),
      name: "app-2",
      provider: "aws",
      region: "ap-northeast-1",
      size: "t4g.small",
      boot: { method: "image", image: "ami-0123456789abcdef0", channel: "nixos-25.05" },
      tags: ["tier:web"],
    });
    (env.services[0].nodes as Json[]).push("app-2");
  },
  "read replica": (_c, _n, env) => {
    env.nodes.push({ ...structuredClone(env.nodes[1] as Record<string, Json>), name: "db-2", roles: ["postgres-replica"] });
    env.postgres.replicas = ["db-2"];
  },
  "r2 state": (_c, _n, env) => void (env.state = { backend: "r2", bucket: "acme-tofu-state", encryption: true }),
  "node extras": (_c, _n, env) =>
    Object.assign(env.nodes[0] as Record<string, Json>, {
      sshFromAdmin: true,
      reservedIpv4: true,
      backups: true,
      boot: { method: "image", image: "private/12345", channel: "nixos-24.11" },
    }),
  "open egress": (_c, _n, env) => void (env.network = { subnet: "172.16.5.0/24", egress: "open", egressReason: "the api calls a partner API on port 8443" }),
  "backups off": (_c, _n, env) => void ((env.postgres.backups as Record<string, Json>).enabled = false),
  "health checks off": (_c, _n, env) => env.services.forEach((s) => void ((s.healthCheck as Record<string, Json>).enabled = false)),
  "managed WAF off": (_c, _n, env) => void ((env.edge.waf as Record<string, Json>).managedRuleset = false),
  production: (_c, _n, env) => void (env.production = true),
  "not production": (_c, _n, env) => void (env.production = false),
  "third environment": (c, n) => {
    const copy = JSON.parse(JSON.stringify((c.environments as Record<string, Json>)[n]).replaceAll(n, "dev")) as Json;
    put(c.environments as Record<string, Json>, "dev", copy);
  },
};

type Mutation =
  | { readonly kind: "variant"; readonly at: number; readonly name: string }
  | { readonly kind: "delete" | "empty" | "duplicate" | "flip" | "swap"; readonly at: number }
  | { readonly kind: "retype"; readonly at: number; readonly value: Json }
  | { readonly kind: "number"; readonly at: number; readonly value: number }
  | { readonly kind: "string" | "append"; readonly at: number; readonly value: string }
  | { readonly kind: "dangling" | "rename"; readonly at: number; readonly name: string }
  | { readonly kind: "addKey"; readonly at: number; readonly key: string; readonly value: Json };

const at = fc.nat();
const numbers = fc.oneof(
  fc.integer({ min: -1_000_000, max: -1 }),
  fc.constantFrom(0, 1, 9, 10, 65535, 65536, 70000, 2 ** 31, 2 ** 32, 2 ** 53, 1e21, 1e300, 0.5, 99.99, 100, 1e-9, -0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const strings = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", minLength: 60, maxLength: 300 }),
);
const json: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, "", "x", [], {}, [1], ["x"], { a: 1 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);
// Weighted towards mutations that keep the config well-typed, so that most cases get past ajv.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("variant" as const), at, name: fc.constantFrom(...Object.keys(VARIANTS)) }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constantFrom("duplicate" as const, "flip" as const, "swap" as const), at }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constantFrom("dangling" as const, "rename" as const), at, name: fc.constantFrom(...NAMES) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constantFrom("delete" as const, "empty" as const), at }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("string" as const), at, value: strings }), weight: 1 },
  // Odd text after a valid value: it survives patterns that end in `.*` (an SSH key's comment, a CSP).
  { arbitrary: fc.record({ kind: fc.constant("append" as const), at, value: strings }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("number" as const), at, value: numbers }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("retype" as const), at, value: json }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("addKey" as const), at, key: fc.constantFrom(...KEYS), value: json }), weight: 1 },
);

/** Applies `m` to `config` in place; returns what it did, or undefined when nothing in it fits. */
function apply(config: Json, m: Mutation): string | undefined {
  const all = spots(config);
  const pick = (candidates: Spot[]) => (candidates.length === 0 ? undefined : candidates[m.at % candidates.length]);
  switch (m.kind) {
    case "variant": {
      const root = config as Record<string, Json>;
      try {
        const envNames = Object.keys(root.environments as Record<string, Json>);
        const envName = envNames[m.at % envNames.length];
        VARIANTS[m.name](root, envName, (root.environments as Record<string, Json>)[envName] as Env);
        return `${m.name} in ${envName}`;
      } catch {
        return undefined; // an earlier mutation took away what the variant builds on
      }
    }
    case "flip": {
      const spot = pick(all.filter((s) => typeof s.value === "boolean"));
      if (!spot) return undefined;
      setAt(config, spot.path, !spot.value);
      return `${shown(spot.path)} = ${!spot.value}`;
    }
    case "swap": {
      // Another value of the same type from elsewhere in the config: well-typed, often wrong.
      const leaves = all.filter((s) => typeof s.value === "string" || typeof s.value === "number");
      const spot = pick(leaves);
      if (!spot) return undefined;
      const others = [...new Set(leaves.filter((s) => typeof s.value === typeof spot.value && s.value !== spot.value).map((s) => s.value))];
      if (others.length === 0) return undefined;
      const value = others[Math.floor(m.at / leaves.length) % others.length];
      setAt(config, spot.path, value);
      return `${shown(spot.path)} = ${JSON.stringify(value).slice(0, 80)} (was ${JSON.stringify(spot.value).slice(0, 40)})`;
    }
    case "delete": {
      // Mostly list entries: a missing required key is ajv's first line of defence, and quickly told.
      const spot = pick(m.at % 4 === 0 ? all : all.filter((s) => typeof s.path[s.path.length - 1] === "number"));
      if (!spot) return undefined;
      deleteAt(config, spot.path);
      return `delete ${shown(spot.path)}`;
    }
    case "empty": {
      const spot = pick(all.filter((s) => isContainer(s.value) && Object.keys(s.value).length > 0));
      if (!spot) return undefined;
      setAt(config, spot.path, Array.isArray(spot.value) ? [] : {});
      return `empty ${shown(spot.path)}`;
    }
    case "duplicate": {
      const spot = pick(all.filter((s) => isContainer(s.value) && Object.keys(s.value).length > 0));
      if (!spot) return undefined;
      const container = spot.value as Json[] | Record<string, Json>;
      const keys = Object.keys(container);
      const key = keys[m.at % keys.length];
      const copy = structuredClone((container as Record<string, Json>)[key]);
      if (Array.isArray(container)) container.push(copy);
      else put(container, `${key}-2`, copy);
      return `duplicate ${shown([...spot.path, Array.isArray(container) ? Number(key) : key])}`;
    }
    case "retype":
    case "number":
    case "string": {
      const spot = pick(m.kind === "retype" ? all : all.filter((s) => typeof s.value === m.kind));
      if (!spot) return undefined;
      setAt(config, spot.path, m.value);
      return `${shown(spot.path)} = ${JSON.stringify(m.value).slice(0, 80)}`;
    }
    case "append": {
      const spot = pick(all.filter((s) => typeof s.value === "string"));
      if (!spot) return undefined;
      setAt(config, spot.path, `${spot.value}${m.value}`);
      return `${shown(spot.path)} += ${JSON.stringify(m.value).slice(0, 80)}`;
    }
    case "dangling": {
      const spot = pick(all.filter((s) => typeof s.value === "string" && isName(s.value)));
      if (!spot) return undefined;
      setAt(config, spot.path, m.name);
      return `${shown(spot.path)} = ${JSON.stringify(m.name)} (was ${JSON.stringify(spot.value)})`;
    }
    case "rename": {
      // Every occurrence of a name, as a value and as a key: the config stays consistent, the name is odd.
      const names = [
        ...new Set(all.flatMap((s) => [s.value, s.path[s.path.length - 1]]).filter((v): v is string => typeof v === "string" && isName(v))),
      ].sort();
      if (names.length === 0) return undefined;
      const from = names[m.at % names.length];
      renameAll(config, from, m.name);
      return `rename ${JSON.stringify(from)} to ${JSON.stringify(m.name)} everywhere`;
    }
    case "addKey": {
      const objects = [{ path: [], value: config }, ...all].filter((s) => isContainer(s.value) && !Array.isArray(s.value));
      const spot = pick(objects);
      if (!spot) return undefined;
      put(spot.value as Record<string, Json>, m.key, m.value);
      return `${shown([...spot.path, m.key])} = ${JSON.stringify(m.value).slice(0, 80)} (added)`;
    }
  }
}

function renameAll(node: Json, from: string, to: string): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => {
      if (v === from) node[i] = to;
      else renameAll(v, from, to);
    });
  } else if (isContainer(node)) {
    for (const [key, value] of Object.entries(node)) {
      const renamed = value === from ? to : value;
      if (key === from) {
        delete node[key];
        put(node, to, renamed);
      } else if (renamed !== value) node[key] = renamed;
      renameAll(renamed, from, to);
    }
  }
}

/** Every file under `dir`, relative path → content. */
function tree(dir: string, prefix = ""): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(path.join(dir, prefix)).sort()) {
    const relative = path.join(prefix, entry);
    if (statSync(path.join(dir, relative)).isDirectory()) for (const [f, c] of tree(dir, relative)) files.set(f, c);
    else files.set(relative, readFileSync(path.join(dir, relative)));
  }
  return files;
}

/** A line of the form `path.to.field: message` (a problem at the root, `(root): …`, names no field). */
const FIELD_LINE = /^\s*(?!\(root\))[^\s:][^:\n]*: \S/m;
const STACK_TRACE = /^\s+at .*(:\d+:\d+\)?|\(native\))$/m;

describe("no config crashes the synth (property)", () => {
  const seed = Number(process.env.EDGE_IAC_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const numRuns = Number(process.env.EDGE_IAC_PROPERTY_RUNS ?? 200);
  let template: string;
  let templateTree: Map<string, Buffer>;

  beforeAll(async () => {
    template = path.join(tempDir(), "cdktf.out");
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const file = path.join(tempDir(), "config.json");
    writeFileSync(file, JSON.stringify(defaultConfig()));
    expect(await main(["--config", file, "--out", template])).toBe(0);
    log.mockRestore();
    templateTree = tree(template);
  });
  afterAll(() => rmSync(path.dirname(template), { recursive: true, force: true }));

  test(`${numRuns} mutated configs: exit 0, or exit 3 naming a field; never a crash; the previous output intact (seed ${seed})`, async () => {
    const property = fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (mutations) => {
      const config = defaultConfig() as unknown as Json;
      const applied = mutations.map((m) => apply(config, m)).filter((d): d is string => d !== undefined);
      const work = tempDir("edge-iac-property-");
      const file = path.join(work, "config.json");
      const outdir = path.join(work, "out", "cdktf.out");
      writeFileSync(file, JSON.stringify(config, null, 2));
      cpSync(template, outdir, { recursive: true });
      const printed: string[] = [];
      const capture = (...args: unknown[]) => void printed.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(" "));
      const spies = [
        jest.spyOn(console, "error").mockImplementation(capture),
        jest.spyOn(console, "warn").mockImplementation(capture),
        jest.spyOn(console, "log").mockImplementation(() => undefined),
      ];
      let code: number;
      try {
        code = await main(["--config", file, "--out", outdir]);
      } finally {
        spies.forEach((s) => {
          s.mockRestore();
        });
      }
      const output = printed.join("\n");
      const report = `mutations:\n  ${applied.join("\n  ") || "(none applied)"}\nexit ${code}, printed:\n${output.slice(0, 3000)}`;
      try {
        if (![0, EXIT.INVALID].includes(code)) throw new Error(`expected exit 0 or ${EXIT.INVALID}; ${report}`);
        if (STACK_TRACE.test(output)) throw new Error(`a stack trace was printed; ${report}`);
        if (code === EXIT.INVALID) {
          if (!FIELD_LINE.test(output.split("\n").slice(1).join("\n"))) throw new Error(`exit 3 without a "path.to.field: message" line; ${report}`);
          const now = tree(outdir);
          const same = now.size === templateTree.size && [...templateTree].every(([f, c]) => now.get(f)?.equals(c));
          if (!same) throw new Error(`the previous output folder changed; ${report}`);
        } else {
          if (!readdirSync(outdir).includes(STAMP_FILE)) throw new Error(`exit 0 without a stamped output; ${report}`);
        }
        const left = readdirSync(path.dirname(outdir));
        if (left.length !== 1) throw new Error(`left beside the output folder: ${left.join(", ")}; ${report}`);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
    try {
      await fc.assert(property, { seed, numRuns, path: process.env.EDGE_IAC_PROPERTY_PATH, includeErrorInReport: true });
    } catch (error) {
      throw new Error(`property failed with seed ${seed} (replay: EDGE_IAC_PROPERTY_SEED=${seed})\n${(error as Error).message}`);
    }
  }, 300_000);
});
