// Prints the GitHub Actions matrix of the synthesized stacks, read from cdktf.out/manifest.json, so CI never
// keeps a list of stacks of its own: `tsx scripts/ci/stack-matrix.ts --help`.
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { loadConfig } from "../../schema/load";
import { ConfigError } from "../../schema/problems";
import { BOOTSTRAP_STACK, type DeployStack, deployOrder } from "../../stacks/names";
import { CONFIG_OPTION, type CommandSpec, EXIT, type OptionSpec, parseCommand, runMain } from "../cli";

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
  /** Environments in apply order; environments not named follow in the configuration's order. @default the configuration's order */
  readonly envOrder?: readonly string[];
  /** Leave out stacks whose state is local: applying or drift-checking them on a fresh runner is meaningless. */
  readonly remoteStateOnly?: boolean;
  /** The backend of a stack (from its cdk.tf.json); "unknown" when not given. */
  readonly backendOf?: (stack: string) => string;
}

interface Manifest {
  readonly stacks: Record<string, { readonly name?: string; readonly synthesizedStackPath?: string }>;
}

/**
 * The matrix for `strategy.matrix: ${{ fromJSON(...) }}`: the stacks of `order` (stacks/names.ts
 * `deployOrder` of the configuration that was synthesized, so order and zone ownership are decided in one
 * place), environments in `envOrder`, each environment's stacks in its deploy order, the zone stack with
 * its owner. Every stack of the manifest must be in `order` and the other way round (the bootstrap stack
 * aside: a human applies it once with an account-level token, and its plan reads the API with rights CI's
 * tokens do not have, so CI never plans or applies it); otherwise the manifest is of another
 * configuration, and this throws naming the stacks rather than guess.
 */
export function stackMatrix(manifest: Manifest, order: Readonly<Record<string, readonly DeployStack[]>>, options: StackMatrixOptions = {}): StackMatrix {
  const synthesized = new Set(Object.entries(manifest.stacks ?? {}).map(([key, s]) => s.name ?? key));
  synthesized.delete(BOOTSTRAP_STACK);
  const configured = Object.values(order)
    .flat()
    .filter((s) => s.kind !== BOOTSTRAP_STACK);
  const missing = configured.filter((s) => !synthesized.has(s.stack)).map((s) => s.stack);
  const unknown = [...synthesized].filter((name) => !configured.some((s) => s.stack === name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      [
        "the manifest and the configuration disagree (synthesize every environment of the same configuration, then run this again):",
        ...(unknown.length > 0 ? [`  in the manifest, not in the configuration: ${unknown.join(", ")}`] : []),
        ...(missing.length > 0 ? [`  in the configuration, not synthesized: ${missing.join(", ")}`] : []),
      ].join("\n"),
    );
  }
  const envs = Object.keys(order);
  const strange = (options.envOrder ?? []).filter((e) => !envs.includes(e));
  if (strange.length > 0) throw new Error(`--env-order: ${strange.join(", ")}: not an environment of the configuration; known: ${envs.join(", ")}`);
  const envOrder = [...(options.envOrder ?? []), ...envs.filter((e) => !options.envOrder?.includes(e))];
  const backendOf = options.backendOf ?? (() => "unknown");
  const include = envOrder
    .flatMap((env) =>
      order[env]
        .filter((s) => s.kind !== BOOTSTRAP_STACK)
        .map((s) => ({ stack: s.stack, env, backend: backendOf(s.stack), tokenSecret: `CLOUDFLARE_API_TOKEN_${s.kind.toUpperCase()}` })),
    )
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

const COMMAND = {
  name: "stack-matrix",
  usage: "tsx scripts/ci/stack-matrix.ts [--manifest <file>] [--config <dir|file.json>] [--env-order a,b] [--remote-state-only]",
  summary: `Prints {"include":[{"stack":…,"env":…,"backend":…,"tokenSecret":…}]} for a GitHub Actions matrix: the
stacks of the manifest cdktf writes, in the deploy order of the configuration that was synthesized, the
same order \`npm run deploy\` uses (stacks/names.ts deployOrder): per environment network, nodes, data,
edge, and the shared zone stack with the environment that owns it.`,
  options: {
    manifest: { type: "string", value: "<file>", help: "the manifest cdktf wrote (default: cdktf.out/manifest.json)" },
    config: { ...CONFIG_OPTION, help: `the configuration that was synthesized: ${CONFIG_OPTION.help}` },
    "env-order": { type: "string", value: "a,b", help: "environments in this order; others follow in the configuration's order" },
    "remote-state-only": { type: "boolean", help: "leave out stacks with local state (applying them on a fresh runner is meaningless)" },
  },
  exits: [
    [EXIT.FAILED, "manifest and configuration disagree, or the manifest cannot be read"],
    [EXIT.INVALID, "invalid configuration"],
  ],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

export function main(argv: string[]): number {
  const parsed = parseCommand(COMMAND, argv);
  if (!parsed.ok) return parsed.code;
  const args = parsed.values;
  let config: ReturnType<typeof loadConfig>;
  try {
    config = args.config === undefined ? loadConfig() : loadConfig(path.resolve(args.config));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`stack-matrix: ${error.message}`);
    return EXIT.INVALID;
  }
  try {
    const file = path.resolve(args.manifest ?? "cdktf.out/manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    const matrix = stackMatrix(manifest, deployOrder(config.environments, { bootstrap: config.bootstrap !== undefined }), {
      envOrder: args["env-order"]
        ?.split(",")
        .map((e) => e.trim())
        .filter(Boolean),
      remoteStateOnly: args["remote-state-only"],
      backendOf: backendFromStack(path.dirname(file), manifest),
    });
    console.log(JSON.stringify(matrix));
    return EXIT.OK;
  } catch (error) {
    console.error(`stack-matrix: ${(error as Error).message}`);
    return EXIT.FAILED;
  }
}

if (require.main === module) runMain(main);
