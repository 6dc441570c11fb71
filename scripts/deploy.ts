// Deploys one environment: synth, then per stack in dependency order init → plan → summary → confirm →
// apply → post-apply hook. `npm run deploy -- <env> [stack…] [--dry-run] [--yes]`; run with --help.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import * as readline from "node:readline";
import type { Config } from "../schema/config.types";
import { ROOT } from "../schema/cue";
import { loadConfig } from "../schema/load";
import { ConfigError } from "../schema/problems";
import { BOOTSTRAP_STACK, stacksByEnvironment } from "../stacks/names";
import { OutputFolderError } from "../stacks/output-folder";
import { STATE_PASSPHRASE_ENV } from "../stacks/state-encryption";
import { type CommandSpec, EXIT, type OptionSpec, parseCommand, runMain } from "./cli";
import { describeResult, postApply } from "./post-apply";
import { configuredStacks } from "./tofu/outputs";
import { describePlan, hasChanges, type Paint, summarizePlan } from "./tofu/plan";
import { runTofu, tofuError } from "./tofu/run";

const COMMAND = {
  name: "deploy",
  usage: "npm run deploy -- <env> [stack...] [--dry-run] [--yes] [--stacks-dir <dir>] [--no-synth] [--root <dir>]",
  summary: `Synthesizes <env> (its stacks and, for the environment that owns it, the shared zone stack), then for
each stack in deploy order (stacks/names.ts: network, nodes, data, edge, zone) tofu init, tofu plan, a
summary of what would be created, updated, destroyed and replaced, then - after confirmation - tofu apply
of exactly that plan and the post-apply hook, which writes the stack's non-sensitive outputs to
schema/outputs/<stack>.cue. When outputs change, the remaining stacks are synthesized again so they read
them; at the end, stacks whose synthesized JSON changed since they were deployed (a node letting go of a
service the edge no longer sends it) are deployed once more.

  [stack...]          only these stacks (still in deploy order); the account's bootstrap stack
                      (state bucket, CI tokens) is deployed only when named, with the zone owner:
                      npm run deploy -- <zone owner> bootstrap`,
  options: {
    "dry-run": { type: "boolean", help: "plan and summarize every stack, apply nothing" },
    yes: { type: "boolean", short: "y", help: "apply without asking (needed when stdin is not a terminal)" },
    "stacks-dir": { type: "string", value: "<dir>", help: "where the stacks are synthesized (default: cdktf.out/stacks)" },
    "no-synth": { type: "boolean", help: "use the stacks already in --stacks-dir" },
    root: { type: "string", value: "<dir>", help: "the repository whose schema/ is the configuration (default: this checkout)" },
  },
  positionals: { min: 1, max: Infinity, names: "<env> [stack...]" },
  notes: `On a terminal each apply asks you to type the environment's name. A stack with state encryption needs
${STATE_PASSPHRASE_ENV}; an R2 backend needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (docs/state.md).
NO_COLOR turns colours off.`,
  exits: [
    [EXIT.FAILED, "not confirmed"],
    [EXIT.INVALID, "invalid configuration"],
    [EXIT.PLAN_FAILED, "init or plan failed"],
    [EXIT.APPLY_FAILED, "apply failed"],
    [EXIT.POST_APPLY_FAILED, "post-apply hook failed"],
  ],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

export interface DeployIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Asks the operator a question on the terminal; undefined when there is no terminal. */
  readonly ask?: (question: string) => Promise<string>;
  readonly color: boolean;
}

class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export async function main(argv: string[], io: DeployIo = terminalIo()): Promise<number> {
  try {
    return await deploy(argv, io);
  } catch (error) {
    if (error instanceof Exit) {
      io.err(error.message);
      return error.code;
    }
    io.err(`deploy: ${(error as Error).stack ?? error}`);
    return EXIT.FAILED;
  }
}

async function deploy(argv: string[], io: DeployIo): Promise<number> {
  const parsed = parseCommand(COMMAND, argv, io);
  if (!parsed.ok) return parsed.code;
  const args = parsed.values;
  const [env, ...requested] = parsed.positionals;
  const dryRun = args["dry-run"] ?? false;
  const confirmEach = !dryRun && !args.yes;
  if (confirmEach && !io.ask) {
    throw new Exit(EXIT.USAGE, "deploy: stdin is not a terminal, so nobody can confirm the apply: pass --yes, or --dry-run to only plan");
  }
  const root = path.resolve(args.root ?? ROOT);
  const stacksDir = path.resolve(args["stacks-dir"] ?? path.join("cdktf.out", "stacks"));
  const synth = !args["no-synth"];
  if (synth && path.basename(stacksDir) !== "stacks") {
    throw new Exit(EXIT.USAGE, `deploy: --stacks-dir ${stacksDir}: synth writes <out>/stacks, so the folder must be named "stacks" (or pass --no-synth)`);
  }
  const paint = painter(io.color);
  const started = Date.now();

  const known = synth ? stacksOf(synthesizeEnv(root, stacksDir, env, io)) : readStacks(root);
  if (!(env in known)) {
    throw new Exit(EXIT.USAGE, `deploy: no environment ${JSON.stringify(env)}; known: ${Object.keys(known).join(", ")}`);
  }
  const order = known[env];
  const unknown = requested.filter((s) => !order.includes(s));
  if (unknown.length > 0) {
    throw new Exit(EXIT.USAGE, `deploy: ${unknown.join(", ")}: not a stack of ${env}; known, in deploy order: ${order.join(", ")}`);
  }
  // The bootstrap stack is applied once per account by a human with an account-level token: only when named.
  const selected = requested.length > 0 ? order.filter((s) => requested.includes(s)) : order.filter((s) => !EXPLICIT_ONLY.includes(s));
  checkStacks(stacksDir, selected);

  let applied = 0;
  /** The synthesized JSON each stack was deployed with, to find the stacks a later synth changed. */
  const deployedJson = new Map<string, string>();
  /** Plans and (unless a dry run) applies one stack, then runs the post-apply hook; false when not confirmed. */
  const deployStack = async (stack: string, label: string, last: boolean): Promise<boolean> => {
    const step = (what: string) => io.out(paint.bold(`[${label}] ${stack}: ${what}`));
    const cwd = path.join(stacksDir, stack);
    const planFile = `${stack}.tfplan`;
    deployedJson.set(stack, synthesizedJson(stacksDir, stack));

    step("initializing…");
    const init = runTofu(["init", "-input=false"], { cwd });
    if (!init.ok) throw new Exit(EXIT.PLAN_FAILED, `${stack}: tofu init failed:\n${tofuError(init)}`);

    step("planning…");
    const plan = runTofu(["plan", "-input=false", `-out=${planFile}`], { cwd });
    if (!plan.ok) throw new Exit(EXIT.PLAN_FAILED, `${stack}: tofu plan failed:\n${tofuError(plan)}`);
    const show = runTofu(["show", "-json", planFile], { cwd });
    if (!show.ok) throw new Exit(EXIT.PLAN_FAILED, `${stack}: tofu show -json ${planFile} failed:\n${tofuError(show)}`);
    const summary = summarizePlan(show.stdout);
    for (const line of describePlan(stack, summary, paint)) io.out(line);
    if (dryRun) return true;

    if (hasChanges(summary)) {
      if (confirmEach) {
        const answer = await io.ask!(`Apply this plan to ${stack}? Type the environment's name (${env}) to confirm: `);
        if (answer.trim() !== env) {
          io.err(`${stack}: not applied (got ${JSON.stringify(answer.trim())}, expected ${JSON.stringify(env)}); stopping`);
          return false;
        }
      }
      step("applying…");
      const apply = runTofu(["apply", "-input=false", planFile], { cwd });
      if (!apply.ok) throw new Exit(EXIT.APPLY_FAILED, `${stack}: tofu apply failed:\n${tofuError(apply)}`);
      const done = apply.stdout.match(/Apply complete!.*$/m)?.[0] ?? "applied";
      io.out(`${stack}: ${done} (${(apply.ms / 1000).toFixed(1)} s)`);
      applied++;
    }

    step("writing outputs…");
    let changed: boolean;
    try {
      const result = postApply({ env, stack, root, stacksDir, stacks: known });
      for (const line of describeResult(stack, result, root)) io.out(line);
      changed = result.changed;
    } catch (error) {
      throw new Exit(EXIT.POST_APPLY_FAILED, `${stack}: post-apply hook failed: ${(error as Error).message}`);
    }
    if (changed && synth && !last) {
      io.out(`${stack}: outputs changed; synthesizing ${env} again so the remaining stacks read them…`);
      synthesizeEnv(root, stacksDir, env, io);
    }
    return true;
  };

  for (const [i, stack] of selected.entries()) {
    if (!(await deployStack(stack, `${i + 1}/${selected.length}`, i === selected.length - 1))) return EXIT.FAILED;
  }

  // The last pass: a node keeps serving a service that moved away while the applied edge still sends it
  // requests there (schema/publish.ts). Now that the edge has switched and written its outputs, those
  // node stacks synthesize differently: deploy them again so the old node lets go, in the same run.
  if (synth && !dryRun && applied > 0) {
    synthesizeEnv(root, stacksDir, env, io);
    const released = selected.filter((s) => deployedJson.has(s) && synthesizedJson(stacksDir, s) !== deployedJson.get(s));
    if (released.length > 0) io.out(`the edge switched: deploying ${released.join(", ")} again to let go of what it drained`);
    for (const [i, stack] of released.entries()) {
      if (!(await deployStack(stack, `last pass ${i + 1}/${released.length}`, true))) return EXIT.FAILED;
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.out(
    dryRun
      ? `dry run: planned ${selected.length} stacks of ${env} in ${seconds} s, applied nothing`
      : `deployed ${env}: ${selected.length} stacks, ${applied} applied, in ${seconds} s`,
  );
  return EXIT.OK;
}

/** The synthesized JSON of a stack, as text; empty when it is not there. */
function synthesizedJson(stacksDir: string, stack: string): string {
  const file = path.join(stacksDir, stack, "cdk.tf.json");
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

/** The edge Worker, bundled once per deploy however often it synthesizes. */
let workerScript: string | undefined;

/** Loads the configuration under `root` and synthesizes `env` (and the zone stack) into the stacks' parent folder. */
function synthesizeEnv(root: string, stacksDir: string, env: string, io: DeployIo): Config {
  let config: Config;
  try {
    config = loadConfig(path.join(root, "schema"));
  } catch (error) {
    if (error instanceof ConfigError) throw new Exit(EXIT.INVALID, error.message);
    throw error;
  }
  if (!(env in config.environments)) {
    throw new Exit(EXIT.USAGE, `deploy: no environment ${JSON.stringify(env)}; known: ${Object.keys(config.environments).join(", ")}`);
  }
  const started = Date.now();
  try {
    // Loaded here: the constructs and provider bindings take a second to import, which --no-synth skips.
    const { synthesize } = require("../stacks/synth") as typeof import("../stacks/synth");
    workerScript ??= (require("../services/edge-worker/bundle") as typeof import("../services/edge-worker/bundle")).bundleWorker();
    // The environment's Worker services, from the repository whose configuration this is.
    const { bundleWorkerServices } = require("./bundle-workers") as typeof import("./bundle-workers");
    const workerServiceScripts = bundleWorkerServices(config, [env], root);
    const stacks = synthesize(config, { outdir: path.dirname(stacksDir), environments: [env], workerScript, workerServiceScripts });
    io.out(`synthesized ${stacks.length} stacks in ${Date.now() - started} ms`);
  } catch (error) {
    if (error instanceof OutputFolderError) throw new Exit(EXIT.USAGE, `deploy: ${(error as Error).message}`);
    throw new Exit(EXIT.INVALID, `deploy: synth of ${env} failed: ${(error as Error).message}`);
  }
  return config;
}

/** Stacks a deploy includes only when they are named on the command line. */
const EXPLICIT_ONLY: readonly string[] = [BOOTSTRAP_STACK];

/**
 * Environment → its stacks in deploy order: node stacks, data, edge, then the shared zone stack, which
 * only the zone's owner (the production environment) deploys: a staging deploy never changes the rules
 * production traffic passes through. The owner also has the account's bootstrap stack, first (the state
 * bucket comes before any state kept in it), when the configuration has one.
 */
function stacksOf(config: Config): Record<string, string[]> {
  return stacksByEnvironment(config.environments, { bootstrap: config.bootstrap !== undefined });
}

function readStacks(root: string): Record<string, string[]> {
  try {
    return configuredStacks(root);
  } catch (error) {
    throw new Exit(EXIT.INVALID, `deploy: ${(error as Error).message}`);
  }
}

/** Every selected stack must be synthesized; one with state encryption needs the passphrase. */
function checkStacks(stacksDir: string, stacks: readonly string[]): void {
  const problems: string[] = [];
  for (const stack of stacks) {
    const dir = path.join(stacksDir, stack);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".tf.json") || f.endsWith(".tf")) : [];
    if (files.length === 0) {
      problems.push(`${stack}: not synthesized (no ${path.join(dir, "cdk.tf.json")}); run without --no-synth`);
      continue;
    }
    const encrypted = files.some((f) => f.endsWith(".tf.json") && readFileSync(path.join(dir, f), "utf8").includes('"encryption"'));
    if (encrypted && !process.env[STATE_PASSPHRASE_ENV]) {
      problems.push(`${stack}: its state is encrypted: set ${STATE_PASSPHRASE_ENV} to the passphrase (docs/state.md)`);
    }
  }
  if (problems.length > 0) throw new Exit(EXIT.USAGE, `deploy:\n${problems.map((p) => `  ${p}`).join("\n")}`);
}

interface Painter extends Paint {
  readonly bold: (s: string) => string;
}

function painter(color: boolean): Painter {
  const sgr = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: sgr("1"), add: sgr("32"), change: sgr("33"), remove: sgr("31") };
}

function terminalIo(): DeployIo {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  return {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    ask: interactive
      ? (question) =>
          new Promise((resolve) => {
            const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
            rl.question(question, (answer) => {
              rl.close();
              resolve(answer);
            });
          })
      : undefined,
  };
}

if (require.main === module) runMain((argv) => main(argv));
