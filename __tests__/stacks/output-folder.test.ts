import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import { main } from "../../main";
import { ROOT } from "../../schema/cue";
import { EXIT } from "../../scripts/cli";
import { checkOutputFolder, OutputFolderError, STAMP_FILE } from "../../stacks/output-folder";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir } from "../helpers/config";
import { workerScript } from "../helpers/worker";

/** A pid that is certainly not running: a process that has already exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

/** Every file under `dir`, relative, sorted. */
const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

describe("the synth command line never deletes a folder it did not write", () => {
  let errors: string[];
  const savedOutdir = process.env.CDKTF_OUTDIR;
  beforeEach(() => {
    errors = [];
    jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.join(" ")));
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    if (savedOutdir === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = savedOutdir;
  });

  test("--out . (the repository root) exits 2 and the checkout is untouched", async () => {
    const before = readdirSync(ROOT).sort();
    expect(await main(["--out", ".", "--env", "staging"])).toBe(EXIT.USAGE);
    expect(errors.join("\n")).toMatch(/--out .*: is the repository root or contains it/);
    expect(readdirSync(ROOT).sort()).toEqual(before);
    expect(existsSync(path.join(ROOT, ".git"))).toBe(true);
  });

  test("an ancestor of the repository and the filesystem root are refused", async () => {
    expect(await main(["--out", path.dirname(ROOT), "--env", "staging"])).toBe(EXIT.USAGE);
    expect(errors.join("\n")).toContain("is the repository root or contains it");
    expect(() => checkOutputFolder("/")).toThrow(/is the filesystem root/);
    expect(() => checkOutputFolder(path.join(ROOT, "schema", ".."))).toThrow(/repository root/);
  });

  test("$HOME is refused outright", () => {
    // A child process: os.homedir() reads the real environment, which jest's process.env only copies.
    const home = tempDir("edge-iac-home-");
    writeFileSync(path.join(home, ".bashrc"), "keep me");
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts", "synth.cjs"), "--out", home, "--env", "staging"], {
      env: { ...process.env, HOME: home },
      encoding: "utf8",
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: EXIT.USAGE, stderr: expect.stringContaining("is your home folder ($HOME)") });
    expect(readdirSync(home)).toEqual([".bashrc"]);
  });

  test("--out <a folder with a file> exits 2 naming the folder, and the file survives", async () => {
    const notes = path.join(tempDir(), "my-notes");
    mkdirSync(notes);
    writeFileSync(path.join(notes, "precious.txt"), "precious");
    expect(await main(["--out", notes, "--env", "staging"])).toBe(EXIT.USAGE);
    expect(errors.join("\n")).toContain(`--out ${notes}: holds files the synth did not write (precious.txt)`);
    expect(tree(path.dirname(notes))).toEqual(["my-notes/precious.txt"]);
  });

  test("$CDKTF_OUTDIR is held to the same rule", async () => {
    const notes = path.join(tempDir(), "my-notes");
    mkdirSync(notes);
    writeFileSync(path.join(notes, "precious.txt"), "precious");
    process.env.CDKTF_OUTDIR = notes;
    expect(await main(["--env", "staging"])).toBe(EXIT.USAGE);
    expect(errors.join("\n")).toContain(`--out ${notes}: holds files`);
    expect(readdirSync(notes)).toEqual(["precious.txt"]);
    process.env.CDKTF_OUTDIR = ROOT;
    expect(await main(["--env", "staging"])).toBe(EXIT.USAGE);
  });

  test("a file given as the output folder is refused", () => {
    const file = path.join(tempDir(), "out.json");
    writeFileSync(file, "{}");
    expect(() => checkOutputFolder(file)).toThrow(OutputFolderError);
    expect(readFileSync(file, "utf8")).toBe("{}");
  });
});

describe("the folders the synth may replace", () => {
  test("a new folder, an empty folder and its own stamped output are written and replaced", () => {
    const parent = tempDir();
    const fresh = path.join(parent, "new", "cdktf.out");
    synthesize(defaultConfig(), { workerScript: workerScript(), outdir: fresh, environments: ["staging"] });
    expect(existsSync(path.join(fresh, STAMP_FILE))).toBe(true);
    writeFileSync(path.join(fresh, "stale.txt"), "from an old synth layout");
    synthesize(defaultConfig(), { workerScript: workerScript(), outdir: fresh, environments: ["staging"] });
    expect(existsSync(path.join(fresh, "stale.txt"))).toBe(false);
    const empty = path.join(parent, "empty");
    mkdirSync(empty);
    synthesize(defaultConfig(), { workerScript: workerScript(), outdir: empty, environments: ["staging"] });
    expect(readdirSync(empty)).toContain("manifest.json");
  });

  test("an unstamped cdktf output (manifest and stacks only) from before the stamp is replaced", () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    mkdirSync(path.join(outdir, "stacks", "old"), { recursive: true });
    writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ version: "0.21.0", stacks: { old: {} } }));
    synthesize(defaultConfig(), { workerScript: workerScript(), outdir, environments: ["staging"] });
    expect(readdirSync(path.join(outdir, "stacks"))).not.toContain("old");
  });

  test("a manifest.json beside other files is not taken for a synth output", () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    mkdirSync(outdir);
    writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ version: "1", stacks: {} }));
    writeFileSync(path.join(outdir, "notes.md"), "mine");
    expect(() => synthesize(defaultConfig(), { workerScript: workerScript(), outdir, environments: ["staging"] })).toThrow(
      /holds files the synth did not write/,
    );
    expect(readdirSync(outdir).sort()).toEqual(["manifest.json", "notes.md"]);
  });
});

describe("a synth killed mid-swap", () => {
  afterEach(() => jest.restoreAllMocks());

  test("the next synth removes the dead synth's folders and leaves a running one's alone", () => {
    const parent = tempDir();
    const outdir = path.join(parent, "cdktf.out");
    synthesize(defaultConfig(), { workerScript: workerScript(), outdir, environments: ["staging"] });
    const dead = deadPid();
    for (const name of [`.cdktf.out.tmp-${dead}`, `.cdktf.out.old-${dead}`, `.cdktf.out.tmp-${process.ppid}`]) {
      mkdirSync(path.join(parent, name));
      writeFileSync(path.join(parent, name, "half.json"), "{");
    }
    synthesize(defaultConfig(), { workerScript: workerScript(), outdir, environments: ["staging"] });
    expect(readdirSync(parent).sort()).toEqual([`.cdktf.out.tmp-${process.ppid}`, "cdktf.out"]);
  });

  test("killed between moving the old output aside and the new one in: the old output comes back", () => {
    const parent = tempDir();
    const old = path.join(parent, `.cdktf.out.old-${deadPid()}`);
    mkdirSync(old);
    writeFileSync(path.join(old, STAMP_FILE), "");
    writeFileSync(path.join(old, "manifest.json"), "previous");
    jest.spyOn(App.prototype, "synth").mockImplementation(() => {
      throw new Error("a construct refused its props");
    });
    const outdir = path.join(parent, "cdktf.out");
    expect(() => synthesize(defaultConfig(), { workerScript: workerScript(), outdir, environments: ["staging"] })).toThrow(/refused its props/);
    expect(readdirSync(parent)).toEqual(["cdktf.out"]);
    expect(readFileSync(path.join(outdir, "manifest.json"), "utf8")).toBe("previous");
  });

  /** A complete output: stamped, and every stack its manifest names is there and parses. */
  const complete = (outdir: string) => {
    const manifest = JSON.parse(readFileSync(path.join(outdir, "manifest.json"), "utf8"));
    expect(existsSync(path.join(outdir, STAMP_FILE))).toBe(true);
    for (const stack of Object.keys(manifest.stacks)) {
      JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
    }
    return Object.keys(manifest.stacks).length;
  };

  const runSynth = (outdir: string) =>
    spawn(process.execPath, [path.join(ROOT, "scripts", "synth.cjs"), "--env", "staging", "--out", outdir], { stdio: "ignore" });

  const exited = (child: ReturnType<typeof spawn>) => new Promise<void>((resolve) => child.on("exit", () => resolve()));

  test("20 kill -9 at random moments: the output is always complete, and no folder is left after the next synth", async () => {
    const seed = Number(process.env.EDGE_IAC_KILL_SEED ?? Date.now() % 100000);
    let state = seed;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const parent = tempDir();
    const outdir = path.join(parent, "cdktf.out");
    const started = Date.now();
    const first = runSynth(outdir);
    await exited(first);
    const duration = Date.now() - started;
    const stacks = complete(outdir);
    const moments: number[] = [];
    for (let i = 0; i < 20; i++) {
      // Biased towards the end of a run, where the swap happens.
      const moment = Math.round(duration * (0.3 + 0.8 * random()));
      moments.push(moment);
      const child = runSynth(outdir);
      setTimeout(() => child.kill("SIGKILL"), moment);
      await exited(child);
      const message = `seed ${seed} (EDGE_IAC_KILL_SEED), kill ${i} at ${moment} ms of a ${duration} ms synth`;
      // Killed between its two renames, the output is briefly aside; the next synth puts it back.
      if (!existsSync(outdir)) expect({ message, left: readdirSync(parent).some((n) => n.startsWith(".cdktf.out.old-")) }).toEqual({ message, left: true });
      else expect({ message, stacks: complete(outdir) }).toEqual({ message, stacks });
    }
    await exited(runSynth(outdir));
    expect({ seed, moments, left: readdirSync(parent) }).toEqual({ seed, moments, left: ["cdktf.out"] });
    expect(complete(outdir)).toBe(stacks);
  }, 120_000);
});
