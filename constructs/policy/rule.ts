/**
 * The shape of a policy rule. A rule is a pure function of what will be synthesized: it never sees a construct,
 * only the JSON OpenTofu will read, so it judges exactly what gets deployed (overrides and escape hatches
 * included) and can be tested without a stack.
 */

/** A JSON object as it appears in cdk.tf.json. */
export type Attributes = Readonly<Record<string, unknown>>;

/** One `terraform.required_providers` entry. */
export interface RequiredProvider {
  readonly source?: string;
  readonly version?: string;
}

/** One resource of a stack, as synthesized. */
export interface SynthesizedResource {
  /** The resource type, e.g. `aws_instance`. */
  readonly type: string;
  /** The logical name: the key under `resource.<type>` in cdk.tf.json. */
  readonly name: string;
  /** Its block with snake_case keys; references to other resources are `${...}` expressions. */
  readonly attributes: Attributes;
}

/** What a rule may know about the stack around the element it judges. */
export interface StackContext {
  /** The stack's construct path. */
  readonly path: string;
  /** `terraform.required_providers`, by local name. */
  readonly requiredProviders: Readonly<Record<string, RequiredProvider>>;
  /** Every `provider.<name>` configuration block, by local name; aliases are separate entries. */
  readonly providers: Readonly<Record<string, readonly Attributes[]>>;
  /** Every resource of the stack, for the few rules that need a neighbour (a firewall attached to an instance). */
  readonly resources: readonly SynthesizedResource[];
}

/** A resource or a provider block, as a rule judges it. */
export interface PolicyElement extends SynthesizedResource {
  /**
   * `provider` for a provider configuration block (then `type` is the provider's local name, e.g. `cloudflare`,
   * and `name` its alias or `default`); `resource` otherwise.
   */
  readonly kind: "resource" | "provider";
  readonly stack: StackContext;
}

export type RuleResult =
  | { readonly status: "compliant" }
  | { readonly status: "not-applicable" }
  | {
      readonly status: "non-compliant";
      /** Names the attribute and the bad value and suggests the fix; several problems are joined with "; ". */
      readonly message: string;
    };

interface RuleBase {
  /** Short and stable, e.g. `EI1`: suppressions refer to it, so never reuse or renumber one. */
  readonly id: string;
  /** Kebab-case name, the rest of the rule's file name, e.g. `open-ingress`. */
  readonly name: string;
  /** Why the rule exists, one sentence. */
  readonly description: string;
}

/** Judges each resource and provider block; the finding belongs to that resource's or provider's construct. */
export interface ElementRule extends RuleBase {
  readonly scope: "element";
  readonly check: (element: PolicyElement) => RuleResult;
}

/** Judges a whole stack once (its `terraform` block); the finding belongs to the stack. */
export interface StackRule extends RuleBase {
  readonly scope: "stack";
  readonly check: (stack: StackContext) => RuleResult;
}

export type Rule = ElementRule | StackRule;

const COMPLIANT: RuleResult = { status: "compliant" };
const NOT_APPLICABLE: RuleResult = { status: "not-applicable" };

export function notApplicable(): RuleResult {
  return NOT_APPLICABLE;
}

/** Compliant when there are no problems, otherwise non-compliant with every problem in one message. */
export function verdict(problems: readonly string[]): RuleResult {
  return problems.length === 0 ? COMPLIANT : { status: "non-compliant", message: problems.join("; ") };
}
