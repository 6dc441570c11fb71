import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "./cue";

export type JsonObject = { [key: string]: unknown };

/**
 * Names of the fields declared optional (`name?:`) in the CUE definitions. Every other field is present
 * in what `cue export` produces, defaults included, although cue's JSON Schema lists only the fields
 * without a default as required.
 */
export function optionalCueFields(dir: string = path.join(ROOT, "schema")): Set<string> {
  const optional = new Set<string>();
  const required = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".cue") && f !== "default.cue")) {
    for (const match of readFileSync(path.join(dir, file), "utf8").matchAll(/^\s*([A-Za-z_][A-Za-z0-9_]*)(\?)?:/gm)) {
      (match[2] ? optional : required).add(match[1]);
    }
  }
  const ambiguous = [...optional].filter((name) => required.has(name));
  if (ambiguous.length > 0) {
    throw new Error(
      `field name(s) ${ambiguous.join(", ")} are optional in one CUE definition and required in another; ` +
        "the resolved schema matches optional fields by name, so rename one of them",
    );
  }
  return optional;
}

/**
 * The schema of a resolved configuration, the shape `cue export` emits and the constructs consume:
 * cue's export with every non-optional property required. ajv checks configs against this one.
 */
export function resolveSchema(schema: JsonObject, optional: ReadonlySet<string>): JsonObject {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== "object") return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node as JsonObject)) out[key] = visit(value);
    if (out.properties && typeof out.properties === "object") {
      out.required = Object.keys(out.properties as JsonObject)
        .filter((name) => !optional.has(name))
        .sort();
    }
    return out;
  };
  return visit(schema) as JsonObject;
}
