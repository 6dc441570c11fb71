import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020";
import type { Config } from "./config.types";
import { ROOT, runCue } from "./cue";
import { ConfigError, type ConfigProblem, joinPath } from "./problems";
import { checkRules } from "./rules";

/** The default configuration: the CUE package under schema/, expression `config`. */
export const DEFAULT_CONFIG = path.join(ROOT, "schema");

let validator: ValidateFunction | undefined;

/**
 * ajv's validator for schema/config.resolved.schema.json, compiled ahead of time by `npm run schema`
 * (schema/config.validate.js; strict, allErrors, ajv-formats) because compiling it costs ~250 ms a synth.
 */
function validate(): ValidateFunction {
  // Required lazily: the standalone validator is generated CommonJS, loaded on first use only.
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
    throw new ConfigError(
      source,
      dedupe(validateFn.errors ?? []).map((e) => ajvProblem(e, file)),
    );
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
    if (!root) throw new ConfigError(source, [outsideModule(dir)]);
    const result = runCue(["export", `./${path.relative(root, dir)}`, "-e", "config", "--out", "json"], root);
    if (!result.ok) throw new ConfigError(source, unresolvedToolkit(result.stderr, dir, root) ?? cueProblems(result.stderr));
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

/** The repository's CUE module (cue.mod/module.cue), the only place `import "edge-iac.dev/toolkit/schema"` resolves. */
function toolkitModule(): string {
  const text = readFileSync(path.join(ROOT, "cue.mod", "module.cue"), "utf8");
  return /^module:\s*"([^"]+)"/m.exec(text)?.[1] ?? "edge-iac.dev/toolkit@v0";
}

/** A path as the user reads it: relative to the working directory when inside it, else absolute. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** What to do with a config package the toolkit's module does not hold. */
function moveHint(dir: string): string {
  const first = readdirSync(dir)
    .filter((f) => f.endsWith(".cue"))
    .sort()[0];
  const name = (first && /^package\s+([A-Za-z_][A-Za-z0-9_]*)/m.exec(readFileSync(path.join(dir, first), "utf8"))?.[1]) || "mine";
  return (
    `move the package into ${ROOT} (e.g. configs/${name}/, keeping import "edge-iac.dev/toolkit/schema") ` +
    `and run the synth with --config configs/${name}; or pass a complete config as a .json file (no CUE defaults apply to it)`
  );
}

/**
 * A package in no CUE module: cue cannot resolve its imports (it stopped with "cannot determine import
 * path … (dir outside of root)"). Named at the package's files, with what to do.
 */
function outsideModule(dir: string): ConfigProblem {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cue"))
    .sort()
    .map((f) => shownPath(path.join(dir, f)));
  return {
    path: "",
    message: `the config package is outside the CUE module ${toolkitModule()} (${ROOT}), the only place its import "edge-iac.dev/toolkit/schema" resolves: ${moveHint(dir)}`,
    file: files.join(", "),
  };
}

/**
 * A package in a module of its own cannot import the toolkit's schema (cue resolves a module's imports
 * from its dependencies, and this one is not published to a registry): one problem at the importing
 * files, saying what to do, instead of cue's report. Undefined for every other failure.
 */
function unresolvedToolkit(stderr: string, dir: string, root: string): ConfigProblem[] | undefined {
  const failed = /cannot find package "(edge-iac\.dev\/toolkit[^"]*)"/.exec(stderr);
  if (!failed) return undefined;
  const positions = [...stderr.matchAll(/^\s+(\S+\.cue):(\d+):(\d+)/gm)].map((m) => `${shownPath(path.resolve(root, m[1]))}:${m[2]}:${m[3]}`);
  return [
    {
      path: "",
      message: `cannot find package "${failed[1]}": the package is in the CUE module at ${root}, not in ${toolkitModule()} (${ROOT}), where that import resolves: ${moveHint(dir)}`,
      file: positions.join(", ") || undefined,
    },
  ];
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
    current = match ? { path: cuePath(match[1]), message: match[2], files: [] } : { path: "", message: line.trim(), files: [] };
  }
  flush();
  // "N errors in empty disjunction" only announces the N lines that follow for the same path.
  const useful = problems.filter((p) => !/^\d+ errors in empty disjunction$/.test(p.message) || !problems.some((q) => q !== p && q.path === p.path));
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
