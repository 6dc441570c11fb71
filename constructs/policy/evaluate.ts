import { TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { block } from "./attributes";
import type { Attributes, PolicyElement, RequiredProvider, Rule, RuleResult, StackContext, SynthesizedResource } from "./rule";
import { suppressionsOf } from "./suppressions";

/** A rule that judged a construct non-compliant. */
export interface Finding {
  readonly ruleId: string;
  readonly ruleName: string;
  /** The construct path of the resource, provider or stack. */
  readonly path: string;
  readonly message: string;
  /** The construct the finding belongs to (the stack for stack rules and for resources added by override). */
  readonly construct: IConstruct;
}

/** A finding silenced by a suppression on its construct or one of its parents. */
export interface SuppressedFinding extends Finding {
  readonly reason: string;
  /** Where the suppression was made. */
  readonly suppressedAt: string;
}

/** A suppression no finding needed: the problem was fixed, or the rule id is wrong. */
export interface UnusedSuppression {
  readonly ruleId: string;
  readonly reason: string;
  readonly path: string;
  readonly construct: IConstruct;
}

/** What a policy check found, every list sorted by construct path, then rule id. */
export interface PolicyReport {
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly unusedSuppressions: readonly UnusedSuppression[];
}

/** How a finding reads in annotations and errors: rule id and name, construct path, message. */
export function formatFinding(f: Finding): string {
  return `${f.ruleId} ${f.ruleName} at ${f.path}: ${f.message}`;
}

export function formatUnusedSuppression(u: UnusedSuppression): string {
  return `unused suppression of ${u.ruleId} at ${u.path} (reason: ${JSON.stringify(u.reason)}): nothing here or below violates ${u.ruleId}; remove it`;
}

const byPathThenRule = (a: { path: string; ruleId: string }, b: { path: string; ruleId: string }): number =>
  a.path.localeCompare(b.path, "en") || a.ruleId.localeCompare(b.ruleId, "en", { numeric: true });

/** The stacks a check covers: `scope` itself when it is a stack, otherwise every stack below it (an App). */
export function stacksIn(scope: IConstruct): TerraformStack[] {
  return TerraformStack.isStack(scope) ? [scope] : scope.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
}

/**
 * Runs `rules` against `scope` (an App or a stack) as it would synthesize now, applies suppressions, and
 * returns the report. It writes nothing and adds no annotations.
 */
export function evaluatePolicy(scope: IConstruct, rules: readonly Rule[]): PolicyReport {
  return evaluateStacks(stacksIn(scope), rules);
}

export function evaluateStacks(stacks: readonly TerraformStack[], rules: readonly Rule[]): PolicyReport {
  const raw: Finding[] = [];
  for (const stack of stacks) raw.push(...evaluateStack(stack, rules));

  const used = new Set<string>();
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of raw) {
    const hit = findSuppression(finding);
    if (!hit) {
      findings.push(finding);
      continue;
    }
    used.add(placementKey(hit.at, finding.ruleId));
    suppressed.push({ ...finding, reason: hit.reason, suppressedAt: hit.at.node.path });
  }

  const unusedSuppressions: UnusedSuppression[] = [];
  const seen = new Set<IConstruct>();
  for (const stack of stacks) {
    for (const construct of [...stack.node.scopes, ...stack.node.findAll()]) {
      if (seen.has(construct)) continue;
      seen.add(construct);
      for (const s of suppressionsOf(construct)) {
        if (!used.has(placementKey(construct, s.ruleId))) {
          unusedSuppressions.push({ ruleId: s.ruleId, reason: s.reason, path: construct.node.path, construct });
        }
      }
    }
  }

  return {
    findings: findings.sort(byPathThenRule),
    suppressed: suppressed.sort(byPathThenRule),
    unusedSuppressions: unusedSuppressions.sort(byPathThenRule),
  };
}

function placementKey(construct: IConstruct, ruleId: string): string {
  return `${construct.node.path}\u0000${ruleId}`;
}

/** The nearest suppression of the finding's rule on its construct or a parent. */
function findSuppression(finding: Finding): { at: IConstruct; reason: string } | undefined {
  for (const scope of [...finding.construct.node.scopes].reverse()) {
    const s = suppressionsOf(scope).find((x) => x.ruleId === finding.ruleId);
    if (s) return { at: scope, reason: s.reason };
  }
  return undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: the synthesized stack is untyped JSON, read field by field by the rules.
type Json = Record<string, any>;

function withoutMetadata(attributes: Attributes): Attributes {
  const { "//": _metadata, ...rest } = attributes;
  return rest;
}

/**
 * The JSON the policy judged, per stack, for the synthesizer to write instead of resolving the stack a
 * second time (resolving is most of a synth's cost at scale). Taken once: see CheckedStack.
 */
const judged = new WeakMap<TerraformStack, unknown>();

/** The JSON the policy judged for `stack`, once; undefined when the policy did not run or it was taken. */
export function takeJudgedJson(stack: TerraformStack): unknown | undefined {
  const json = judged.get(stack);
  judged.delete(stack);
  return json;
}

/** Runs every rule against one stack's synthesized JSON; findings are not yet filtered by suppressions. */
function evaluateStack(stack: TerraformStack, rules: readonly Rule[]): Finding[] {
  // The stack's own toTerraform() is what the synthesizer writes: overrides applied, tokens resolved to
  // `${...}` expressions. Judging that, rather than construct props, leaves no escape hatch unchecked.
  const tf = stack.toTerraform() as Json;
  judged.set(stack, tf);

  const owned = stack.node.findAll().filter((c) => TerraformStack.of(c) === stack);
  const resourceConstructs = new Map<string, IConstruct>();
  const providerConstructs = new Map<string, IConstruct>();
  for (const c of owned) {
    if (TerraformResource.isTerraformResource(c)) resourceConstructs.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
    if (TerraformProvider.isTerraformProvider(c)) providerConstructs.set(`${c.terraformResourceType}.${c.alias ?? "default"}`, c);
  }

  const resources: SynthesizedResource[] = [];
  for (const [type, byName] of Object.entries((tf.resource ?? {}) as Json)) {
    for (const [name, attributes] of Object.entries((byName ?? {}) as Json)) {
      resources.push({ type, name, attributes: withoutMetadata(attributes as Attributes) });
    }
  }
  const providers: Record<string, Attributes[]> = {};
  for (const [type, configs] of Object.entries((tf.provider ?? {}) as Json)) {
    providers[type] = (Array.isArray(configs) ? configs : [configs]).map((c) => (c ?? {}) as Attributes);
  }
  const context: StackContext = {
    path: stack.node.path,
    requiredProviders: (block(tf.terraform)?.required_providers ?? {}) as Record<string, RequiredProvider>,
    providers,
    resources,
  };

  // A resource added with stack.addOverride has no construct of its own: its findings go to the stack,
  // with the address in the message.
  const elements: { element: PolicyElement; construct: IConstruct; prefix: string }[] = [
    ...resources.map((r) => {
      const construct = resourceConstructs.get(`${r.type}.${r.name}`);
      return {
        element: { ...r, kind: "resource" as const, stack: context },
        construct: construct ?? stack,
        prefix: construct ? "" : `resource ${r.type}.${r.name}: `,
      };
    }),
    ...Object.entries(providers).flatMap(([type, configs]) =>
      configs.map((attributes) => {
        const name = typeof attributes.alias === "string" ? attributes.alias : "default";
        const construct = providerConstructs.get(`${type}.${name}`);
        return {
          element: { type, name, attributes, kind: "provider" as const, stack: context },
          construct: construct ?? stack,
          prefix: construct ? "" : `provider ${type}${name === "default" ? "" : `.${name}`}: `,
        };
      }),
    ),
  ];

  const findings: Finding[] = [];
  const record = (rule: Rule, construct: IConstruct, result: RuleResult, prefix = "") => {
    if (result.status !== "non-compliant") return;
    findings.push({ ruleId: rule.id, ruleName: rule.name, path: construct.node.path, message: prefix + result.message, construct });
  };
  for (const rule of rules) {
    if (rule.scope === "stack") {
      record(rule, stack, rule.check(context));
      continue;
    }
    for (const { element, construct, prefix } of elements) record(rule, construct, rule.check(element), prefix);
  }
  return findings;
}
