// The one command-line helper of every command (synth, deploy, post-apply, schema, stack-matrix, topology,
// slo, logs-query, bench): parsing on node:util parseArgs, one help layout, named exit codes
// (adr/adr-command-line.md).
import { parseArgs } from "node:util";

/**
 * The exit codes, by name, for every command. Each command's help lists the ones it uses; the numbers
 * stay what scripts and CI already read.
 */
export const EXIT = {
  OK: 0,
  /** Anything not named below: a tool that failed, generated files out of date (`--check`), a deploy not confirmed. */
  FAILED: 1,
  /** Bad arguments (or an output folder the command must not touch): nothing was done. */
  USAGE: 2,
  /** An invalid configuration or input, every problem named by its field and file: nothing was written. */
  INVALID: 3,
  /** deploy: tofu init or plan failed. */
  PLAN_FAILED: 4,
  /** post-apply: cue rejected the outputs; the previous file is kept. */
  REJECTED: 4,
  /** deploy: tofu apply failed. */
  APPLY_FAILED: 5,
  /** deploy: the post-apply hook failed after an apply. */
  POST_APPLY_FAILED: 6,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** One option: what node:util parseArgs takes, plus what the help says about it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** The placeholder the help shows after the flag, e.g. `<dir>`. String options only. */
  readonly value?: string;
  /** One or more lines of help. */
  readonly help: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** The prefix of every message: `synth`, `deploy`, … */
  readonly name: string;
  /** What follows `usage: `, e.g. `npm run synth -- [--config <dir|file.json>] [--out <dir>]`. */
  readonly usage: string;
  /** The paragraph(s) under the usage line. */
  readonly summary: string;
  readonly options: O;
  /** How many positional arguments the command takes; none unless given. */
  readonly positionals?: { readonly min: number; readonly max: number; readonly names: string };
  /** Lines after the options (notes, environment variables). */
  readonly notes?: string;
  /** The exit codes this command uses, besides 0 and 2, with what each means here. */
  readonly exits: ReadonlyArray<readonly [ExitCode, string]>;
}

type ValueOf<S extends OptionSpec> = S["type"] extends "boolean"
  ? S["multiple"] extends true
    ? boolean[] | undefined
    : boolean | undefined
  : S["multiple"] extends true
    ? string[] | undefined
    : string | undefined;

export type Values<O extends Record<string, OptionSpec>> = { -readonly [K in keyof O]: ValueOf<O[K]> };

/** Where a command writes; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const consoleIo: CliIo = { out: (text) => console.log(text), err: (text) => console.error(text) };

export type Parsed<O extends Record<string, OptionSpec>> =
  | { readonly ok: true; readonly values: Values<O>; readonly positionals: string[] }
  | { readonly ok: false; readonly code: ExitCode };

/** `--config`, as every command that reads a configuration takes it (read by schema/load.ts loadConfig). */
export const CONFIG_OPTION = {
  type: "string",
  value: "<path>",
  help: "a CUE package folder with a `config` field, or a resolved config .json (default: schema/)",
} as const satisfies OptionSpec;

/** `--check`, as every command that writes generated files takes it. */
export const CHECK_OPTION = { type: "boolean", help: "write nothing; exit 1 when the files on disk differ from a fresh render" } as const satisfies OptionSpec;

const HELP_OPTION: OptionSpec = { type: "boolean", short: "h", help: "show this help" };

/** The help text of a command: usage, summary, options, notes, exit codes; the same layout for all. */
export function helpText<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): string {
  const entries: Array<[string, OptionSpec]> = [...Object.entries(spec.options), ["help", HELP_OPTION]];
  const flags = entries.map(([name, option]) => {
    const short = option.short ? `-${option.short}, ` : "";
    const value = option.type === "string" ? ` ${option.value ?? "<value>"}` : "";
    return `${short}--${name}${value}`;
  });
  const width = Math.max(...flags.map((f) => f.length)) + 2;
  const options = entries.flatMap(([, option], i) => option.help.split("\n").map((line, j) => `  ${(j === 0 ? flags[i] : "").padEnd(width)}${line}`));
  const exits: Array<readonly [number, string]> = [[EXIT.OK, "ok"], [EXIT.USAGE, "bad arguments"], ...spec.exits];
  const codes = [...exits].sort((a, b) => a[0] - b[0]).map(([code, meaning]) => `${code} ${meaning}`);
  return [`usage: ${spec.usage}`, "", spec.summary, "", ...options, ...(spec.notes ? ["", spec.notes] : []), "", `exit codes: ${codes.join(", ")}`].join("\n");
}

/**
 * Parses `argv` by `spec`. `--help` prints the help and asks for exit 0; bad arguments (an unknown
 * option, a missing value, the wrong number of positionals) print `<name>: <problem>` and the help, and
 * ask for exit 2. Otherwise gives the values and positionals.
 */
export function parseCommand<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: readonly string[], io: CliIo = consoleIo): Parsed<O> {
  const options = Object.fromEntries(
    [...Object.entries(spec.options), ["help", HELP_OPTION] as const].map(([name, o]) => [
      name,
      { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: spec.positionals !== undefined });
  } catch (error) {
    return usageError(spec, (error as Error).message, io);
  }
  if (parsed.values.help) {
    io.out(helpText(spec));
    return { ok: false, code: EXIT.OK };
  }
  const count = parsed.positionals.length;
  const want = spec.positionals;
  if (want && (count < want.min || count > want.max)) {
    return usageError(spec, `expected ${want.names}, got ${count === 0 ? "none" : parsed.positionals.map((p) => JSON.stringify(p)).join(" ")}`, io);
  }
  const { help: _help, ...values } = parsed.values;
  return { ok: true, values: values as Values<O>, positionals: parsed.positionals };
}

/** Prints `<name>: <message>` and the help; the code to exit with. */
export function usageError<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  message: string,
  io: CliIo = consoleIo,
): { readonly ok: false; readonly code: ExitCode } {
  io.err(`${spec.name}: ${message}\n\n${helpText(spec)}`);
  return { ok: false, code: EXIT.USAGE };
}

/** Runs a command's `main` as the process's entry point: its exit code becomes the process's. */
export function runMain(main: (argv: string[]) => number | Promise<number>): void {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error) => {
        console.error((error as Error).stack ?? String(error));
        process.exitCode = EXIT.FAILED;
      },
    );
}
