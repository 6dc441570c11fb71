// Regenerates schema/config.schema.json, schema/config.resolved.schema.json and schema/config.types.ts
// from the CUE definitions. Run after changing any #Definition: `npm run schema`.
// `--check` writes nothing and exits 1 naming every stale file; `--root <dir>` works on another checkout.
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { ROOT } from "../schema/cue";
import { renderSchemaFiles } from "../schema/generate";
import { writeFileAtomic } from "./atomic";

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: "boolean" }, root: { type: "string" } }, strict: true });
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
