// The post-apply hook records `tofu output -json` exactly: every output name, every string, every digit.
import { readdirSync, readFileSync, writeFileSync } from "fs";
import { parse } from "lossless-json";
import * as path from "path";
import { runCue } from "../../schema/cue";
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
    const result = hook(["staging", STACK, "--from-json", jsonFile(outputsText({ pi: "3.14159265358979323846264338327950288", tiny: "1e-400" })), "--root", root]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const values = exported(root) as Record<string, { number: string }>;
    expect(values.pi.number).toBe("3.14159265358979323846264338327950288");
    expect(values.tiny.number.toLowerCase()).toMatch(/^1e-0*400$/);
  });
});

describe("post-apply hook: outputs CUE cannot hold are refused, naming the field and the file", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["a string with a lone surrogate", outputsText({ labels: '{"name": ["ok", "\\ud800"]}' }), /outputs\.json: output "labels": value\.name\[1\]: .*unpaired surrogate U\+D800/],
    [
      "an object with the same key twice and different values",
      outputsText({ labels: '{"role": "app", "role": "db"}' }),
      /outputs\.json: .*"role".*twice/,
    ],
    ["the same output twice", '{"ipv4": {"sensitive": false, "type": "string", "value": "a"}, "ipv4": {"sensitive": false, "type": "string", "value": "b"}}', /outputs\.json: .*"ipv4".*twice/],
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
