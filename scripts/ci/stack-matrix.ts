// Prints the GitHub Actions matrix of the synthesized stacks, read from cdktf.out/manifest.json, so CI never
// keeps a list of stacks of its own: `tsx scripts/ci/stack-matrix.ts --help`.
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { BOOTSTRAP_STACK, ZONE_STACK } from "../../stacks/names";

/** One matrix entry: a stack, the environment it belongs to (also the GitHub environment) and its state backend. */
export interface StackEntry {
  readonly stack: string;
  readonly env: string;
  /** "local" state would be thrown away with the runner; "s3" is the R2 state bucket. */
  readonly backend: string;
  /**
   * The GitHub secret holding this stack family's least-privilege API token, made by the bootstrap stack
   * (constructs/ci-tokens.ts): CLOUDFLARE_API_TOKEN_NODE, _DATA, _EDGE or _ZONE.
   */
  readonly tokenSecret: string;
}

export interface StackMatrix {
  readonly include: StackEntry[];
}

export interface StackMatrixOptions {
  /** Environments in apply order; environments not named follow in alphabetical order. @default alphabetical */
  readonly envOrder?: readonly string[];
  /** The environment the shared zone stack is applied (and approved) with. @default the last environment */
  readonly zoneEnv?: string;
  /** Leave out stacks whose state is local: applying or drift-checking them on a fresh runner is meaningless. */
  readonly remoteStateOnly?: boolean;
  /** The backend of a stack (from its cdk.tf.json); "unknown" when not given. */
  readonly backendOf?: (stack: string) => string;
}

interface Manifest {
  readonly stacks: Record<string, { readonly name?: string; readonly synthesizedStackPath?: string }>;
}

/** Node stacks first, then data, then edge: the order stacks/names.ts documents as the dependency order. */
const KIND_ORDER = { network: 0, node: 1, data: 2, edge: 3 } as const;

/**
 * Splits a stack name into its environment and kind, following stacks/names.ts: `<env>-node-<name>`,
 * `<env>-data`, `<env>-edge`. Returns undefined for the zone stack and for names of no known shape.
 */
export function parseStackName(stack: string): { env: string; kind: keyof typeof KIND_ORDER } | undefined {
  const match = stack.match(/^([a-z][a-z0-9-]*?)-(network|data|edge|node-[a-z0-9][a-z0-9-]*)$/);
  if (!match) return undefined;
  return { env: match[1], kind: match[2].startsWith("node-") ? "node" : (match[2] as "network" | "data" | "edge") };
}

/**
 * The matrix for `strategy.matrix: ${{ fromJSON(...) }}`: every stack of the manifest, grouped by
 * environment in `envOrder`, each environment's stacks in dependency order (network, nodes, data, edge), and the
 * zone stack last, under `zoneEnv`. Throws on a stack name of unknown shape rather than guess its environment.
 */
export function stackMatrix(manifest: Manifest, options: StackMatrixOptions = {}): StackMatrix {
  // The bootstrap stack is applied once per account by a human with an account-level token and keeps
  // local state; its plan reads the API with rights CI's tokens do not have: CI never plans or applies it.
  const names = Object.entries(manifest.stacks ?? {}).map(([key, s]) => s.name ?? key).filter((n) => n !== BOOTSTRAP_STACK);
  const unknown = names.filter((n) => n !== ZONE_STACK && !parseStackName(n));
  if (unknown.length > 0) {
    throw new Error(`stack-matrix: cannot tell the environment of ${unknown.map((n) => JSON.stringify(n)).join(", ")}; expected <env>-network, <env>-node-<name>, <env>-data, <env>-edge or ${ZONE_STACK}`);
  }
  const envs = [...new Set(names.flatMap((n) => parseStackName(n)?.env ?? []))];
  const order = [...(options.envOrder ?? []).filter((e) => envs.includes(e)), ...envs.filter((e) => !options.envOrder?.includes(e)).sort()];
  const zoneEnv = options.zoneEnv ?? order[order.length - 1];
  const backendOf = options.backendOf ?? (() => "unknown");
  const rank = (stack: string): [number, number, string] => {
    const parsed = parseStackName(stack);
    if (!parsed) return [order.length, 0, stack];
    return [order.indexOf(parsed.env), KIND_ORDER[parsed.kind], stack];
  };
  const sorted = [...names].sort((a, b) => {
    const [ea, ka, na] = rank(a);
    const [eb, kb, nb] = rank(b);
    return ea - eb || ka - kb || (na < nb ? -1 : na > nb ? 1 : 0);
  });
  const include = sorted
    .map((stack) => {
      const parsed = parseStackName(stack);
      const family = parsed?.kind ?? "zone";
      return { stack, env: parsed?.env ?? zoneEnv, backend: backendOf(stack), tokenSecret: `CLOUDFLARE_API_TOKEN_${family.toUpperCase()}` };
    })
    .filter((e) => !options.remoteStateOnly || (e.backend !== "local" && e.backend !== "unknown"));
  return { include };
}

/** Reads the backend type cdktf records in a synthesized stack's `//.metadata.backend` ("local", "s3", …). */
export function backendFromStack(outdir: string, manifest: Manifest): (stack: string) => string {
  return (stack) => {
    const entry = Object.values(manifest.stacks).find((s) => s.name === stack) ?? manifest.stacks[stack];
    const file = path.join(outdir, entry?.synthesizedStackPath ?? path.join("stacks", stack, "cdk.tf.json"));
    if (!existsSync(file)) return "unknown";
    const json = JSON.parse(readFileSync(file, "utf8")) as { "//"?: { metadata?: { backend?: string } } };
    return json["//"]?.metadata?.backend ?? "unknown";
  };
}

const HELP = `usage: tsx scripts/ci/stack-matrix.ts [--manifest <file>] [--env-order a,b] [--zone-env <env>] [--remote-state-only]

Prints {"include":[{"stack":…,"env":…,"backend":…}]} for a GitHub Actions matrix, from the manifest cdktf
writes (default: cdktf.out/manifest.json). Stacks are grouped per environment in --env-order (others follow
alphabetically), nodes before data before edge; the shared zone stack comes last under --zone-env (default:
the last environment). --remote-state-only leaves out stacks with local state.`;

export function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        manifest: { type: "string", default: "cdktf.out/manifest.json" },
        "env-order": { type: "string" },
        "zone-env": { type: "string" },
        "remote-state-only": { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`stack-matrix: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  try {
    const file = path.resolve(args.manifest!);
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    const matrix = stackMatrix(manifest, {
      envOrder: args["env-order"]?.split(",").map((e) => e.trim()).filter(Boolean),
      zoneEnv: args["zone-env"],
      remoteStateOnly: args["remote-state-only"],
      backendOf: backendFromStack(path.dirname(file), manifest),
    });
    console.log(JSON.stringify(matrix));
    return 0;
  } catch (error) {
    console.error(`stack-matrix: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
