// What wrangler does after a stack's apply, for what OpenTofu cannot: apply the D1 migrations of the
// environment's Worker services after its data stack, deploy its Pages sites after its edge stack.
// `tsx scripts/ci/cloudflare-steps.ts <stack> [--config <path>] [--dry-run]`; main.yml runs it after each apply.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import type { Config } from "../../schema/config.types";
import { ROOT } from "../../schema/cue";
import { DEFAULT_CONFIG, loadConfig } from "../../schema/load";
import { ConfigError } from "../../schema/problems";
import { cloudflareResourceName } from "../../schema/worker-services";
import { D1_MIGRATIONS_DIR } from "../../services/worker-wrangler";
import { deployOrder } from "../../stacks/names";
import { writeFileAtomic } from "../atomic";
import { CONFIG_OPTION, type CommandSpec, EXIT, type OptionSpec, parseCommand, runMain } from "../cli";
import { renderWorkerServiceFiles } from "../render-wrangler";

/** Wrangler, fetched from the npm registry when a step runs: it is not a dependency of this repository. */
export const WRANGLER = ["npx", "--yes", "wrangler@4"];

/** One command, run in `cwd` (relative to the repository root). */
export interface Step {
  readonly what: string;
  readonly cwd: string;
  readonly argv: readonly string[];
}

/**
 * The steps after `stack`'s apply: after `<env>-data`, `wrangler d1 migrations apply` for each D1 binding of
 * a Worker service that has a migrations folder (remote, on the database the apply created); after
 * `<env>-edge`, each Pages site's build command and `wrangler pages deploy` of its output to the production
 * branch. Other stacks have none. Throws naming the stack when it is not one of the configuration's.
 */
export function cloudflareSteps(config: Config, stack: string, root: string = ROOT): Step[] {
  const order = deployOrder(config.environments, { bootstrap: config.bootstrap !== undefined });
  const entries = Object.entries(order).flatMap(([env, stacks]) => stacks.map((s) => ({ ...s, env })));
  const entry = entries.find((s) => s.stack === stack);
  if (!entry) throw new Error(`${stack}: not a stack of this configuration; known: ${entries.map((s) => s.stack).join(", ")}`);
  const env = config.environments[entry.env];
  if (entry.kind === "data") {
    return env.workerServices.flatMap((service) =>
      existsSync(path.join(root, service.source, D1_MIGRATIONS_DIR))
        ? Object.keys(service.bindings.d1).map((binding) => ({
            what: `${service.name}: D1 migrations of ${binding}`,
            cwd: service.source,
            argv: [...WRANGLER, "d1", "migrations", "apply", binding, "--env", entry.env, "--remote"],
          }))
        : [],
    );
  }
  if (entry.kind === "edge") {
    return env.pages.flatMap((site) => [
      { what: `${site.name}: build`, cwd: site.source, argv: ["sh", "-c", site.buildCommand] },
      {
        what: `${site.name}: deploy to Pages`,
        cwd: site.source,
        argv: [
          ...WRANGLER,
          "pages",
          "deploy",
          site.outputDir,
          "--project-name",
          cloudflareResourceName(config.project, entry.env, site.name),
          "--branch",
          site.productionBranch,
        ],
      },
    ]);
  }
  return [];
}

/** `word` as a POSIX shell reads it back: quoted unless it is plain. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_./@=:-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

const COMMAND = {
  name: "cloudflare-steps",
  usage: "npx tsx scripts/ci/cloudflare-steps.ts <stack> [--config <path>] [--dry-run]",
  summary: [
    "Runs what wrangler does after a stack's apply: D1 migrations of the Worker services after <env>-data,",
    "the Pages sites' build and deploy after <env>-edge; nothing for other stacks. Wrangler reads",
    "CLOUDFLARE_API_TOKEN (CLOUDFLARE_ACCOUNT_ID defaults to cloudflare.accountId); the Worker services' wrangler.toml is rendered first, from",
    "the outputs the apply recorded.",
  ].join("\n"),
  positionals: { names: "<stack>", min: 1, max: 1 },
  options: {
    config: CONFIG_OPTION,
    "dry-run": { type: "boolean", help: "print the steps, run nothing, write nothing" },
  },
  exits: [
    [EXIT.FAILED, "a step failed, or the stack is not one of the configuration's"],
    [EXIT.INVALID, "invalid configuration"],
  ],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

export function main(argv: string[]): number {
  const parsed = parseCommand(COMMAND, argv);
  if (!parsed.ok) return parsed.code;
  const source = parsed.values.config === undefined ? DEFAULT_CONFIG : path.resolve(parsed.values.config);
  let config: Config;
  try {
    config = loadConfig(source);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`cloudflare-steps: ${error.message}`);
    return EXIT.INVALID;
  }
  const stack = parsed.positionals[0];
  let steps: Step[];
  try {
    steps = cloudflareSteps(config, stack);
  } catch (error) {
    console.error(`cloudflare-steps: ${(error as Error).message}`);
    return EXIT.FAILED;
  }
  if (steps.length === 0) {
    console.log(`${stack}: no wrangler steps`);
    return EXIT.OK;
  }
  if (!parsed.values["dry-run"]) {
    for (const [file, content] of Object.entries(renderWorkerServiceFiles(config, source))) writeFileAtomic(path.join(ROOT, file), content);
  }
  for (const [i, step] of steps.entries()) {
    console.log(`[${i + 1}/${steps.length}] ${step.what}: (cd ${step.cwd} && ${step.argv.map(shellWord).join(" ")})`);
    if (parsed.values["dry-run"]) continue;
    const env = { ...process.env, CLOUDFLARE_ACCOUNT_ID: process.env.CLOUDFLARE_ACCOUNT_ID || config.cloudflare.accountId };
    const result = spawnSync(step.argv[0], step.argv.slice(1), { cwd: path.join(ROOT, step.cwd), stdio: "inherit", env });
    if (result.status !== 0) {
      console.error(`cloudflare-steps: ${step.what} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
      return EXIT.FAILED;
    }
  }
  return EXIT.OK;
}

if (require.main === module) runMain(main);
