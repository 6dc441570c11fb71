// The post-apply hook records `tofu output -json` exactly: every output name, every string, every digit,
// and a hook killed at any moment leaves the previous file or the new one, never one cue rejected.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parse } from "lossless-json";
import { ROOT, runCue } from "../../schema/cue";
import { main } from "../../scripts/post-apply";
import { tempDir } from "../helpers/config";
import { copyOfRepo } from "./helpers";

const STACK = "staging-data";

/** Runs the hook in-process, capturing what it prints. */
function hook(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((line: string) => void out.push(line));
  const error = jest.spyOn(console, "error").mockImplementation((line: string) => void err.push(line));
  try {
    return { code: main(args), out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** Writes `text` (already JSON: an object literal would lose `__proto__` and digits) to a new file. */
function jsonFile(text: string): string {
  const file = path.join(tempDir(), "outputs.json");
  writeFileSync(file, text);
  return file;
}

/**
 * `tofu output -json` text of non-sensitive outputs whose values are given as JSON text; pairs rather than
 * an object, whose `__proto__:` key would set its prototype instead.
 */
function outputsText(values: Record<string, string> | Array<[string, string]>): string {
  return `{${(Array.isArray(values) ? values : Object.entries(values))
    .map(([name, value]) => `${JSON.stringify(name)}: {"sensitive": false, "type": "dynamic", "value": ${value}}`)
    .join(", ")}}`;
}

/** What cue exports for the stack, with numbers kept as their text so no digit is lost reading them back. */
function exported(root: string): unknown {
  const result = runCue(["export", "./schema", "-e", `config.outputs.staging."${STACK}"`, "--out", "json"], root);
  if (!result.ok) throw new Error(result.stderr);
  return parse(result.stdout, null, (text) => ({ number: text }));
}

function outputsDir(root: string): string[] {
  return readdirSync(path.join(root, "schema/outputs")).sort();
}

describe("post-apply hook records outputs exactly", () => {
  test("an output named __proto__ is written and reads back, at the top and nested", () => {
    const root = copyOfRepo();
    const json = outputsText([
      ["__proto__", '"p"'],
      ["nested", '{"__proto__": {"polluted": true}, "constructor": "c"}'],
    ]);
    const result = hook(["staging", STACK, "--from-json", jsonFile(json), "--root", root]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`wrote schema/outputs/${STACK}.cue (__proto__, nested)`);
    const values = exported(root) as Record<string, unknown>;
    expect(Object.keys(values).sort()).toEqual(["__proto__", "nested"]);
    expect(Object.getOwnPropertyDescriptor(values, "__proto__")?.value).toBe("p");
    const nested = Object.getOwnPropertyDescriptor(values, "nested")?.value as Record<string, unknown>;
    expect(Object.keys(nested).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(nested, "__proto__")?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("strings with U+FEFF and other code points CUE refuses or hides round-trip, escaped in the file", () => {
    const root = copyOfRepo();
    const values = {
      bom_inside: "a\uFEFFb",
      bom_first: "\uFEFFx",
      invisible: "\u200B\u200E\u202E\u2028\u2029\u0085\u007F\u00AD\uFFFE\uFFFF",
      astral: "\u{1F600}\u{E0001}\u{10FFFF}",
      controls: "\u0000\u0001\t\n\r\u001F",
      cue_syntax: '\\(x) "q" \\ #',
      keys: { "k\uFEFF": "v" },
    };
    const json = outputsText(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v)])));
    const result = hook(["staging", STACK, "--from-json", jsonFile(json), "--root", root]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(exported(root)).toEqual(values);
    const text = readFileSync(path.join(root, "schema/outputs", `${STACK}.cue`), "utf8");
    expect(text).toContain("\\uFEFF");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that no invisible or control character is written raw.
    expect(text).not.toMatch(/[\uFEFF\u200B\u200E\u202E\u2028\u2029\u0085\u007F\u0000]/);
  });

  test("integers beyond 2^53 keep every digit: 2^64-1, 9007199254740993 and their negatives", () => {
    const root = copyOfRepo();
    const numbers = {
      max_uint64: "18446744073709551615",
      above_2_53: "9007199254740993",
      negative: "-9007199254740993",
      huge: "123456789012345678901234567890123456789",
      small: "7",
    };
    const result = hook(["staging", STACK, "--from-json", jsonFile(outputsText({ ...numbers, list: `[${numbers.above_2_53}, 1]` })), "--root", root]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const wrap = (text: string) => ({ number: text });
    expect(exported(root)).toEqual({
      ...Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, wrap(v)])),
      list: [wrap(numbers.above_2_53), wrap("1")],
    });
    const text = readFileSync(path.join(root, "schema/outputs", `${STACK}.cue`), "utf8");
    expect(text).toMatch(/max_uint64: +18446744073709551615\n/);
  });

  test("decimals keep their digits too", () => {
    const root = copyOfRepo();
    const result = hook([
      "staging",
      STACK,
      "--from-json",
      jsonFile(outputsText({ pi: "3.14159265358979323846264338327950288", tiny: "1e-400" })),
      "--root",
      root,
    ]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const values = exported(root) as Record<string, { number: string }>;
    expect(values.pi.number).toBe("3.14159265358979323846264338327950288");
    expect(values.tiny.number.toLowerCase()).toMatch(/^1e-0*400$/);
  });
});

describe("post-apply hook: outputs CUE cannot hold are refused, naming the field and the file", () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      "a string with a lone surrogate",
      outputsText({ labels: '{"name": ["ok", "\\ud800"]}' }),
      /outputs\.json: output "labels": value\.name\[1\]: .*unpaired surrogate U\+D800/,
    ],
    ["an object with the same key twice and different values", outputsText({ labels: '{"role": "app", "role": "db"}' }), /outputs\.json: .*"role".*twice/],
    [
      "the same output twice",
      '{"ipv4": {"sensitive": false, "type": "string", "value": "a"}, "ipv4": {"sensitive": false, "type": "string", "value": "b"}}',
      /outputs\.json: .*"ipv4".*twice/,
    ],
  ];

  test.each(cases)("refuses %s", (_name, json, message) => {
    const root = copyOfRepo();
    const before = outputsDir(root);
    const result = hook(["staging", STACK, "--from-json", jsonFile(json), "--root", root]);
    expect(result.err).toMatch(message);
    expect(result.err).toContain(`schema/outputs/${STACK}.cue`);
    expect(result.code).toBe(3);
    expect(outputsDir(root)).toEqual(before);
  });
});

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
  readonly stderr: string;
}

interface LoadedHook {
  readonly child: ChildProcessWithoutNullStreams;
  /** Settles once the hook is loaded and waits for its arguments. */
  readonly ready: Promise<void>;
}

/**
 * The hook in its own process, loading (fixtures/hook-when-told.ts): plain node with tsx's loader, since
 * the tsx CLI would run it in a child and report a kill as an exit code.
 */
function loadHook(): LoadedHook {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "fixtures/hook-when-told.ts")], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.stdout.once("data", () => resolve());
    child.once("exit", (code, signal) => reject(new Error(`the hook exited while loading (${signal ?? code})`)));
  });
  ready.catch(() => undefined); // reported where it is awaited
  return { child, ready };
}

/**
 * Runs a loaded hook with `args` and SIGKILLs it `delayMs` after it starts or, with `afterFirstWrite`,
 * after the first change in the outputs folder: the moments around write, check and rename.
 */
async function runAndKill(hookProcess: LoadedHook, args: string[], outputs: string, delayMs?: number, afterFirstWrite = false): Promise<Run> {
  const { child } = hookProcess;
  await hookProcess.ready;
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    const kill = () => setTimeout(() => child.kill("SIGKILL"), delayMs);
    let watcher: ReturnType<typeof watch> | undefined;
    if (delayMs !== undefined && afterFirstWrite) {
      watcher = watch(outputs, () => {
        watcher?.close();
        watcher = undefined;
        kill();
      });
    }
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      watcher?.close();
      resolve({ code, signal, stderr });
    });
    child.stdin.write(`${JSON.stringify(args)}\n`);
    if (delayMs !== undefined && !afterFirstWrite) kill();
  });
}

describe("post-apply hook killed at random moments", () => {
  test("after every SIGKILL the file is the previous one or the new one, never a rejected one; the next run leaves no temporary file", async () => {
    const seed = Number(process.env.POST_APPLY_KILL_SEED ?? Math.floor(Math.random() * 2 ** 32));
    const rand = random(seed);
    const root = copyOfRepo();
    const outputs = path.join(root, "schema/outputs");
    const file = path.join(outputs, `${STACK}.cue`);
    // Pins ipv4, so a candidate with another ipv4 is one cue rejects.
    writeFileSync(path.join(outputs, "pin.cue"), `package outputs\n\nvalues: staging: "${STACK}": ipv4: "198.51.100.1"\n`);
    const input = (ipv4: string, n: number) => jsonFile(outputsText({ ipv4: JSON.stringify(ipv4), n: String(n), big: "18446744073709551615" }));
    const accepted = [1, 2, 3].map((n) => input("198.51.100.1", n));
    const rejected = input("192.0.2.99", 4);

    // The bytes each accepted input gives, from uninterrupted runs in a scratch copy, and how long a run takes.
    const scratch = copyOfRepo();
    writeFileSync(path.join(scratch, "schema/outputs/pin.cue"), readFileSync(path.join(outputs, "pin.cue")));
    const expected = new Map<string, string>();
    for (const json of accepted) {
      expect(hook(["staging", STACK, "--from-json", json, "--root", scratch]).code).toBe(0);
      expected.set(json, readFileSync(path.join(scratch, "schema/outputs", `${STACK}.cue`), "utf8"));
    }
    // Each run's process loads while the previous one works (see loadHook).
    let waiting = loadHook();
    const started = Date.now();
    await waiting.ready;
    const loadMs = Date.now() - started;
    const take = () => {
      const loaded = waiting;
      waiting = loadHook();
      return loaded;
    };
    const first = Date.now();
    const full = await runAndKill(take(), ["staging", STACK, "--from-json", accepted[0], "--root", root], outputs);
    const runMs = Date.now() - first;
    expect(full.stderr).toBe("");
    expect(full.code).toBe(0);
    let current = readFileSync(file, "utf8");
    expect(current).toBe(expected.get(accepted[0]));

    const log: string[] = [];
    try {
      for (let i = 0; i < 20; i++) {
        const json = rand() < 0.6 ? rejected : accepted[Math.floor(rand() * accepted.length)];
        // Mostly in the tenth of a second after the first write, where write, check and rename happen.
        const afterFirstWrite = rand() < 0.75;
        const delayMs = Math.floor(rand() * (afterFirstWrite ? 100 : runMs));
        const run = await runAndKill(take(), ["staging", STACK, "--from-json", json, "--root", root], outputs, delayMs, afterFirstWrite);
        const content = existsSync(file) ? readFileSync(file, "utf8") : "(no file)";
        const kind = json === rejected ? "rejected" : "accepted";
        log.push(`#${i} ${kind} input, kill ${afterFirstWrite ? "after the first write" : "after start"} +${delayMs} ms: ${run.signal ?? `exit ${run.code}`}`);
        expect(content).not.toContain("192.0.2.99");
        if (json === rejected) {
          expect(content).toBe(current);
          if (run.signal === null) expect(run.code).toBe(4);
        } else {
          expect([current, expected.get(json)]).toContain(content);
          if (run.signal === null) expect({ code: run.code, content }).toEqual({ code: 0, content: expected.get(json) });
        }
        current = content;
      }

      const last = await runAndKill(waiting, ["staging", STACK, "--from-json", accepted[2], "--root", root], outputs);
      expect(last.stderr).toBe("");
      expect(last.code).toBe(0);
      expect(readFileSync(file, "utf8")).toBe(expected.get(accepted[2]));
      expect(outputsDir(root)).toEqual(["outputs.cue", "pin.cue", `${STACK}.cue`]);
    } catch (error) {
      waiting.child.kill("SIGKILL");
      const message = `kill loop failed with seed ${seed} (replay: POST_APPLY_KILL_SEED=${seed}); load ${loadMs} ms, run ${runMs} ms\n${log.join("\n")}\n${(error as Error).message}`;
      throw Object.assign(new Error(message), { stack: message });
    }
  }, 120_000);
});
