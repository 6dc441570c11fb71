#!/usr/bin/env node
// Runs the synth (main.ts) from a bundle: what `npm run synth` and cdktf.json's `app` run.
//
// main.ts and the repository code it imports are bundled by esbuild into .cache/synth/main.cjs (packages
// stay in node_modules), rebuilt only when one of its source files is newer than the bundle. Node then
// loads one file instead of starting tsx and transforming ~100 TypeScript files: a third of a default
// synth's wall time (bench/run.ts measures it). `__dirname` keeps meaning each source file's folder.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, ".cache", "synth");
const BUNDLE = path.join(OUT_DIR, "main.cjs");
const INPUTS = path.join(OUT_DIR, "inputs.json");

/** Whether the bundle is missing or older than any file it was built from. */
function stale() {
  let built;
  let inputs;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(INPUTS, "utf8"));
  } catch {
    return true;
  }
  return inputs.some((file) => {
    try {
      return fs.statSync(path.join(ROOT, file)).mtimeMs > built;
    } catch {
      return true; // a source file was removed or renamed
    }
  });
}

/** Gives every repository source file that mentions __dirname its own folder as __dirname. */
const sourceDirname = {
  name: "source-dirname",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = fs.readFileSync(args.path, "utf8");
      if (!source.includes("__dirname")) return undefined;
      return { contents: `var __dirname = ${JSON.stringify(path.dirname(args.path))};\n${source}`, loader: "ts" };
    });
  },
};

async function build() {
  const esbuild = require("esbuild");
  fs.mkdirSync(OUT_DIR, { recursive: true });
  // Written under temporary names, then renamed: a concurrent synth never loads half a bundle.
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile: tmp,
    metafile: true,
    plugins: [sourceDirname],
    logLevel: "error",
  });
  const inputs = Object.keys(result.metafile.inputs).map((file) => path.relative(ROOT, path.resolve(process.cwd(), file)));
  fs.writeFileSync(`${INPUTS}.${process.pid}.tmp`, JSON.stringify(inputs));
  fs.renameSync(tmp, BUNDLE);
  fs.renameSync(`${INPUTS}.${process.pid}.tmp`, INPUTS);
}

async function run() {
  if (stale()) await build();
  const { main } = require(BUNDLE);
  process.exitCode = await main(process.argv.slice(2));
}

run().catch((error) => {
  console.error(`synth: ${error?.stack ? error.stack : error}`);
  process.exitCode = 1;
});
