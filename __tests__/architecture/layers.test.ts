// The dependency rule of the tree: the layers that make the synth (schema/, constructs/, stacks/,
// services/) never import the commands and tools above them (scripts/, tools/, bench/) nor main.ts.
// Imports are read by TypeScript's own scanner (ts.preProcessFile), so `import`, `export … from`,
// `import type`, `require()` and dynamic `import()` all count.
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const LOWER = ["schema", "constructs", "stacks", "services"];
const UPPER = ["scripts", "tools", "bench", "main.ts"];

/** Source files under `dir`, tests and node_modules left out (tests may import anything). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "__tests__" ? [] : sources(full);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The forbidden imports of one file's text: `<file> → <import>` for each relative import into an upper layer. */
function violations(file: string, text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map((ref) => ref.fileName)
    .filter((spec) => spec.startsWith("."))
    .filter((spec) => {
      const top = path.relative(ROOT, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
      return UPPER.some((upper) => top === upper || top === upper.replace(/\.ts$/, ""));
    })
    .map((spec) => `${path.relative(ROOT, file)} → ${spec}`);
}

describe("layers point down", () => {
  test("nothing under schema/, constructs/, stacks/ or services/ imports scripts/, tools/, bench/ or main.ts", () => {
    const files = LOWER.flatMap((dir) => sources(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => violations(file, readFileSync(file, "utf8")))).toEqual([]);
  });

  test("the rule sees every form of import (it would fail on one)", () => {
    const file = path.join(ROOT, "stacks", "example.ts");
    const text = [
      'import { writeFileAtomic } from "../scripts/atomic";',
      'import type { PagesCommand } from "../tools/generated-files";',
      'export { TARGETS } from "../bench/run";',
      'const cli = require("../scripts/cli");',
      'const later = import("../main");',
      'import { routeHost } from "../constructs/route-pattern";',
      'import { Construct } from "constructs";',
    ].join("\n");
    expect(violations(file, text)).toEqual([
      "stacks/example.ts → ../scripts/atomic",
      "stacks/example.ts → ../tools/generated-files",
      "stacks/example.ts → ../bench/run",
      "stacks/example.ts → ../scripts/cli",
      "stacks/example.ts → ../main",
    ]);
  });
});
