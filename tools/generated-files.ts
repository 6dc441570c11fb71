// What the generated-docs commands (tools/topology.ts, tools/slo.ts) share: comparing what they would
// write with what is on disk, for --check, finding pages they no longer produce, and their command line.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import * as path from "node:path";
import type { Config } from "../schema/config.types";
import { ROOT } from "../schema/cue";
import { DEFAULT_CONFIG, loadConfig } from "../schema/load";
import { ConfigError } from "../schema/problems";
import { writeFileAtomic } from "../scripts/atomic";
import { CHECK_OPTION, CONFIG_OPTION, type CommandSpec, EXIT, type OptionSpec, parseCommand } from "../scripts/cli";

/** The files of `files` (absolute path → content) that are missing on disk or hold other content. */
export function differingFiles(files: Readonly<Record<string, string>>): string[] {
  return Object.entries(files)
    .filter(([file, content]) => !existsSync(file) || readFileSync(file, "utf8") !== content)
    .map(([file]) => file);
}

/** The files in `dir` whose name matches `pattern` and that are not among `current` (absolute paths). */
export function staleFiles(dir: string, current: readonly string[], pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .map((f) => path.join(dir, f))
    .filter((f) => !current.includes(f));
}

/** A command that renders pages from a configuration into one folder: tools/slo.ts, tools/topology.ts. */
export interface PagesCommand {
  /** The prefix of its messages, e.g. `slo`. */
  readonly name: string;
  /** The script, for its usage line and the out-of-date hint, e.g. `tools/slo.ts`. */
  readonly script: string;
  /** The folder the pages go to by default, relative to the repository. */
  readonly dir: string;
  /** The names of the files it owns in that folder: others there are never removed. */
  readonly pattern: RegExp;
  /** What the pages show, for the help. */
  readonly what: string;
  /** The pages (file name → content) of a configuration read from `source` (undefined: the default config). */
  readonly render: (config: Config, source: string | undefined) => Record<string, string> | Promise<Record<string, string>>;
}

/**
 * The command line of a pages command: `[--config <path>] [--out <dir>] [--check]`. Writes every page
 * atomically and removes the pages of environments that are gone; with --check writes nothing and exits
 * 1 naming what is out of date.
 */
export function pagesMain(command: PagesCommand): (argv: string[]) => Promise<number> {
  const spec = {
    name: command.name,
    usage: `npx tsx ${command.script} [--config <dir|file.json>] [--out <dir>] [--check]`,
    summary: `Writes ${command.what} into ${command.dir}/ for every environment, and removes the pages of
environments that are gone.`,
    options: {
      config: CONFIG_OPTION,
      out: { type: "string", value: "<dir>", help: `where to write the pages (default: ${command.dir}/ in the repository)` },
      check: CHECK_OPTION,
    },
    exits: [
      [EXIT.FAILED, "out of date (--check) or anything else"],
      [EXIT.INVALID, "invalid configuration"],
    ],
  } as const satisfies CommandSpec<Record<string, OptionSpec>>;

  return async (argv) => {
    const parsed = parseCommand(spec, argv);
    if (!parsed.ok) return parsed.code;
    const args = parsed.values;
    try {
      const started = Date.now();
      const config = loadConfig(args.config ? path.resolve(args.config) : DEFAULT_CONFIG);
      const outDir = path.resolve(args.out ?? path.join(ROOT, command.dir));
      const rendered = await command.render(config, configSource(args.config));
      const pages = Object.fromEntries(Object.entries(rendered).map(([file, content]) => [path.join(outDir, path.basename(file)), content]));
      const stale = staleFiles(outDir, Object.keys(pages), command.pattern);
      const shown = (file: string) => path.relative(process.cwd(), file).split(path.sep).join("/");
      if (args.check) {
        const differ = differingFiles(pages);
        if (differ.length + stale.length === 0) return EXIT.OK;
        console.error(`${command.name}: out of date: ${[...differ, ...stale].map(shown).join(", ")}; run npx tsx ${command.script} (or npm run synth)`);
        return EXIT.FAILED;
      }
      for (const [file, content] of Object.entries(pages)) writeFileAtomic(file, content);
      for (const file of stale) rmSync(file);
      const removed = stale.length > 0 ? `; removed ${stale.map(shown).join(", ")}` : "";
      console.log(`wrote ${Object.keys(pages).map(shown).join(", ")}${removed} in ${Date.now() - started} ms`);
      return EXIT.OK;
    } catch (error) {
      console.error(error instanceof ConfigError ? error.message : `${command.name}: ${(error as Error).message}`);
      return error instanceof ConfigError ? EXIT.INVALID : EXIT.FAILED;
    }
  };
}

/** --config as the pages name it: relative to the repository when inside it; undefined for the default config. */
function configSource(config: string | undefined): string | undefined {
  if (config === undefined || path.resolve(config) === DEFAULT_CONFIG) return undefined;
  const relative = path.relative(ROOT, path.resolve(config));
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(config) : relative;
}
