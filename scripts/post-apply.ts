// The post-apply hook: writes the non-sensitive outputs of an applied stack back into the CUE
// configuration (schema/outputs/<stack>.cue), where stacks read them (schema/outputs.ts). Run with --help.
import { existsSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { ROOT } from "../schema/cue";
import { OutputsError, writeStackOutputs, WriteOutputsResult } from "./tofu/outputs";
import { runTofu, tofuError } from "./tofu/run";

export const EXIT_USAGE = 2;
export const EXIT_BAD_INPUT = 3;
export const EXIT_REJECTED = 4;

const HELP = `usage: npx tsx scripts/post-apply.ts <env> <stack> [--stacks-dir <dir>] [--from-json <file>] [--root <dir>]

Reads \`tofu output -json\` of an applied stack (run in <stacks-dir>/<stack>) and writes its non-sensitive
outputs, exactly (every name, string and digit), to <root>/schema/outputs/<stack>.cue (the zone stack:
<env>-zone.cue), once \`cue vet -c ./schema\` and the synth's loader (cue export, ajv, rules) accept the
whole configuration with them: the file is replaced only by a candidate they accepted, so the previous file stays
until then. Sensitive outputs are left out and named. \`npm run deploy\` runs this after every apply.

  --stacks-dir <dir>  where the synthesized stacks are (default: cdktf.out/stacks)
  --from-json <file>  read this file instead of running tofu
  --root <dir>        the repository whose schema/ is updated (default: this checkout)
  -h, --help          show this help

exit codes: 0 written, ${EXIT_USAGE} bad arguments, ${EXIT_BAD_INPUT} bad input (nothing written),
${EXIT_REJECTED} cue rejected the result (previous file kept), 1 tofu failed`;

export interface PostApplyOptions {
  readonly env: string;
  readonly stack: string;
  /** The repository root (default: this checkout). */
  readonly root?: string;
  /** Where the stack folders are (default: cdktf.out/stacks). */
  readonly stacksDir?: string;
  /** A file holding `tofu output -json`; tofu is not run when given. */
  readonly fromJson?: string;
  /** The environments' stacks, when the caller already read them from the configuration. */
  readonly stacks?: Readonly<Record<string, readonly string[]>>;
}

/** Reads the stack's outputs (from tofu or a file) and writes them; throws OutputsError or Error. */
export function postApply(options: PostApplyOptions): WriteOutputsResult {
  const root = path.resolve(options.root ?? ROOT);
  let json: string;
  let source: string;
  if (options.fromJson) {
    source = options.fromJson;
    if (!existsSync(source) || !statSync(source).isFile()) throw new OutputsError("input", `--from-json ${source}: no such file`);
    json = readFileSync(source, "utf8");
  } else {
    const stackDir = path.resolve(options.stacksDir ?? path.join("cdktf.out", "stacks"), options.stack);
    if (!existsSync(stackDir)) {
      throw new OutputsError("input", `stack ${JSON.stringify(options.stack)}: no folder ${stackDir} (synthesize first, or pass --stacks-dir)`);
    }
    source = `tofu output -json (in ${path.relative(process.cwd(), stackDir) || "."})`;
    const result = runTofu(["output", "-json"], { cwd: stackDir });
    if (!result.ok) throw new Error(`${source} failed:\n${tofuError(result)}`);
    json = result.stdout;
  }
  return writeStackOutputs({ root, env: options.env, stack: options.stack, json, source, stacks: options.stacks });
}

/** One line per result, for the hook and for deploy. */
export function describeResult(stack: string, result: WriteOutputsResult, root: string): string[] {
  const shown = path.relative(root, result.file);
  const lines = [
    `${stack}: ${result.changed ? "wrote" : "unchanged"} ${shown} (${result.written.length > 0 ? result.written.join(", ") : "no outputs"})`,
  ];
  for (const name of result.sensitive) lines.push(`${stack}: left out sensitive output ${name}`);
  return lines;
}

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        "stacks-dir": { type: "string" },
        "from-json": { type: "string" },
        root: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`post-apply: ${(error as Error).message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (parsed.values.help) {
    console.log(HELP);
    return 0;
  }
  if (parsed.positionals.length !== 2) {
    console.error(`post-apply: expected <env> <stack>, got ${parsed.positionals.length} arguments\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (parsed.values["stacks-dir"] && parsed.values["from-json"]) {
    console.error(`post-apply: --stacks-dir and --from-json exclude each other\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const root = path.resolve(parsed.values.root ?? ROOT);
  if (!existsSync(path.join(root, "schema"))) {
    console.error(`post-apply: --root ${root}: no schema/ folder there`);
    return EXIT_USAGE;
  }
  const [env, stack] = parsed.positionals;
  try {
    const result = postApply({ env, stack, root, stacksDir: parsed.values["stacks-dir"], fromJson: parsed.values["from-json"] });
    for (const line of describeResult(stack, result, root)) console.log(line);
    return 0;
  } catch (error) {
    console.error(`post-apply: ${(error as Error).message}`);
    if (error instanceof OutputsError) return error.kind === "input" ? EXIT_BAD_INPUT : EXIT_REJECTED;
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
