import { Token } from "cdktf";
import { internetExposure } from "../networks";
import type { Attributes } from "./rule";

/**
 * Readers for synthesized attributes. The same block can arrive as an object (cdktf bindings for a max-1 block)
 * or as a one-element list (an `addOverride` or an untyped `TerraformResource`), so rules read through these.
 */

/**
 * A value OpenTofu computes rather than a literal: a `${...}` template (a reference, variable or function) or a
 * token that has not been resolved yet.
 */
export function isExpression(value: unknown): boolean {
  return (typeof value === "string" && value.includes("${")) || Token.isUnresolved(value);
}

/** Every object of a block that may be a single object, a list of objects, or absent. */
export function blocks(value: unknown): Attributes[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.filter((v): v is Attributes => typeof v === "object" && v !== null && !Array.isArray(v));
}

/** The first object of a block, if any. */
export function block(value: unknown): Attributes | undefined {
  return blocks(value)[0];
}

/** The strings of a list attribute (a lone string counts as a one-element list). */
export function strings(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v): v is string => typeof v === "string");
}

/**
 * The networks among the strings of a list attribute that open it to the internet: judged by range, not
 * spelling, by the same function as the config rules and construct props (constructs/networks.ts), so
 * `0.0.0.0/1` + `128.0.0.0/1` or `2000::/3` count as much as `0.0.0.0/0`.
 */
export function openCidrs(value: unknown): string[] {
  return internetExposure(strings(value)).map((n) => n.cidr);
}

/** A value as it is quoted in messages. */
export function show(value: unknown): string {
  return value === undefined ? "not set" : JSON.stringify(value);
}
