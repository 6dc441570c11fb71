/** What a plan would do to one stack, from `tofu show -json <planfile>`. */
export interface PlanSummary {
  readonly create: string[];
  readonly update: string[];
  readonly destroy: string[];
  readonly replace: string[];
  /** Resources removed from the state without being destroyed (`removed` blocks). */
  readonly forget: string[];
  /** Output names whose value changes. */
  readonly outputs: string[];
}

interface PlanJson {
  resource_changes?: Array<{ address: string; change: { actions: string[] } }>;
  output_changes?: Record<string, { actions: string[] }>;
}

/** Sorts the plan's resource changes by action; reads are data sources and no-ops change nothing. */
export function summarizePlan(json: string): PlanSummary {
  const plan = JSON.parse(json) as PlanJson;
  const summary: PlanSummary = { create: [], update: [], destroy: [], replace: [], forget: [], outputs: [] };
  for (const rc of plan.resource_changes ?? []) {
    const actions = rc.change.actions;
    if (actions.includes("delete") && actions.includes("create")) summary.replace.push(rc.address);
    else if (actions.includes("create")) summary.create.push(rc.address);
    else if (actions.includes("update")) summary.update.push(rc.address);
    else if (actions.includes("delete")) summary.destroy.push(rc.address);
    else if (actions.includes("forget")) summary.forget.push(rc.address);
  }
  for (const [name, change] of Object.entries(plan.output_changes ?? {})) {
    if (!change.actions.every((a) => a === "no-op")) summary.outputs.push(name);
  }
  return summary;
}

export function hasChanges(summary: PlanSummary): boolean {
  return [summary.create, summary.update, summary.destroy, summary.replace, summary.forget, summary.outputs].some((l) => l.length > 0);
}

export interface Paint {
  readonly add: (s: string) => string;
  readonly change: (s: string) => string;
  readonly remove: (s: string) => string;
}

const plain: Paint = { add: (s) => s, change: (s) => s, remove: (s) => s };

/**
 * `staging-data: 2 to create, 1 to update, 1 to destroy, 1 to replace`, then one line per destroyed or
 * replaced resource: those are the changes a reader must not miss.
 */
export function describePlan(stack: string, summary: PlanSummary, paint: Paint = plain): string[] {
  if (!hasChanges(summary)) return [`${stack}: no changes`];
  const counts = [
    paint.add(`${summary.create.length} to create`),
    paint.change(`${summary.update.length} to update`),
    paint.remove(`${summary.destroy.length} to destroy`),
    paint.remove(`${summary.replace.length} to replace`),
  ];
  if (summary.forget.length > 0) counts.push(paint.change(`${summary.forget.length} to forget`));
  if (summary.outputs.length > 0) counts.push(`outputs changing: ${summary.outputs.join(", ")}`);
  const lines = [`${stack}: ${counts.join(", ")}`];
  for (const address of summary.destroy) lines.push(`  ${paint.remove("destroy")} ${address}`);
  for (const address of summary.replace) lines.push(`  ${paint.remove("replace")} ${address}`);
  for (const address of summary.forget) lines.push(`  ${paint.change("forget")}  ${address}`);
  return lines;
}
