import { spawnSync } from "node:child_process";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeSync } from "node:fs";
import * as path from "node:path";
import { parse as parseJson } from "lossless-json";
import { cueBinary, runCue } from "../../schema/cue";
import { loadConfig } from "../../schema/load";
import { ConfigError } from "../../schema/problems";
import { stacksByEnvironment } from "../../stacks/names";

/** A JSON number as tofu wrote it: its text, so no digit is lost (2^64-1, 9007199254740993, 0.1). */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/**
 * A JSON value as `tofu output -json` wrote it: numbers keep their text, objects are Maps, so every key
 * (`__proto__`, `constructor`) is an ordinary entry and keeps its order.
 */
export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | ReadonlyMap<string, JsonValue>;

/** One entry of `tofu output -json`. */
export interface TofuOutput {
  readonly sensitive: boolean;
  readonly type: JsonValue;
  readonly value: JsonValue;
}

/** Why the hook refused: `input` (bad arguments or data) or `cue` (cue rejected the candidate); either way the file is unchanged. */
export type OutputsErrorKind = "input" | "cue";

export class OutputsError extends Error {
  constructor(
    readonly kind: OutputsErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "OutputsError";
  }
}

/** #Name in schema/common.cue: an environment name. */
const ENV_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
/** The stack key pattern of #Outputs in schema/config.cue. */
const STACK_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** The output name pattern of #Outputs in schema/config.cue. */
const OUTPUT_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Parses `tofu output -json`: an object of `{"<name>": {"sensitive": bool, "type": …, "value": …}}`.
 * Losslessly: numbers keep their text and objects become Maps. A key given twice with different values
 * is refused rather than the last one silently winning. `source` names the file or command in messages.
 * Throws an `input` OutputsError naming every bad entry.
 */
export function parseTofuOutputs(text: string, source: string): ReadonlyMap<string, TofuOutput> {
  let data: JsonValue;
  try {
    data = toJsonValue(
      parseJson(text, null, {
        parseNumber: (digits) => new JsonNumber(digits),
        onDuplicateKey: ({ key, position }) => {
          throw new OutputsError("input", `${source}: key ${JSON.stringify(key)} appears twice with different values (${lineColumn(text, position)})`);
        },
      }),
    );
  } catch (error) {
    if (error instanceof OutputsError) throw error;
    throw new OutputsError("input", `${source}: not valid JSON (${(error as Error).message}); expected the output of \`tofu output -json\``);
  }
  if (!isObject(data)) {
    throw new OutputsError("input", `${source}: expected an object of outputs {"<name>": {"sensitive", "type", "value"}}, got ${describe(data)}`);
  }
  const problems: string[] = [];
  const outputs = new Map<string, TofuOutput>();
  for (const [name, entry] of data) {
    if (!isObject(entry)) {
      problems.push(`output ${JSON.stringify(name)}: expected an object with "sensitive", "type" and "value", got ${describe(entry)}`);
      continue;
    }
    const sensitive = entry.get("sensitive");
    if (typeof sensitive !== "boolean") problems.push(`output ${JSON.stringify(name)}: "sensitive" must be true or false, got ${describe(sensitive)}`);
    if (!entry.has("type")) problems.push(`output ${JSON.stringify(name)}: "type" is missing`);
    if (!entry.has("value")) problems.push(`output ${JSON.stringify(name)}: "value" is missing`);
    const unknown = [...entry.keys()].filter((k) => !["sensitive", "type", "value"].includes(k));
    if (unknown.length > 0) problems.push(`output ${JSON.stringify(name)}: unknown keys ${unknown.map((k) => JSON.stringify(k)).join(", ")}`);
    outputs.set(name, { sensitive: sensitive === true, type: entry.get("type") ?? null, value: entry.get("value") ?? null });
  }
  if (problems.length > 0) {
    throw new OutputsError("input", `${source}: not the shape of \`tofu output -json\`:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
  return outputs;
}

/** lossless-json's result (plain objects, JsonNumber leaves) as a JsonValue. */
function toJsonValue(value: unknown): JsonValue {
  if (value === null || typeof value === "boolean" || typeof value === "string" || value instanceof JsonNumber) return value;
  if (Array.isArray(value)) return value.map(toJsonValue);
  // Object.keys lists an own `__proto__` as any other key; lossless-json defines it as an own property.
  const object = value as Record<string, unknown>;
  return new Map(Object.keys(object).map((key) => [key, toJsonValue(Object.getOwnPropertyDescriptor(object, key)?.value)]));
}

/** "line L, column C" of a 1-based character position, for messages about the input. */
function lineColumn(text: string, position: number): string {
  const before = text.slice(0, Math.max(0, position - 1)).split("\n");
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** The command that regenerates a stack's outputs file, for its first line and for messages. */
export function hookCommand(env: string, stack: string): string {
  return `npx tsx scripts/post-apply.ts ${env} ${stack}`;
}

/**
 * The outputs file of a stack: schema/outputs/<stack>.cue. The zone and bootstrap stacks are not named
 * after an environment, so their files carry it: schema/outputs/<env>-zone.cue, <owner>-bootstrap.cue.
 */
export function outputsFile(root: string, env: string, stack: string): string {
  const base = stack.startsWith(`${env}-`) ? stack : `${env}-${stack}`;
  return path.join(root, "schema", "outputs", `${base}.cue`);
}

/**
 * The CUE text of one stack's outputs, in package `outputs`: `values: <env>: "<stack>": {…}`. Keys are
 * sorted at every level, so the same outputs always give the same bytes. Throws an `input` OutputsError
 * naming the output and the path inside its value when a value cannot be written as CUE.
 */
export function renderOutputsCue(env: string, stack: string, values: ReadonlyMap<string, JsonValue>): string {
  return [
    `// Generated by the post-apply hook from \`tofu output -json\` of ${stack}; do not edit. Regenerate: ${hookCommand(env, stack)}`,
    "package outputs",
    "",
    `values: ${label(env, "environment")}: ${label(stack, "stack")}: ${renderObject(values, 0, (name) => `output ${JSON.stringify(name)}: value`)}`,
    "",
  ].join("\n");
}

const CUE_KEYWORDS = new Set(["package", "import", "for", "in", "if", "let", "true", "false", "null", "div", "mod", "quo", "rem"]);

/** A CUE field label: bare when it is a plain identifier, else a quoted string (`_x` and `#x` would be hidden or definitions). */
function label(key: string, at: string): string {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(key) && !CUE_KEYWORDS.has(key) ? key : quote(key, `${at}: key ${JSON.stringify(key)}`);
}

function renderValue(value: JsonValue, depth: number, at: string): string {
  const indent = "\t".repeat(depth + 1);
  const closing = "\t".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((v, i) => renderValue(v, depth + 1, `${at}[${i}]`));
    if (value.every((v) => !isObject(v) && !Array.isArray(v))) return `[${items.join(", ")}]`;
    return `[\n${items.map((item) => `${indent}${item},\n`).join("")}${closing}]`;
  }
  if (isObject(value)) return renderObject(value, depth, (key) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`));
  if (value instanceof JsonNumber) return value.text; // JSON's number syntax is a subset of CUE's number literals
  if (typeof value === "string") return quote(value, at);
  return JSON.stringify(value); // true, false, null
}

function renderObject(object: ReadonlyMap<string, JsonValue>, depth: number, at: (key: string) => string): string {
  if (object.size === 0) return "{}";
  const indent = "\t".repeat(depth + 1);
  const keys = [...object.keys()].sort(byCodePoint);
  return `{\n${keys.map((k) => `${indent}${label(k, at(k))}: ${renderValue(object.get(k) ?? null, depth + 1, at(k))}\n`).join("")}${"\t".repeat(depth)}}`;
}

/** CUE's short escapes for the control characters JSON also writes that way. */
const SHORT_ESCAPES: ReadonlyMap<string, string> = new Map([
  ["\b", "\\b"],
  ["\f", "\\f"],
  ["\n", "\\n"],
  ["\r", "\\r"],
  ["\t", "\\t"],
  ['"', '\\"'],
  ["\\", "\\\\"],
]);

/**
 * A CUE double-quoted string holding exactly `text`. cue refuses some code points in source (NUL and,
 * past the first character, U+FEFF, "illegal byte order mark"), so every control, format (U+FEFF,
 * zero-width and bidi marks), separator other than the space, private-use and unassigned code point is
 * written as a \u or \U escape: the file shows what it holds, and cue reads back the same text. A lone
 * UTF-16 surrogate is no Unicode text and CUE has no way to hold it (its escape is refused too).
 * `\` is always escaped, so no `\(` interpolation can appear.
 */
function quote(text: string, at: string): string {
  let out = '"';
  let offset = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff) {
      throw new OutputsError(
        "input",
        `${at}: unpaired surrogate U+${hex(code, 4)} at character ${offset + 1} of the string: it is not Unicode text, and CUE strings hold only that`,
      );
    }
    const short = SHORT_ESCAPES.get(char);
    if (short !== undefined) out += short;
    else if (char !== " " && /[\p{C}\p{Z}]/u.test(char)) out += code > 0xffff ? `\\U${hex(code, 8)}` : `\\u${hex(code, 4)}`;
    else out += char;
    offset += char.length;
  }
  return `${out}"`;
}

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, "0");
}

/** Orders by Unicode code point (JavaScript's `<` compares UTF-16 units, which puts U+1F600 before U+FF01). */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * Environment name → its stack names in deploy order (stacks/names.ts `stacksByEnvironment`), from the
 * configuration under `root` read by the one validated loader (cue export → ajv → rules): an invalid
 * configuration throws its `path: message` problems instead of naming stacks of a config nothing would synth.
 */
export function configuredStacks(root: string): Record<string, string[]> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(path.join(root, "schema"));
  } catch (error) {
    if (error instanceof ConfigError) throw new OutputsError("input", error.message);
    throw error;
  }
  return stacksByEnvironment(config.environments, { bootstrap: config.bootstrap !== undefined });
}

export interface WriteOutputsOptions {
  /** The repository root: the file goes to <root>/schema/outputs/, and cue checks <root>/schema. */
  readonly root: string;
  readonly env: string;
  readonly stack: string;
  /** The text of `tofu output -json`. */
  readonly json: string;
  /** Where `json` came from, for messages (a file name or the command). */
  readonly source: string;
  /** The environments' stacks when the caller already knows them; read from the configuration otherwise. */
  readonly stacks?: Readonly<Record<string, readonly string[]>>;
}

export interface WriteOutputsResult {
  /** The written file. */
  readonly file: string;
  /** The outputs written, sorted. */
  readonly written: string[];
  /** The sensitive outputs left out, sorted. */
  readonly sensitive: string[];
  /** False when the file already had exactly this content. */
  readonly changed: boolean;
}

/**
 * Writes one stack's non-sensitive outputs to schema/outputs/<stack>.cue, if the whole configuration
 * with them passes `cue vet -c ./schema` and the synth's loader (cue export → ajv → rules). Bad input throws
 * before anything is written. The new content goes to a candidate file beside the target; cue checks the
 * configuration as it would be with the candidate in the target's place; only an accepted candidate is
 * renamed over the target, a rejected one is deleted and the error carries cue's message. A process
 * killed at any point therefore leaves the previous file or the accepted new one, never a rejected or a
 * partial one; the next run removes what the killed one left beside it.
 */
export function writeStackOutputs(options: WriteOutputsOptions): WriteOutputsResult {
  const { root, env, stack } = options;
  if (!ENV_NAME.test(env)) throw new OutputsError("input", `environment ${JSON.stringify(env)}: not a valid environment name (${ENV_NAME.source})`);
  if (!STACK_NAME.test(stack)) throw new OutputsError("input", `stack ${JSON.stringify(stack)}: not a valid stack name (${STACK_NAME.source})`);
  const file = outputsFile(root, env, stack);
  const shown = path.relative(root, file);
  const outputs = refuseInto(shown, () => parseTofuOutputs(options.json, options.source));

  const stacks = options.stacks ?? configuredStacks(root);
  if (!Object.hasOwn(stacks, env)) {
    throw new OutputsError("input", `environment ${JSON.stringify(env)}: not in the configuration; known: ${Object.keys(stacks).sort().join(", ")}`);
  }
  if (!stacks[env].includes(stack)) {
    throw new OutputsError("input", `stack ${JSON.stringify(stack)}: not a stack of environment ${env}; known: ${stacks[env].join(", ")}`);
  }

  const names = [...outputs.keys()].sort(byCodePoint);
  const sensitive = names.filter((n) => outputs.get(n)?.sensitive);
  const written = names.filter((n) => !outputs.get(n)?.sensitive);
  const badNames = written.filter((n) => !OUTPUT_NAME.test(n));
  if (badNames.length > 0) {
    throw new OutputsError(
      "input",
      `${options.source}: output names ${badNames.map((n) => JSON.stringify(n)).join(", ")} do not match ${OUTPUT_NAME.source} (#Outputs in schema/config.cue): rename the TerraformOutput`,
    );
  }
  const values = new Map(written.map((name) => [name, outputs.get(name)?.value ?? null]));
  const content = refuseInto(shown, () => formatCue(renderOutputsCue(env, stack, values), options.source), options.source);

  removeLeftovers(file);
  const previous = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  const candidate = writeCandidate(file, content);
  try {
    const problem = checkCandidate(root, file, candidate);
    if (problem) {
      throw new OutputsError("cue", `cue rejected ${shown} (${previous === undefined ? "wrote nothing" : "kept the previous file"}):\n${problem}`);
    }
    renameSync(candidate, file);
    syncDir(path.dirname(file));
  } finally {
    rmSync(candidate, { force: true });
  }
  return { file, written, sensitive, changed: previous !== content };
}

/**
 * Runs `step`; an `input` refusal from it also says that nothing was written to `shown`, and where the
 * data came from when `source` is given and the message does not start with it.
 */
function refuseInto<T>(shown: string, step: () => T, source?: string): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof OutputsError) || error.kind !== "input") throw error;
    const from = source === undefined || error.message.startsWith(`${source}: `) ? "" : `${source}: `;
    throw new OutputsError("input", `${from}${error.message} (nothing written to ${shown})`);
  }
}

/** `cue fmt` of `text`, so a generated file passes the same format check as hand-written ones. */
function formatCue(text: string, source: string): string {
  const result = spawnSync(cueBinary(), ["fmt", "-"], { input: text, encoding: "utf8" });
  if (result.error) throw new Error(`cannot run cue (${result.error.message}): run \`bash scripts/setup.sh\` first`);
  if (result.status !== 0) throw new OutputsError("input", `${source}: the outputs do not render as CUE: ${result.stderr.trim()}`);
  return result.stdout;
}

/** The names a run with process id `pid` gives its candidate and its check folder, beside `file`. */
function siblings(file: string, pid: number): { candidate: string; check: string } {
  const base = path.join(path.dirname(file), `.${path.basename(file)}.${pid}`);
  return { candidate: `${base}.tmp`, check: `${base}.check` };
}

/** Writes `content` to a hidden file beside `file` (cue loads no dot file) and flushes it to disk. */
function writeCandidate(file: string, content: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const { candidate } = siblings(file, process.pid);
  const fd = openSync(candidate, "w");
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return candidate;
}

/** So the rename itself survives a power cut, not only the process. */
function syncDir(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * cue's message when the configuration under `root` would be invalid with `candidate` in place of
 * `file`, else undefined. cue has no overlay option, so it runs in a mirror of `root` made of symbolic
 * links: every entry links to the real one, except the folders on the way to `file`, which are real
 * folders of links, and `file` itself, which links to the candidate. The mirror is a hidden folder
 * beside `file`, removed afterwards (or by the next run, when this one is killed).
 */
function checkCandidate(root: string, file: string, candidate: string): string | undefined {
  const { check } = siblings(file, process.pid);
  try {
    mirror(root, check, path.relative(root, file).split(path.sep), candidate);
    return checkSchema(check)?.split(check).join(root);
  } finally {
    rmSync(check, { recursive: true, force: true }); // removes the links, never what they point at
  }
}

function mirror(from: string, to: string, route: readonly string[], candidate: string): void {
  mkdirSync(to);
  const [next, ...rest] = route;
  for (const entry of readdirSync(from)) {
    // In the target's folder, dot entries are this hook's candidates and check folders (cue skips them anyway).
    if (entry === next || (rest.length === 0 && entry.startsWith("."))) continue;
    symlinkSync(path.join(from, entry), path.join(to, entry));
  }
  if (rest.length === 0) symlinkSync(candidate, path.join(to, next));
  else mirror(path.join(from, next), path.join(to, next), rest, candidate);
}

/**
 * The problem when the configuration under `root` is not valid, else undefined: cue vet of the whole
 * package (outputs included), then the one validated loader every synth uses (cue export → ajv → rules).
 */
function checkSchema(root: string): string | undefined {
  const vet = runCue(["vet", "-c", "./schema"], root);
  if (!vet.ok) return `cue vet -c ./schema: ${vet.stderr.trim()}`;
  try {
    loadConfig(path.join(root, "schema"));
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return undefined;
}

/**
 * What a run killed before it finished left beside `file`: its candidate (.<file>.<pid>.tmp, the name
 * scripts/atomic.ts also uses) and its check folder (.<file>.<pid>.check). Those of another live process
 * are that run's, and stay; ours can only be a dead process's whose id we reuse.
 */
function removeLeftovers(file: string): void {
  const dir = path.dirname(file);
  if (!existsSync(dir)) return;
  const prefix = `.${path.basename(file)}.`;
  for (const entry of readdirSync(dir)) {
    const match = entry.startsWith(prefix) ? /^(\d+)\.(tmp|check)$/.exec(entry.slice(prefix.length)) : null;
    if (match && (Number(match[1]) === process.pid || !isRunning(Number(match[1])))) rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isObject(value: JsonValue | undefined): value is ReadonlyMap<string, JsonValue> {
  return value instanceof Map;
}

function describe(value: JsonValue | undefined): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Map) return "an object";
  if (value instanceof JsonNumber) return `number ${value.text.slice(0, 60)}`;
  return `${typeof value} ${JSON.stringify(value).slice(0, 60)}`;
}
