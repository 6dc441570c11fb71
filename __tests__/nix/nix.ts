// Runs Nix for the tests of the Nix side. Only Nix itself is needed (nix-instantiate), never nixpkgs:
// files are parsed, and the pure parts (nix/lib.nix, the hive, the flake outputs with stubbed inputs)
// are evaluated to JSON.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");

const INSTALL_HINT =
  "nix-instantiate (Nix) is not installed. Install Nix (Debian/Ubuntu: `sudo apt-get install nix-bin`; " +
  "elsewhere https://nixos.org/download) and run the tests again.";

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/**
 * Makes sure nix-instantiate is on PATH. As root with apt-get (a CI container, a dev VM), installs
 * Debian's nix-bin, under a lock so parallel test files do not race on dpkg; otherwise throws one
 * message saying what to install.
 */
export function ensureNix(): void {
  if (onPath("nix-instantiate")) return;
  if (process.getuid?.() !== 0 || !onPath("apt-get")) throw new Error(INSTALL_HINT);
  const script = "command -v nix-instantiate >/dev/null || apt-get install -y -q nix-bin || " + "{ apt-get update -q && apt-get install -y -q nix-bin; }";
  const lock = path.join(os.tmpdir(), "edge-iac-nix-bin-install.lock");
  const [cmd, args] = onPath("flock") ? ["flock", [lock, "sh", "-c", script]] : ["sh", ["-c", script]];
  const result = spawnSync(cmd as string, args as string[], {
    encoding: "utf8",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    timeout: 540_000,
  });
  if (result.status !== 0 || !onPath("nix-instantiate")) {
    throw new Error(`${INSTALL_HINT}\nInstalling nix-bin with apt-get failed:\n${result.stderr ?? ""}${result.error ?? ""}`);
  }
}

/** How long a test may spend in ensureNix: installing nix-bin takes a minute on a cold machine. */
export const INSTALL_TIMEOUT_MS = 600_000;

export interface NixResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[]): NixResult {
  const result = spawnSync("nix-instantiate", args, {
    cwd: ROOT,
    encoding: "utf8",
    // No channel lookups: an evaluation that reaches for <nixpkgs> must fail, not find one by luck.
    env: { ...process.env, NIX_PATH: "" },
    timeout: 30_000,
  });
  return { ok: result.status === 0, stdout: result.stdout ?? "", stderr: `${result.stderr ?? ""}${result.error ?? ""}` };
}

/** `nix-instantiate --parse <file>`. */
export function parseNix(file: string): NixResult {
  return run(["--parse", file]);
}

/**
 * Evaluates `expr` strictly to JSON. `expr` may be a function of the string arguments in `args`
 * (`{ configJson }: …`), which nix-instantiate calls with them.
 */
export function evalNix(expr: string, args: Record<string, string> = {}): NixResult {
  const argv = ["--eval", "--strict", "--json", "--expr", expr];
  for (const [name, value] of Object.entries(args)) argv.push("--argstr", name, value);
  return run(argv);
}

/** Like evalNix, but returns the parsed value and throws Nix's error message when evaluation fails. */
export function evalJson<T = unknown>(expr: string, args: Record<string, string> = {}): T {
  const result = evalNix(expr, args);
  if (!result.ok) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as T;
}

/** Absolute path of a repository file, as a Nix path literal. */
export function nixPath(relative: string): string {
  return path.join(ROOT, relative);
}

const made: string[] = [];

/** A new temporary folder, removed by removeTempDirs. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "edge-iac-nix-"));
  made.push(dir);
  return dir;
}

/** Removes the folders tempDir made; for afterAll. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let exported: string | undefined;

/** The default configuration as `cue export ./schema -e config --out json` resolves it (parsed copy). */
export function defaultConfig(): any {
  if (exported === undefined) {
    const result = spawnSync(path.join(ROOT, ".tools/bin/cue"), ["export", "./schema", "-e", "config", "--out", "json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (result.status !== 0) {
      throw new Error(`cue export failed (run \`npm run setup\` for .tools/bin/cue):\n${result.stderr}${result.error ?? ""}`);
    }
    exported = result.stdout;
  }
  return JSON.parse(exported);
}

/** Writes `data` as JSON into a new temporary folder; returns the file's path. */
export function writeJson(data: unknown, name = "config.json", dir = tempDir()): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}
