// Where a synth's time goes: runs main.ts once under `node --cpu-prof --import tsx` and summarizes the
// V8 CPU profile: self time by function and by module (package, or repository folder), and the time
// spent inside the pipeline's phases. `tsx bench/profile.ts [--nodes N] [--keep <dir>] [--top K]`.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { ROOT, runCue } from "../schema/cue";
import { writeGeneratedConfig } from "./generate";
import { childEnv } from "./measure";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

/** The .cpuprofile format written by --cpu-prof (Chrome DevTools protocol Profiler.Profile). */
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * Functions whose inclusive time marks a phase of the pipeline: any sample with the function (from a
 * file whose url contains `file`) on its stack. Phases nest (runCue is inside loadConfig), so they do not
 * add up.
 */
export const PHASES: ReadonlyArray<{ readonly fn: string; readonly file?: string; readonly label: string }> = [
  { fn: "loadConfig", label: "loadConfig (cue export + ajv + rules)" },
  { fn: "runCue", label: "  cue export (child process)" },
  { fn: "validate", file: "schema/load", label: "  ajv compile (first call)" },
  { fn: "checkRules", label: "  cross-field rules" },
  { fn: "buildApp", label: "buildApp (constructs)" },
  { fn: "bundleWorker", label: "  esbuild bundle of the Worker" },
  { fn: "applyPolicy", label: "applyPolicy" },
  { fn: "synth", file: "cdktf/lib/app", label: "app.synth()" },
  { fn: "prepareStack", label: "  cdktf prepareStack: resolve pass 1 of 3" },
  { fn: "evaluateStacks", label: "  policy aspect: stack.toTerraform() (resolve pass 2) + rules" },
  { fn: "synthesize", file: "cdktf/lib/synthesize", label: "  cdktf synthesizer: toTerraform() (resolve pass 3) + JSON + write" },
  { fn: "captureStackTrace", file: "cdktf/lib", label: "cdktf captureStackTrace (every Token/Lazy records its creation stack)" },
  { fn: "prepareStackTrace", label: "  node prepareStackTrace (source-mapped frames: tsx enables source maps)" },
];

/** A module name for a script url: the npm package, the repository folder, or node's internals. */
export function moduleOf(url: string, root: string = ROOT): string {
  if (!url) return "(native / V8)";
  const file = url.replace(/^file:\/\//, "");
  const nm = file.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = file.slice(nm + "/node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith("node:")) {
    if (/^node:internal\/(modules|vm)/.test(url)) return "node: module loader";
    if (/^node:(internal\/)?(fs|child_process)/.test(url)) return "node: fs / child_process";
    return "node: other";
  }
  if (file.startsWith(`${root}/`)) return `repo: ${path.relative(root, file).split("/")[0]}/`;
  return file;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly selfByFunction: Array<{ name: string; ms: number }>;
  readonly selfByModule: Array<{ module: string; ms: number }>;
  readonly phases: Array<{ phase: string; ms: number }>;
  /** Time with a provider binding's module being compiled or run on the stack: loading the bindings. */
  readonly providerLoadMs: number;
}

export function summarizeProfile(profile: CpuProfile, top = 25, root: string = ROOT): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const selfFn = new Map<string, number>();
  const selfMod = new Map<string, number>();
  const phase = new Map<number, number>();
  let providerLoad = 0;
  let total = 0;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time since the previous sample; it is this sample's share of the run.
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const node = byId.get(id)!;
    const f = node.callFrame;
    const where = f.url ? `${moduleOf(f.url, root)} ${path.basename(f.url)}:${f.lineNumber + 1}` : "";
    add(selfFn, `${f.functionName || "(anonymous)"} ${where}`.trim(), ms);
    add(selfMod, moduleOf(f.url, root), ms);
    const seen = new Set<number>();
    let loadingProvider = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      PHASES.forEach((p, k) => {
        if (frame.functionName === p.fn && (!p.file || frame.url.includes(p.file))) seen.add(k);
      });
      // A provider file's top-level code (functionName "") runs only while it is being required.
      if (frame.functionName === "" && /\/@cdktf\/provider-[^/]+\/lib\//.test(frame.url)) loadingProvider = true;
    }
    for (const k of seen) phase.set(k, (phase.get(k) ?? 0) + ms);
    if (loadingProvider) providerLoad += ms;
  });

  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total,
    selfByFunction: sorted(selfFn)
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms })),
    selfByModule: sorted(selfMod)
      .slice(0, top)
      .map(([module, ms]) => ({ module, ms })),
    phases: PHASES.map((p, k) => ({ phase: p.label, ms: phase.get(k) ?? 0 })),
    providerLoadMs: providerLoad,
  };
}

function render(title: string, s: ProfileSummary): string {
  const pct = (ms: number) => `${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / s.totalMs).toFixed(1).padStart(5)}%`;
  return [
    `== ${title}: ${s.totalMs.toFixed(0)} ms profiled (main thread, from V8 start to exit)`,
    "phases (inclusive):",
    ...s.phases.map((p) => `  ${pct(p.ms)}  ${p.phase}`),
    `  ${pct(s.providerLoadMs)}  loading provider bindings (a @cdktf/provider-* file's top level on the stack)`,
    "self time by module:",
    ...s.selfByModule.map((m) => `  ${pct(m.ms)}  ${m.module}`),
    "self time by function:",
    ...s.selfByFunction.map((f) => `  ${pct(f.ms)}  ${f.name}`),
  ].join("\n");
}

/** Profiles one synth of `configArgs`; returns the parsed profile. */
export function profileSynth(configArgs: readonly string[], work: string): CpuProfile {
  const dir = path.join(work, `prof-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const result = spawnSync(
    process.execPath,
    ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "500", "--import", "tsx", "main.ts", ...configArgs, "--out", path.join(work, "out")],
    { cwd: ROOT, env: childEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (result.status !== 0) throw new Error(`profiled synth failed:\n${result.stdout}\n${result.stderr}`);
  // One file per thread, CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread;
  // node 20 runs tsx's loader hooks on a worker thread of their own, mostly idle waiting for requests.
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .sort();
  const main = files.find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f)) ?? files[0];
  if (!main) throw new Error(`node wrote no .cpuprofile into ${dir}`);
  return JSON.parse(readFileSync(path.join(dir, main), "utf8")) as CpuProfile;
}

function cli(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { nodes: { type: "string", default: "100" }, top: { type: "string", default: "20" }, keep: { type: "string" } },
    strict: true,
  });
  const work = values.keep ? path.resolve(values.keep) : mkdtempSync(path.join(os.tmpdir(), "edge-iac-profile-"));
  mkdirSync(work, { recursive: true });
  try {
    const exported = runCue(["export", "./schema", "-e", "config", "--out", "json"]);
    if (!exported.ok) throw new Error(exported.stderr);
    // Every environment named, as bench/run.ts does: the same synth, without rewriting tracked artifacts.
    const envs = Object.keys(JSON.parse(exported.stdout).environments as object).flatMap((e) => ["--env", e]);
    const nodes = Number(values.nodes);
    const file = writeGeneratedConfig(path.join(work, `config-${nodes}.json`), { nodes });
    const top = Number(values.top);
    // One unprofiled run first, so tsx's transform cache is warm as in the benchmark.
    profileSynth(envs, work);
    console.log(render("default config (schema/)", summarizeProfile(profileSynth(envs, work), top)));
    console.log();
    console.log(render(`${nodes} nodes / ${nodes * 5} services`, summarizeProfile(profileSynth(["--config", file], work), top)));
    if (values.keep) console.log(`\nprofiles kept under ${work}/prof-*/ (open them in Chrome DevTools or speedscope)`);
    return 0;
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) process.exitCode = cli(process.argv.slice(2));
