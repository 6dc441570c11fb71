import type { IConstruct } from "constructs";

/** The construct metadata type a suppression is stored under; it shows in the construct tree, not in cdk.tf.json. */
export const SUPPRESSION_METADATA_TYPE = "edge-iac/policy-suppression";

/** A reason shorter than this says nothing a reviewer can check. */
export const MIN_REASON_LENGTH = 10;

export interface Suppression {
  /** The rule it silences, e.g. `EI10`. */
  readonly ruleId: string;
  /** Why the finding is acceptable here. */
  readonly reason: string;
}

/**
 * Silences one rule on `construct` and everything below it. The reason is written down where the exception is
 * made and repeated in the policy report; a suppression that silences nothing is reported as a warning so
 * stale exceptions get removed.
 *
 * @throws when `ruleId` is empty or `reason` has fewer than 10 characters.
 */
export function suppress(construct: IConstruct, ruleId: string, reason: string): void {
  const id = typeof ruleId === "string" ? ruleId.trim() : "";
  const why = typeof reason === "string" ? reason.trim() : "";
  const problems: string[] = [];
  if (id === "") problems.push(`ruleId must name a rule such as "EI10", got ${JSON.stringify(ruleId)}`);
  if (why.length < MIN_REASON_LENGTH) {
    problems.push(`reason must say why in at least ${MIN_REASON_LENGTH} characters, got ${JSON.stringify(reason)}`);
  }
  if (problems.length > 0) {
    throw new Error(`suppress(${construct.node.path}, ${JSON.stringify(ruleId)}): ${problems.join("; ")}`);
  }
  const suppression: Suppression = { ruleId: id, reason: why };
  construct.node.addMetadata(SUPPRESSION_METADATA_TYPE, suppression);
}

/** The suppressions made directly on `construct` (not inherited). */
export function suppressionsOf(construct: IConstruct): Suppression[] {
  return construct.node.metadata.filter((m) => m.type === SUPPRESSION_METADATA_TYPE).map((m) => m.data as Suppression);
}
