// The synth benchmark of issue "Performance and scale": `npm run bench -- [options]`. Run with --help.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT, runCue } from "../schema/cue";
import { type CommandSpec, EXIT, type OptionSpec, parseCommand, runMain } from "../scripts/cli";
import { prepareConventional } from "./conventional/prepare";
import { cueVet, writeGeneratedConfig } from "./generate";
import { type Command, checkGnuTime, childEnv, measure, median, type Sample } from "./measure";

const COMMAND = {
  name: "bench",
  usage: "npm run bench -- [--runs N] [--sizes 10,50,100] [--skip-conventional] [--skip-suite] [--json]",
  summary: `Times cold synth processes (node scripts/synth.cjs, what \`npm run synth\` runs after its setup step) of the default
config and of generated configs of N AWS nodes x 5 services, each --runs times after one warm-up, runs
interleaved so background load spreads evenly; then the same default config synthesized the conventional
way (cdktf synth + ts-node, provider classes imported from the package roots); then the unit suite once.`,
  options: {
    runs: { type: "string", value: "N", help: "measured runs per case (default 5)" },
    sizes: { type: "string", value: "a,b,c", help: "generated config sizes in nodes (default 10,50,100)" },
    "skip-conventional": { type: "boolean", help: "leave out the conventional synth (about 30 s a run)" },
    "skip-suite": { type: "boolean", help: "leave out the jest unit suite" },
    json: { type: "boolean", help: "print one JSON document instead of the table" },
  },
  notes: `Wall time is measured here (monotonic clock); CPU (user + sys) and peak RSS come from GNU time
(/usr/bin/time), whose peak RSS is that of the largest single process of the child's tree.`,
  exits: [[EXIT.FAILED, "a run failed (a missed target is reported in the table, not by the exit code)"]],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

/** The targets of the issue. */
export const TARGETS = {
  defaultWallMs: 1000,
  defaultRssMb: 200,
  conventionalRatio: 5,
  largestWallMs: 3000,
  largestNodes: 100,
  /** A per-node slope more than this much above the previous interval's is flagged super-linear. */
  superLinearTolerance: 1.25,
} as const;

const SERVICES_PER_NODE = 5;
/** What `npm run synth` runs after its setup step (package.json): main.ts from its esbuild bundle. */
const SYNTH = { cmd: process.execPath, args: ["scripts/synth.cjs"] };
const CDKTF = path.join(ROOT, "node_modules", ".bin", "cdktf");
const JEST = path.join(ROOT, "node_modules", ".bin", "jest");

interface Case {
  readonly id: string;
  readonly label: string;
  readonly nodes?: number;
  readonly services?: number;
  readonly command: Command;
  /** Stacks the run synthesized, read from its output. */
  stacks(sample: Sample): number;
  readonly samples: Sample[];
}

interface Summary {
  readonly id: string;
  readonly label: string;
  readonly nodes?: number;
  readonly services?: number;
  readonly stacks: number;
  readonly runs: number;
  readonly wallMs: { readonly median: number; readonly min: number; readonly max: number };
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly samples: ReadonlyArray<{ wallMs: number; cpuMs: number; peakRssMb: number }>;
}

interface Target {
  readonly name: string;
  readonly value: string;
  readonly pass: boolean;
}

function mb(kb: number): number {
  return kb / 1024;
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function synthStacks(sample: Sample): number {
  const m = sample.stdout.match(/synthesized (\d+) stacks/);
  if (!m) throw new Error(`main.ts printed no "synthesized N stacks" line:\n${sample.stdout}`);
  return Number(m[1]);
}

function progress(json: boolean, message: string): void {
  // Progress goes to stderr so that --json keeps stdout a single document.
  if (!json || process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

function summarize(c: Case): Summary {
  const walls = c.samples.map((s) => s.wallMs);
  return {
    id: c.id,
    label: c.label,
    nodes: c.nodes,
    services: c.services,
    stacks: c.stacks(c.samples[0]),
    runs: c.samples.length,
    wallMs: { median: median(walls), min: Math.min(...walls), max: Math.max(...walls) },
    cpuMs: median(c.samples.map((s) => s.cpuMs)),
    peakRssMb: mb(median(c.samples.map((s) => s.peakRssKb))),
    samples: c.samples.map((s) => ({ wallMs: round(s.wallMs), cpuMs: round(s.cpuMs), peakRssMb: round(mb(s.peakRssKb)) })),
  };
}

/** Every file under `a` has the same bytes under `b`, and the other way round. */
function sameTree(a: string, b: string): boolean {
  const list = (dir: string, prefix = ""): string[] =>
    readdirSync(dir).flatMap((e) => (statSync(path.join(dir, e)).isDirectory() ? list(path.join(dir, e), `${prefix}${e}/`) : [`${prefix}${e}`]));
  const left = list(a).sort();
  const right = list(b).sort();
  return left.length === right.length && left.every((f, i) => f === right[i] && readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
}

function runSuite(): { wallMs: number; passed: number; failed: number; suitesFailed: number; ok: boolean } {
  const report = path.join(os.tmpdir(), `edge-iac-bench-jest-${process.pid}.json`);
  const started = process.hrtime.bigint();
  // jest.config.js's projects but the tofu tier.
  const result = spawnSync(JEST, ["--json", "--outputFile", report, "--selectProjects", "unit", "integration"], {
    cwd: ROOT,
    env: childEnv(),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  try {
    const r = JSON.parse(readFileSync(report, "utf8"));
    return { wallMs, passed: r.numPassedTests, failed: r.numFailedTests, suitesFailed: r.numFailedTestSuites, ok: result.status === 0 };
  } catch {
    return { wallMs, passed: 0, failed: 0, suitesFailed: 0, ok: false };
  } finally {
    rmSync(report, { force: true });
  }
}

export function main(argv: string[]): number {
  const parsed = parseCommand(COMMAND, argv);
  if (!parsed.ok) return parsed.code;
  const args = parsed.values;
  const runs = Number(args.runs ?? "5");
  const sizes = (args.sizes ?? "10,50,100").split(",").filter(Boolean).map(Number);
  const bad = [
    ...(!Number.isInteger(runs) || runs < 1 ? [`--runs must be a positive integer, got ${JSON.stringify(args.runs)}`] : []),
    ...(sizes.some((n) => !Number.isInteger(n) || n < 1) ? [`--sizes must be positive integers separated by commas, got ${JSON.stringify(args.sizes)}`] : []),
  ];
  if (bad.length > 0) {
    console.error(`bench: ${bad.join("; ")}`);
    return EXIT.USAGE;
  }
  sizes.sort((a, b) => a - b);
  const json = args.json ?? false;
  checkGnuTime();

  const work = mkdtempSync(path.join(os.tmpdir(), "edge-iac-bench-"));
  try {
    const exported = runCue(["export", "./schema", "-e", "config", "--out", "json"]);
    if (!exported.ok) throw new Error(`cue export of the default config failed:\n${exported.stderr}`);
    const envs = Object.keys(JSON.parse(exported.stdout).environments as object);

    // --env with every environment synthesizes exactly what a bare `main.ts` run does, but skips
    // writing the repository's generated artifacts (wrangler.toml, nix/config.json): a benchmark must not
    // touch tracked files. That write is a few milliseconds.
    const ours = (id: string, label: string, configArgs: string[], nodes?: number): Case => ({
      id,
      label,
      nodes,
      services: nodes === undefined ? undefined : nodes * SERVICES_PER_NODE,
      command: { cmd: SYNTH.cmd, args: [...SYNTH.args, ...configArgs, "--out", path.join(work, `out-${id}`)], cwd: ROOT },
      stacks: synthStacks,
      samples: [],
    });
    const cases: Case[] = [
      ours(
        "default",
        "default (schema/)",
        envs.flatMap((e) => ["--env", e]),
      ),
    ];
    for (const n of sizes) {
      const file = writeGeneratedConfig(path.join(work, `config-${n}.json`), { nodes: n, servicesPerNode: SERVICES_PER_NODE });
      const vet = cueVet(file);
      if (!vet.ok) throw new Error(`the generated ${n}-node config fails cue vet:\n${vet.report}`);
      cases.push(ours(`nodes-${n}`, `${n} nodes / ${n * SERVICES_PER_NODE} services`, ["--config", file], n));
    }
    let conventionalOut: string | undefined;
    if (!args["skip-conventional"]) {
      const project = prepareConventional(path.join(work, "conventional"));
      conventionalOut = project.outdir;
      cases.push({
        id: "conventional",
        label: "conventional default (cdktf synth, ts-node, root imports)",
        // CHECKPOINT_DISABLE: no version check over the network, which would only add noise.
        command: { cmd: CDKTF, args: ["synth"], cwd: project.dir, env: childEnv({ CHECKPOINT_DISABLE: "1", CI: "1" }) },
        stacks: () => readdirSync(path.join(project.outdir, "stacks")).length,
        samples: [],
      });
    }

    progress(json, `warm-up: ${cases.length} cases once each (tsx's transform cache, the page cache, cue's module cache)`);
    for (const c of cases) measure(c.command);
    for (let run = 1; run <= runs; run++) {
      for (const c of cases) {
        const sample = measure(c.command);
        c.samples.push(sample);
        progress(json, `run ${run}/${runs} ${c.label}: ${round(sample.wallMs / 1000, 2)} s, ${round(mb(sample.peakRssKb))} MB`);
      }
    }
    const identical = conventionalOut ? sameTree(path.join(work, "out-default", "stacks"), path.join(conventionalOut, "stacks")) : undefined;

    const summaries = cases.map(summarize);
    const byId = new Map(summaries.map((s) => [s.id, s]));
    const def = byId.get("default")!;
    const conv = byId.get("conventional");
    const ratio = conv
      ? { wall: conv.wallMs.median / def.wallMs.median, cpu: conv.cpuMs / def.cpuMs, rss: conv.peakRssMb / def.peakRssMb, identicalOutput: identical }
      : undefined;

    const generated = summaries.filter((s) => s.nodes !== undefined);
    const slopes = generated.slice(1).map((s, i) => {
      const prev = generated[i];
      return {
        from: prev.nodes!,
        to: s.nodes!,
        msPerNode: (s.wallMs.median - prev.wallMs.median) / (s.nodes! - prev.nodes!),
        mbPerNode: (s.peakRssMb - prev.peakRssMb) / (s.nodes! - prev.nodes!),
      };
    });
    const superLinear = slopes.slice(1).map((s, i) => s.msPerNode > Math.max(slopes[i].msPerNode, 0) * TARGETS.superLinearTolerance);

    if (!args["skip-suite"]) progress(json, "unit suite: jest, tofu tier excluded");
    const suite = args["skip-suite"] ? undefined : runSuite();

    const targets: Target[] = [
      {
        name: `default wall <= ${TARGETS.defaultWallMs / 1000} s`,
        value: `${round(def.wallMs.median / 1000, 2)} s`,
        pass: def.wallMs.median <= TARGETS.defaultWallMs,
      },
      { name: `default peak RSS <= ${TARGETS.defaultRssMb} MB`, value: `${round(def.peakRssMb)} MB`, pass: def.peakRssMb <= TARGETS.defaultRssMb },
    ];
    if (ratio)
      targets.push({
        name: `>= ${TARGETS.conventionalRatio}x faster than conventional`,
        value: `${round(ratio.wall)}x`,
        pass: ratio.wall >= TARGETS.conventionalRatio,
      });
    const largest = byId.get(`nodes-${TARGETS.largestNodes}`);
    if (largest) {
      targets.push({
        name: `${TARGETS.largestNodes} nodes / ${TARGETS.largestNodes * SERVICES_PER_NODE} services <= ${TARGETS.largestWallMs / 1000} s`,
        value: `${round(largest.wallMs.median / 1000, 2)} s`,
        pass: largest.wallMs.median <= TARGETS.largestWallMs,
      });
    }
    if (slopes.length >= 2) {
      targets.push({
        name: "growth no worse than linear",
        value: slopes.map((s) => `${s.from}->${s.to}: ${round(s.msPerNode)} ms/node`).join(", "),
        pass: !superLinear.some(Boolean),
      });
    }

    const meta = {
      node: process.version,
      cpus: os.cpus().length,
      loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
      runs,
      warmup: 1,
      servicesPerNode: SERVICES_PER_NODE,
      rss: "GNU time %M: peak RSS of the largest single process of the child's tree",
      command: "node scripts/synth.cjs (npm run synth without its setup step); default with --env for every environment",
    };
    if (json) {
      console.log(
        JSON.stringify(
          { meta, cases: summaries, conventional: ratio, slopes: slopes.map((s, i) => ({ ...s, superLinear: i > 0 && superLinear[i - 1] })), suite, targets },
          null,
          2,
        ),
      );
    } else {
      console.log(renderTable(meta, summaries, ratio, slopes, superLinear, suite, targets));
    }
    return EXIT.OK;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function renderTable(
  meta: { node: string; cpus: number; loadAverageAtStart: number[]; runs: number },
  summaries: Summary[],
  ratio: { wall: number; cpu: number; rss: number; identicalOutput?: boolean } | undefined,
  slopes: Array<{ from: number; to: number; msPerNode: number; mbPerNode: number }>,
  superLinear: boolean[],
  suite: ReturnType<typeof runSuite> | undefined,
  targets: Target[],
): string {
  const rows = [
    ["case", "stacks", "wall median", "(min-max)", "cpu median", "peak RSS"],
    ...summaries.map((s) => [
      s.label,
      String(s.stacks),
      `${(s.wallMs.median / 1000).toFixed(2)} s`,
      `(${(s.wallMs.min / 1000).toFixed(2)}-${(s.wallMs.max / 1000).toFixed(2)})`,
      `${(s.cpuMs / 1000).toFixed(2)} s`,
      `${s.peakRssMb.toFixed(0)} MB`,
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = [
    `synth benchmark: ${meta.runs} runs per case after 1 warm-up, interleaved; node ${meta.node}, ${meta.cpus} CPUs, load average ${meta.loadAverageAtStart.join(" ")} at start`,
    "",
    ...rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")),
    "",
  ];
  if (ratio) {
    lines.push(
      `conventional / ours (default config): wall ${ratio.wall.toFixed(1)}x, cpu ${ratio.cpu.toFixed(1)}x, peak RSS ${ratio.rss.toFixed(1)}x; synthesized stacks byte-identical: ${ratio.identicalOutput ? "yes" : "NO"}`,
    );
  }
  for (const [i, s] of slopes.entries()) {
    const flag = i > 0 && superLinear[i - 1] ? "  SUPER-LINEAR" : "";
    lines.push(`per-node slope ${s.from}->${s.to} nodes: ${s.msPerNode.toFixed(1)} ms/node, ${s.mbPerNode.toFixed(2)} MB/node${flag}`);
  }
  if (suite) {
    lines.push(
      `unit suite (jest, __tests__/tofu excluded): ${(suite.wallMs / 1000).toFixed(1)} s, ${suite.passed} passed, ${suite.failed} failed${suite.ok ? "" : ` (jest failed; ${suite.suitesFailed} suites failed)`}`,
    );
  }
  lines.push("", "targets:", ...targets.map((t) => `  [${t.pass ? "PASS" : "FAIL"}] ${t.name}: ${t.value}`));
  lines.push("", "peak RSS: GNU time %M, the largest single process of each child's tree; cpu: user + sys of the tree.");
  return lines.join("\n");
}

if (require.main === module) runMain(main);
