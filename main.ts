// Synthesizes every stack of the configuration into cdktf.out/: `npm run synth` (or `cdktf synth`,
// which runs this file through cdktf.json's `app`). Run with --help for the options.
import "./scripts/no-source-maps";
import * as path from "node:path";
import { DEFAULT_CONFIG, loadConfig } from "./schema/load";
import { ConfigError } from "./schema/problems";
import { writeArtifacts } from "./scripts/artifacts";
import { bundleWorkerServices } from "./scripts/bundle-workers";
import { type CommandSpec, EXIT, type OptionSpec, parseCommand, runMain } from "./scripts/cli";
import { bundleWorker } from "./services/edge-worker/bundle";
import { OutputFolderError } from "./stacks/output-folder";
import { synthesize } from "./stacks/synth";

const COMMAND = {
  name: "synth",
  usage: "npm run synth -- [--config <dir|file.json>] [--out <dir>] [--env <name>]...",
  summary: `Validates the configuration (cue export, then ajv against the JSON Schema exported from schema/, then the
cross-field rules) and synthesizes one OpenTofu JSON stack per deployable unit into <out>/stacks/.`,
  options: {
    config: {
      type: "string",
      value: "<path>",
      help: "a CUE package folder with a `config` field, or a resolved config .json\n(default: schema/, the configuration shipped with the repository)",
    },
    out: {
      type: "string",
      value: "<dir>",
      help: "output folder, replaced whole only when synth succeeds (default: $CDKTF_OUTDIR or cdktf.out);\nit must be new, empty or an earlier synth's output: any other folder is refused, never emptied",
    },
    env: { type: "string", value: "<name>", multiple: true, help: "synthesize only this environment (repeatable; default: all)" },
  },
  exits: [
    [EXIT.INVALID, "invalid configuration"],
    [EXIT.FAILED, "anything else"],
  ],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMAND, argv);
  if (!parsed.ok) return parsed.code;
  const args = parsed.values;
  const started = Date.now();
  try {
    const source = args.config ? path.resolve(args.config) : DEFAULT_CONFIG;
    const config = loadConfig(source);
    const unknown = (args.env ?? []).filter((e) => !(e in config.environments));
    if (unknown.length > 0) {
      console.error(`synth: --env ${unknown.join(", ")}: no such environment; known: ${Object.keys(config.environments).join(", ")}`);
      return EXIT.USAGE;
    }
    const outdir = args.out ?? process.env.CDKTF_OUTDIR ?? "cdktf.out";
    const stacks = synthesize(config, {
      outdir,
      environments: args.env,
      workerScript: bundleWorker(),
      workerServiceScripts: bundleWorkerServices(config, args.env),
    });
    console.log(`synthesized ${stacks.length} stacks into ${outdir}/stacks in ${Date.now() - started} ms: ${stacks.join(", ")}`);
    if (source === DEFAULT_CONFIG && !args.env) console.log(`updated ${(await writeArtifacts(config)).join(", ")}`);
    return EXIT.OK;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return EXIT.INVALID;
    }
    if (error instanceof OutputFolderError) {
      console.error(`synth: ${error.message}`);
      return EXIT.USAGE;
    }
    console.error(`synth failed: ${(error as Error).message}`);
    return EXIT.FAILED;
  }
}

if (require.main === module) runMain(main);
