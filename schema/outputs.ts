import type { Config } from "./config.types";

/**
 * The value a stack reported after its last apply (written back by the post-apply hook into
 * schema/outputs/), or undefined when the stack was never applied or has no such non-sensitive output.
 * Callers decide what "not applied yet" means: usually a placeholder that a second deploy replaces.
 */
export function stackOutput(config: Pick<Config, "outputs">, env: string, stack: string, name: string): unknown | undefined {
  return ownValue(ownValue(ownValue(config.outputs, env), stack), name);
}

/** Like stackOutput, but only a string counts; anything else is undefined. */
export function stackOutputString(config: Pick<Config, "outputs">, env: string, stack: string, name: string): string | undefined {
  const value = stackOutput(config, env, stack, name);
  return typeof value === "string" ? value : undefined;
}

/**
 * `object[key]` when `object` is an object with that own property, else undefined: an output named
 * "constructor" must not find Object.prototype's.
 */
export function ownValue(object: unknown, key: string): unknown {
  return typeof object === "object" && object !== null && Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}
