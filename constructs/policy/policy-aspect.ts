import { Annotations, Aspects, type IAspect, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { evaluatePolicy, evaluateStacks, formatFinding, formatUnusedSuppression, type PolicyReport, stacksIn } from "./evaluate";
import type { Rule } from "./rule";
import { ALL_RULES } from "./rules";

/** Thrown when a policy check finds violations; the message lists every one, sorted by construct path. */
export class PolicyViolationError extends Error {
  constructor(readonly report: PolicyReport) {
    super(describe(report));
    this.name = "PolicyViolationError";
  }
}

function describe(report: PolicyReport): string {
  const n = report.findings.length;
  const lines = [
    `Policy check failed with ${n} violation${n === 1 ? "" : "s"}; fix each, or suppress(construct, ruleId, reason) it with a written reason:`,
    ...report.findings.map((f) => `  ${formatFinding(f)}`),
  ];
  if (report.unusedSuppressions.length > 0) {
    lines.push("Warnings:", ...report.unusedSuppressions.map((u) => `  ${formatUnusedSuppression(u)}`));
  }
  return lines.join("\n");
}

export interface PolicyAspectProps {
  /**
   * The rules to enforce.
   * @default ALL_RULES
   */
  readonly rules?: readonly Rule[];
  /**
   * Throw a PolicyViolationError listing the findings of every checked stack as soon as synth reaches the
   * first of them, before any stack is written. When false, findings only become error annotations and cdktf
   * aborts synth at the first stack that has one, listing that stack's errors (after writing the stacks
   * before it); that is the mode for `CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS`, which then records them
   * in the manifest and writes everything.
   * @default true
   */
  readonly failFast?: boolean;
}

/**
 * Enforces the policy rules on every stack it is applied to, the way cdk-nag does: findings become
 * `Annotations` errors on the offending construct (rule id, construct path, message), unused suppressions
 * become warnings, suppressed findings infos.
 *
 * cdktf 0.21 runs aspects per stack and never passes a stack the aspects of the App, so
 * `Aspects.of(app).add(aspect)` alone checks nothing: use `applyPolicy(app)`, which adds one aspect to every stack.
 * The check runs once per App, when synth visits the first checked stack, and covers all checked stacks
 * as they are at that moment.
 */
export class PolicyAspect implements IAspect {
  readonly rules: readonly Rule[];
  private readonly failFast: boolean;
  private readonly reports = new WeakMap<IConstruct, PolicyReport>();

  constructor(props: PolicyAspectProps = {}) {
    this.rules = props.rules ?? ALL_RULES;
    this.failFast = props.failFast ?? true;
    const ids = this.rules.map((r) => r.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (duplicates.length > 0) throw new Error(`PolicyAspect.rules: rule ids must be unique, got ${JSON.stringify(duplicates)} twice`);
  }

  visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    const root = node.node.root;
    if (this.reports.has(root)) return;
    const report = evaluateStacks(
      stacksIn(root).filter((s) => this.isAppliedTo(s)),
      this.rules,
    );
    this.reports.set(root, report);
    for (const f of report.findings) Annotations.of(f.construct).addError(formatFinding(f));
    for (const u of report.unusedSuppressions) Annotations.of(u.construct).addWarning(formatUnusedSuppression(u));
    for (const s of report.suppressed) {
      Annotations.of(s.construct).addInfo(`${s.ruleId} ${s.ruleName} suppressed at ${s.suppressedAt}: ${s.reason}`);
    }
    if (this.failFast && report.findings.length > 0) throw new PolicyViolationError(report);
  }

  /** The report of the check this aspect ran for the App `scope` belongs to; undefined before synth. */
  reportFor(scope: IConstruct): PolicyReport | undefined {
    return this.reports.get(scope.node.root);
  }

  private isAppliedTo(stack: TerraformStack): boolean {
    return stack.node.scopes.some((s) => Aspects.of(s).all.includes(this));
  }
}

/**
 * Applies the policy to every stack of `app`; call it after the last stack is built and before `app.synth()`.
 * A stack created later would go unchecked, so the App also gets a validation that fails synth naming it.
 * Returns the aspect, whose `reportFor(app)` holds the report after synth.
 */
export function applyPolicy(app: IConstruct, props: PolicyAspectProps = {}): PolicyAspect {
  const aspect = new PolicyAspect(props);
  for (const stack of stacksIn(app)) Aspects.of(stack).add(aspect);
  app.node.addValidation({
    validate: () =>
      stacksIn(app)
        .filter((s) => !Aspects.of(s).all.includes(aspect))
        .map((s) => `policy: stack ${s.node.path} was created after applyPolicy(app) and was not checked; call applyPolicy last`),
  });
  return aspect;
}

/**
 * Checks `scope` (an App or a stack) now, without synthesizing, and throws a PolicyViolationError listing every
 * violation. Returns the report (suppressed findings and unused suppressions included) when there is none.
 */
export function assertCompliant(scope: IConstruct, rules: readonly Rule[] = ALL_RULES): PolicyReport {
  const report = evaluatePolicy(scope, rules);
  if (report.findings.length > 0) throw new PolicyViolationError(report);
  return report;
}
