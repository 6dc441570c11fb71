/** An environment as far as Linode is concerned; loose so configs read as plain JSON fit too. */
interface LinodeView {
  readonly nodes: ReadonlyArray<{ readonly name?: string; readonly provider?: string; readonly region?: string }>;
  readonly postgres?: { readonly mode?: string; readonly managed?: { readonly provider?: string; readonly region?: string } };
}

/** The regions of the environment's Linode resources: its Linode nodes and its Linode managed database. */
function linodePlacements(env: LinodeView): Array<string | undefined> {
  const pg = env.postgres;
  return [
    ...env.nodes.filter((n) => n.provider === "linode").map((n) => n.region),
    ...(pg?.mode === "managed" && pg.managed?.provider === "linode" ? [pg.managed.region] : []),
  ];
}

/** Whether the environment has anything on Linode, and so a private network (the <env>-network stack). */
export function usesLinode(env: LinodeView): boolean {
  return linodePlacements(env).length > 0;
}

/** The Linode regions an environment runs in, each once: one VPC each in its <env>-network stack. */
export function linodeRegions(env: LinodeView): string[] {
  return [...new Set(linodePlacements(env).filter((r): r is string => r !== undefined))];
}
