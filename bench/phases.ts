// A wall-clock breakdown of one synth, phase by phase, complementing the sampled CPU profile
// (bench/profile.ts): it does what main.ts does, with a timestamp after each step, and requires the
// heavy dependencies one by one first so their load time is seen alone.
//   node --import tsx bench/phases.ts [--config <dir|file.json>] [--no-source-maps] [--json]
// Times are from process start (performance.timeOrigin), so node and tsx start-up is the first line.
import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const marks: Array<{ step: string; ms: number }> = [];
let last = 0;
function mark(step: string): void {
  const now = performance.now();
  marks.push({ step, ms: now - last });
  last = now;
}
mark("node + tsx start-up (until this file runs)");

const { values } = parseArgs({
  options: { config: { type: "string" }, json: { type: "boolean", default: false }, "no-source-maps": { type: "boolean", default: false } },
  strict: true,
});
// tsx turns on node's source-map support, so every Error.stack (cdktf captures one per token) and every
// loaded file's inline map is processed; --no-source-maps measures the synth without it.
if (values["no-source-maps"]) process.setSourceMapsEnabled(false);

// Required one by one on purpose, to time each.
require("constructs");
require("cdktf");
mark("require cdktf + constructs");
require("ajv/dist/2020");
require("ajv-formats");
mark("require ajv + ajv-formats");
require("esbuild");
mark("require esbuild");
const { DEFAULT_CONFIG, loadConfig } = require("../schema/load") as typeof import("../schema/load");
const { runCue } = require("../schema/cue") as typeof import("../schema/cue");
mark("require schema/ (load, rules, JSON Schema)");
const { buildApp } = require("../stacks/app") as typeof import("../stacks/app");
mark("require stacks/ + constructs/ (provider bindings they use)");
const { applyPolicy } = require("../constructs/policy") as typeof import("../constructs/policy");
mark("require constructs/policy");
const { bundleWorker } = require("../services/edge-worker/bundle") as typeof import("../services/edge-worker/bundle");

const source = values.config ? path.resolve(values.config) : DEFAULT_CONFIG;
if (source === DEFAULT_CONFIG) {
  runCue(["export", source, "-e", "config", "--out", "json"]);
  mark("cue export alone (the next step repeats it)");
}
const config = loadConfig(source);
mark("loadConfig (cue export or JSON read + ajv compile + validate + rules)");
const outdir = mkdtempSync(path.join(os.tmpdir(), "edge-iac-phases-"));
try {
  const workerScript = bundleWorker();
  mark("bundleWorker (esbuild, once per synth)");
  const app = buildApp(config, { outdir, workerScript });
  mark("buildApp (constructs)");
  applyPolicy(app);
  mark("applyPolicy (adds the aspect)");
  app.synth();
  mark("app.synth() (aspects, resolve, JSON, write)");
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
const total = marks.reduce((t, m) => t + m.ms, 0);
if (values.json) console.log(JSON.stringify({ marks, totalMs: total }));
else {
  for (const m of marks) console.log(`${m.ms.toFixed(0).padStart(6)} ms  ${m.step}`);
  console.log(`${total.toFixed(0).padStart(6)} ms  total (process start to synth done; exit not counted)`);
}
