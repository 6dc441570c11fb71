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
  return [
    ...(network ? [stackName(envName, "network")] : []),
    ...nodeNames.map((n) => stackName(envName, "node", n)),
    stackName(envName, "data"),
    stackName(envName, "edge"),
  ];
}

/**
 * Environment → its stacks in deploy order: the account's bootstrap stack first for the zone owner when
 * the config has one (the state bucket comes before any state kept in it), the environment's own stacks,
 * then the zone stack — for the owner only, or for every environment with `zoneFor: "every"`.
 */
export function stacksByEnvironment(
  environments: Readonly<Record<string, { readonly production: boolean; readonly nodes: ReadonlyArray<{ readonly name: string }> } & Parameters<typeof usesLinode>[0]>>,
  options: { readonly bootstrap: boolean; readonly zoneFor: "owner" | "every" },
): Record<string, string[]> {
  const owner = zoneOwner(environments);
  const stacks: Record<string, string[]> = {};
  for (const [env, value] of Object.entries(environments)) {
    stacks[env] = [
      ...(env === owner && options.bootstrap ? [BOOTSTRAP_STACK] : []),
      ...stackNames(env, value.nodes.map((n) => n.name), usesLinode(value)),
      ...(env === owner || options.zoneFor === "every" ? [ZONE_STACK] : []),
    ];
  }
  return stacks;
}
