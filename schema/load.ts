import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import * as path from "path";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020";
import { ROOT, runCue } from "./cue";
import type { Config } from "./config.types";
import { ConfigError, ConfigProblem, joinPath } from "./problems";
import { checkRules } from "./rules";

/** The default configuration: the CUE package under schema/, expression `config`. */
export const DEFAULT_CONFIG = path.join(ROOT, "schema");

let validator: ValidateFunction | undefined;

/**
 * ajv's validator for schema/config.resolved.schema.json, compiled ahead of time by `npm run schema`
 * (schema/config.validate.js; strict, allErrors, ajv-formats) because compiling it costs ~250 ms a synth.
 */
function validate(): ValidateFunction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  validator ??= require("./config.validate.js") as ValidateFunction;
  return validator;
}

/**
 * Loads a configuration and proves it valid: `source` is a directory holding a CUE package with a
 * `config` field (exported by cue, so the CUE definitions are enforced first), or a `.json` file with a
 * resolved config. Then ajv checks the JSON Schema exported from the CUE definitions, and the
 * cross-field rules run. Throws a ConfigError listing every problem.
 */
export function loadConfig(source: string = DEFAULT_CONFIG): Config {
  const { data, file } = readSource(source);
  return checkConfig(data, file, source);
}

/** Validates already parsed data as a config read from `file`. */
export function checkConfig(data: unknown, file: string, source: string = file): Config {
  const validateFn = validate();
  if (!validateFn(data)) {
    throw new ConfigError(source, dedupe(validateFn.errors ?? []).map((e) => ajvProblem(e, file)));
  }
  const config = data as Config;
  const problems = checkRules(config).map((p) => ({ ...p, file: p.file ?? file }));
  if (problems.length > 0) throw new ConfigError(source, problems);
  return config;
}

function readSource(source: string): { data: unknown; file: string } {
  if (!existsSync(source)) {
    throw new ConfigError(source, [{ path: "", message: `no such file or directory: ${source}` }]);
  }
  const shown = path.relative(process.cwd(), source) || ".";
  if (statSync(source).isDirectory()) {
    if (!readdirSync(source).some((f) => f.endsWith(".cue"))) {
      throw new ConfigError(source, [{ path: "", message: `no .cue files in ${shown}` }]);
    }
    const dir = path.resolve(source);
    const root = cueModuleRoot(dir);
    const result = root ? runCue(["export", `./${path.relative(root, dir)}`, "-e", "config", "--out", "json"], root) : runCue(["export", dir, "-e", "config", "--out", "json"]);
    if (!result.ok) throw new ConfigError(source, cueProblems(result.stderr));
    return { data: JSON.parse(result.stdout), file: shown };
  }
  try {
    // A UTF-8 byte-order mark at the start is dropped (RFC 8259 lets a parser ignore it): editors on some
    // systems save one, and JSON.parse refuses it. Anywhere else it is still not JSON.
    const text = readFileSync(source, "utf8").replace(/^\uFEFF/, "");
    return { data: JSON.parse(text), file: shown };
  } catch (error) {
    throw new ConfigError(source, [{ path: "", message: `not valid JSON: ${(error as Error).message}`, file: shown }]);
  }
}

/**
 * The CUE module `dir` belongs to (the nearest ancestor with a cue.mod folder), or undefined. cue runs
 * there so the package resolves its imports in its own module: a copy of the repository elsewhere (a
 * test's, a worktree) is read as itself, not against this checkout's module.
 */
function cueModuleRoot(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, "cue.mod"))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * Turns cue's error report into problems. cue prints `config.a.b.0.c: message:` followed by indented
 * `./file.cue:line:col` positions.
 */
export function cueProblems(stderr: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  let current: { path: string; message: string; files: string[] } | undefined;
  const flush = () => {
    if (current) problems.push({ path: current.path, message: current.message, file: current.files.join(", ") || undefined });
  };
  for (const line of stderr.split("\n")) {
    if (!line.trim()) continue;
    const position = line.match(/^\s+(\S+\.cue:\d+:\d+)/);
    if (position && current) {
      current.files.push(position[1].replace(/^\.\//, ""));
      continue;
    }
    if (/^\s/.test(line) && current) {
      current.message += ` ${line.trim()}`;
      continue;
    }
    flush();
    const match = line.match(/^([^\s:]+): (.*?):?$/);
    current = match
      ? { path: cuePath(match[1]), message: match[2], files: [] }
      : { path: "", message: line.trim(), files: [] };
  }
  flush();
  // "N errors in empty disjunction" only announces the N lines that follow for the same path.
  const useful = problems.filter(
    (p) => !/^\d+ errors in empty disjunction$/.test(p.message) || !problems.some((q) => q !== p && q.path === p.path),
  );
  return useful.length > 0 ? useful : [{ path: "", message: stderr.trim() || "cue export failed" }];
}

/** `config.environments.staging.nodes.0.name` → `environments.staging.nodes[0].name`. */
function cuePath(raw: string): string {
  const segments = raw.split(".");
  if (segments[0] === "config") segments.shift();
  return joinPath(...segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
}

function pointerPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function ajvProblem(error: ErrorObject, file: string): ConfigProblem {
  const at = pointerPath(error.instancePath);
  switch (error.keyword) {
    case "required":
      return { path: joinPath(...at, error.params.missingProperty as string), message: "is required", file };
    case "additionalProperties":
      return { path: joinPath(...at, error.params.additionalProperty as string), message: "unknown key (not in the schema)", file };
    case "propertyNames":
      return { path: joinPath(...at), message: `key ${JSON.stringify(error.params.propertyName)} is not a valid name`, file };
    case "enum":
      return {
        path: joinPath(...at),
        message: `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
        file,
      };
    default:
      return { path: joinPath(...at), message: error.message ?? error.keyword, file };
  }
}

/** ajv reports some failures once per schema branch (allOf); one line per path and message is enough. */
function dedupe(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
