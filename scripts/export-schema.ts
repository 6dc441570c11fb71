// Regenerates schema/config.schema.json, schema/config.resolved.schema.json and schema/config.types.ts
// from the CUE definitions. Run after changing any #Definition: `npm run schema`.
// `--check` writes nothing and exits 1 naming every stale file; `--root <dir>` works on another checkout.
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../schema/cue";
import { renderSchemaFiles } from "../schema/generate";
import { writeFileAtomic } from "./atomic";
import { type CommandSpec, EXIT, type OptionSpec, parseCommand, runMain } from "./cli";

const COMMAND = {
  name: "export-schema",
  usage: "npm run schema -- [--check] [--root <dir>]",
  summary: `Regenerates schema/config.schema.json (cue def --out jsonschema -e '#Config'), its resolved variant,
the TypeScript types and the precompiled ajv validator from the CUE definitions in schema/.`,
  options: {
    check: { type: "boolean", help: "write nothing; exit 1 naming every stale file" },
    root: { type: "string", value: "<dir>", help: "work on another checkout (default: this one)" },
  },
  exits: [[EXIT.FAILED, "stale files (--check) or cue failed"]],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMAND, argv);
  if (!parsed.ok) return parsed.code;
  const values = parsed.values;
  const root = path.resolve(values.root ?? ROOT);
  const files = await renderSchemaFiles(root);
  const stale = Object.entries(files).filter(([file, content]) => {
    const target = path.join(root, file);
    return !existsSync(target) || readFileSync(target, "utf8") !== content;
  });
  if (values.check) {
    for (const [file] of stale) console.error(`${file} is stale: run \`npm run schema\` and commit the result`);
    return stale.length === 0 ? EXIT.OK : EXIT.FAILED;
  }
  for (const [file, content] of stale) {
    writeFileAtomic(path.join(root, file), content);
    console.log(`wrote ${file}`);
  }
  if (stale.length === 0) console.log("schema files are up to date");
  return EXIT.OK;
}

if (require.main === module) runMain(main);
