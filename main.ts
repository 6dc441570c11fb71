// Synthesizes every stack of the configuration into cdktf.out/: `npm run synth` (or `cdktf synth`,
// which runs this file through cdktf.json's `app`). Run with --help for the options.
import "./scripts/no-source-maps";
import * as path from "path";
import { parseArgs } from "util";
import { DEFAULT_CONFIG, loadConfig } from "./schema/load";
import { ConfigError } from "./schema/problems";
import { writeArtifacts } from "./stacks/artifacts";
import { OutputFolderError } from "./stacks/output-folder";
import { synthesize } from "./stacks/synth";

export const EXIT_USAGE = 2;
export const EXIT_INVALID_CONFIG = 3;

const HELP = `usage: npm run synth -- [--config <dir|file.json>] [--out <dir>] [--env <name>]...

Validates the configuration (cue export, then ajv against the JSON Schema exported from schema/, then the
cross-field rules) and synthesizes one OpenTofu JSON stack per deployable unit into <out>/stacks/.

  --config <path>  a CUE package folder with a \`config\` field, or a resolved config .json
                   (default: schema/, the configuration shipped with the repository)
  --out <dir>      output folder, replaced whole only when synth succeeds (default: $CDKTF_OUTDIR or cdktf.out);
                   it must be new, empty or an earlier synth's output: any other folder is refused, never emptied
  --env <name>     synthesize only this environment (repeatable; default: all)
  -h, --help       show this help

exit codes: 0 ok, ${EXIT_USAGE} bad arguments, ${EXIT_INVALID_CONFIG} invalid configuration, 1 anything else`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        config: { type: "string" },
        out: { type: "string" },
        env: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`synth: ${(error as Error).message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const started = Date.now();
  try {
    const source = args.config ? path.resolve(args.config) : DEFAULT_CONFIG;
    const config = loadConfig(source);
    const unknown = (args.env ?? []).filter((e) => !(e in config.environments));
    if (unknown.length > 0) {
      console.error(`synth: --env ${unknown.join(", ")}: no such environment; known: ${Object.keys(config.environments).join(", ")}`);
      return EXIT_USAGE;
    }
    const outdir = args.out ?? process.env.CDKTF_OUTDIR ?? "cdktf.out";
    const stacks = synthesize(config, { outdir, environments: args.env });
    console.log(`synthesized ${stacks.length} stacks into ${outdir}/stacks in ${Date.now() - started} ms: ${stacks.join(", ")}`);
    if (source === DEFAULT_CONFIG && !args.env) console.log(`updated ${(await writeArtifacts(config)).join(", ")}`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return EXIT_INVALID_CONFIG;
    }
    if (error instanceof OutputFolderError) {
      console.error(`synth: ${error.message}`);
      return EXIT_USAGE;
    }
    console.error(`synth failed: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
