/** Whether the environment has anything on Linode, and so a private network (the <env>-network stack). */
export function usesLinode(env: {
  readonly nodes: ReadonlyArray<{ readonly name?: string; readonly provider?: string }>;
  readonly postgres?: { readonly mode?: string; readonly managed?: { readonly provider?: string } };
}): boolean {
  return env.nodes.some((n) => n.provider === "linode") || (env.postgres?.mode === "managed" && env.postgres.managed?.provider === "linode");
}
