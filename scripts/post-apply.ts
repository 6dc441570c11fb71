// The post-apply hook: writes the non-sensitive outputs of an applied stack back into the CUE
// configuration (schema/outputs/<stack>.cue), where stacks read them (schema/outputs.ts). Run with --help.
import { existsSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../schema/cue";
import { type CommandSpec, EXIT, type OptionSpec, parseCommand, runMain, usageError } from "./cli";
import { OutputsError, type WriteOutputsResult, writeStackOutputs } from "./tofu/outputs";
import { runTofu, tofuError } from "./tofu/run";

const COMMAND = {
  name: "post-apply",
  usage: "npx tsx scripts/post-apply.ts <env> <stack> [--stacks-dir <dir>] [--from-json <file>] [--root <dir>]",
  summary: `Reads \`tofu output -json\` of an applied stack (run in <stacks-dir>/<stack>) and writes its non-sensitive
outputs, exactly (every name, string and digit), to <root>/schema/outputs/<stack>.cue (the zone stack:
<env>-zone.cue), once \`cue vet -c ./schema\` and the synth's loader (cue export, ajv, rules) accept the
whole configuration with them: the file is replaced only by a candidate they accepted, so the previous
file stays until then. Sensitive outputs are left out and named. \`npm run deploy\` runs this after every apply.`,
  options: {
    "stacks-dir": { type: "string", value: "<dir>", help: "where the synthesized stacks are (default: cdktf.out/stacks)" },
    "from-json": { type: "string", value: "<file>", help: "read this file instead of running tofu" },
    root: { type: "string", value: "<dir>", help: "the repository whose schema/ is updated (default: this checkout)" },
  },
  positionals: { min: 2, max: 2, names: "<env> <stack>" },
  exits: [
    [EXIT.FAILED, "tofu failed"],
    [EXIT.INVALID, "bad input (nothing written)"],
    [EXIT.REJECTED, "cue rejected the result (previous file kept)"],
  ],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

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
  const lines = [`${stack}: ${result.changed ? "wrote" : "unchanged"} ${shown} (${result.written.length > 0 ? result.written.join(", ") : "no outputs"})`];
  for (const name of result.sensitive) lines.push(`${stack}: left out sensitive output ${name}`);
  return lines;
}

export function main(argv: string[]): number {
  const parsed = parseCommand(COMMAND, argv);
  if (!parsed.ok) return parsed.code;
  const args = parsed.values;
  if (args["stacks-dir"] && args["from-json"]) return usageError(COMMAND, "--stacks-dir and --from-json exclude each other").code;
  const root = path.resolve(args.root ?? ROOT);
  if (!existsSync(path.join(root, "schema"))) {
    console.error(`post-apply: --root ${root}: no schema/ folder there`);
    return EXIT.USAGE;
  }
  const [env, stack] = parsed.positionals;
  try {
    const result = postApply({ env, stack, root, stacksDir: args["stacks-dir"], fromJson: args["from-json"] });
    for (const line of describeResult(stack, result, root)) console.log(line);
    return EXIT.OK;
  } catch (error) {
    console.error(`post-apply: ${(error as Error).message}`);
    if (error instanceof OutputsError) return error.kind === "input" ? EXIT.INVALID : EXIT.REJECTED;
    return EXIT.FAILED;
  }
}

if (require.main === module) runMain(main);
