import { TerraformStack, Testing } from "cdktf";
import type { Construct } from "constructs";

/** A bare stack to put one construct in. */
export function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** Synthesizes `build`'s constructs and returns the parsed JSON: resources by type, then by id. */
export function synth(build: (scope: Construct) => void): { json: string; resources: Resources; outputs: Record<string, unknown> } {
  const json = Testing.synthScope((scope) => build(scope));
  const parsed = JSON.parse(json);
  return { json, resources: parsed.resource ?? {}, outputs: parsed.output ?? {} };
}

/** Every resource of `type`, in synthesis order. */
export function ofType(resources: Resources, type: string): Array<Record<string, unknown>> {
  return Object.values(resources[type] ?? {});
}
