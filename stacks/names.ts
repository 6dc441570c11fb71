import { usesLinode } from "../schema/linode";

/** The stack kinds of one environment; a node stack exists per node, a network stack when it uses Linode. */
export type StackKind = "network" | "edge" | "data" | "node";

/** The one stack shared by every environment: the zone's WAF and rate limits. */
export const ZONE_STACK = "zone";

/**
 * The account's bootstrap stack (seed 000's infra/bootstrap): the R2 bucket remote state lives in and CI's
 * API tokens. It belongs to the zone owner like the zone stack (its outputs are `outputs.<owner>.bootstrap`),
 * but no deploy includes it unless named: a human applies it once, with an account-level token.
 */
export const BOOTSTRAP_STACK = "bootstrap";

/**
 * The environment that owns the zone stack (its state backend, its deploys): the first production
 * environment, else the first one. Deploying another environment never touches the zone stack.
 */
export function zoneOwner(environments: Readonly<Record<string, { readonly production: boolean }>>): string {
  const names = Object.keys(environments);
  return names.find((name) => environments[name].production) ?? names[0];
}

/** The stack name, which is also its folder under cdktf.out/stacks/ and its state key. */
export function stackName(envName: string, kind: StackKind, nodeName?: string): string {
  return kind === "node" ? `${envName}-node-${nodeName}` : `${envName}-${kind}`;
}

/**
 * Every stack name an environment synthesizes, in dependency order: its private network (when it has one:
 * stacks/network-stack.ts), nodes, then data, then edge.
 */
export function stackNames(envName: string, nodeNames: readonly string[], network = false): string[] {
  return ownStacks(envName, nodeNames, network).map((s) => s.stack);
}

function ownStacks(envName: string, nodeNames: readonly string[], network: boolean): DeployStack[] {
  return [
    ...(network ? [{ stack: stackName(envName, "network"), kind: "network" } as const] : []),
    ...nodeNames.map((n) => ({ stack: stackName(envName, "node", n), kind: "node" }) as const),
    { stack: stackName(envName, "data"), kind: "data" },
    { stack: stackName(envName, "edge"), kind: "edge" },
  ];
}

/** A stack to deploy: its name and the kind that decides its place (and CI's token family for it). */
export interface DeployStack {
  readonly stack: string;
  readonly kind: StackKind | typeof ZONE_STACK | typeof BOOTSTRAP_STACK;
}

type EnvironmentsOf = Readonly<
  Record<string, { readonly production: boolean; readonly nodes: ReadonlyArray<{ readonly name: string }> } & Parameters<typeof usesLinode>[0]>
>;

/**
 * The one answer to "which stacks does an environment deploy, in which order": environment (in the
 * configuration's order) → its stacks. The account's bootstrap stack first for the zone owner when the
 * config has one (the state bucket comes before any state kept in it), then the environment's own stacks
 * (network, nodes, data, edge), then the zone stack, for the zone owner only: deploying another
 * environment never touches the rules production traffic passes through. `npm run deploy` (with or
 * without --no-synth), the post-apply hook and CI's stack matrix all read it.
 */
export function deployOrder(environments: EnvironmentsOf, options: { readonly bootstrap: boolean }): Record<string, DeployStack[]> {
  const owner = zoneOwner(environments);
  const order: Record<string, DeployStack[]> = {};
  for (const [env, value] of Object.entries(environments)) {
    order[env] = [
      ...(env === owner && options.bootstrap ? [{ stack: BOOTSTRAP_STACK, kind: BOOTSTRAP_STACK } as const] : []),
      ...ownStacks(
        env,
        value.nodes.map((n) => n.name),
        usesLinode(value),
      ),
      ...(env === owner ? [{ stack: ZONE_STACK, kind: ZONE_STACK } as const] : []),
    ];
  }
  return order;
}

/** {@link deployOrder} as names only: environment → its stack names in deploy order. */
export function stacksByEnvironment(environments: EnvironmentsOf, options: { readonly bootstrap: boolean }): Record<string, string[]> {
  return Object.fromEntries(Object.entries(deployOrder(environments, options)).map(([env, stacks]) => [env, stacks.map((s) => s.stack)]));
}
