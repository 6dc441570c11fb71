// Regenerates schema/config.schema.json, schema/config.resolved.schema.json and schema/config.types.ts
// from the CUE definitions. Run after changing any #Definition: `npm run schema`.
// `--check` writes nothing and exits 1 naming every stale file; `--root <dir>` works on another checkout.
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { ROOT } from "../schema/cue";
import { renderSchemaFiles } from "../schema/generate";
import { writeFileAtomic } from "./atomic";

const HELP = `usage: npm run schema -- [--check] [--root <dir>]

Regenerates schema/config.schema.json (cue def --out jsonschema -e '#Config'), its resolved variant,
the TypeScript types and the precompiled ajv validator from the CUE definitions in schema/.

  --check       write nothing; exit 1 naming every stale file
  --root <dir>  work on another checkout (default: this one)
  -h, --help    show this help

exit codes: 0 ok, 1 stale files (--check), 2 bad arguments or cue failed`;

async function run(): Promise<number> {
  let values;
  try {
    values = parseArgs({ options: { check: { type: "boolean" }, root: { type: "string" }, help: { type: "boolean", short: "h" } }, strict: true }).values;
  } catch (error) {
    console.error(`export-schema: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const root = path.resolve(values.root ?? ROOT);
  const files = await renderSchemaFiles(root);
  const stale = Object.entries(files).filter(([file, content]) => {
    const target = path.join(root, file);
    return !existsSync(target) || readFileSync(target, "utf8") !== content;
  });
  if (values.check) {
    for (const [file] of stale) console.error(`${file} is stale: run \`npm run schema\` and commit the result`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const [file, content] of stale) {
    writeFileAtomic(path.join(root, file), content);
    console.log(`wrote ${file}`);
  }
  if (stale.length === 0) console.log("schema files are up to date");
  return 0;
}

run().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`export-schema: ${error.message}`);
    process.exitCode = 2;
  },
);
