// How the benchmark times one command: a cold child process under GNU time.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** GNU time: its -f/-o report the child's rusage as wait4(2) returns it. */
export const GNU_TIME = "/usr/bin/time";

export interface Sample {
  /** Wall time from spawn to exit, measured here with a monotonic clock. */
  readonly wallMs: number;
  /** User + system CPU time of the whole process tree: less sensitive to a busy machine than wall time. */
  readonly cpuMs: number;
  /**
   * Peak resident set size in KiB: GNU time's %M, the ru_maxrss of wait4(2), which for a process tree
   * is the peak of its largest single process (not the sum of processes alive at the same time).
   */
  readonly peakRssKb: number;
  readonly stdout: string;
}

export interface Command {
  readonly cmd: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Fails unless GNU time is there: the peak RSS of a child process is not available otherwise. */
export function checkGnuTime(): void {
  const probe = existsSync(GNU_TIME) ? spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8" }) : undefined;
  if (probe?.status !== 0 || !/^\d+\s*$/.test(probe.stderr.trim().split("\n").pop() ?? "")) {
    throw new Error(`${GNU_TIME} (GNU time) is needed to measure a child's peak RSS: apt-get install time`);
  }
}

/** The environment children run in: ours, without NODE_OPTIONS so no loader or flag leaks into them. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  return env;
}

/** Runs `command` once under GNU time; throws with its output when it fails. */
export function measure(command: Command): Sample {
  const report = path.join(os.tmpdir(), `edge-iac-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(GNU_TIME, ["-o", report, "-f", "%U %S %M", command.cmd, ...command.args], {
    cwd: command.cwd,
    env: command.env ?? childEnv(),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  try {
    if (result.error) throw result.error;
    if (result.status !== 0) {
      throw new Error(`${command.cmd} ${command.args.join(" ")} (in ${command.cwd}) exited with ${result.status}:\n${result.stdout}\n${result.stderr}`.trim());
    }
    // The last line is ours; GNU time puts "Command exited with non-zero status" before it on failure.
    const line = readFileSync(report, "utf8").trim().split("\n").pop() ?? "";
    const [user, system, rss] = line.split(/\s+/).map(Number);
    if (![user, system, rss].every(Number.isFinite)) throw new Error(`cannot read GNU time's report ${JSON.stringify(line)}`);
    return { wallMs, cpuMs: (user + system) * 1000, peakRssKb: rss, stdout: result.stdout };
  } finally {
    rmSync(report, { force: true });
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
