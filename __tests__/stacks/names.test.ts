import { BOOTSTRAP_STACK, deployOrder, stacksByEnvironment, ZONE_STACK, zoneOwner } from "../../stacks/names";

/** An environment as deployOrder reads it; `linode` puts its nodes on Linode, which adds the network stack. */
const env = (production: boolean, linode: boolean, ...nodes: string[]) => ({
  production,
  nodes: nodes.map((name) => ({ name, provider: linode ? "linode" : "aws", region: linode ? "jp-tyo-3" : "ap-northeast-1" })),
});

describe("deployOrder: the one place that orders stacks and gives the zone stack its owner", () => {
  test("staging and production: each environment network, nodes, data, edge; production owns the zone stack, staging never has it", () => {
    const order = stacksByEnvironment({ staging: env(false, true, "app-1", "db-1"), production: env(true, true, "app-1") }, { bootstrap: false });
    expect(order).toEqual({
      staging: ["staging-network", "staging-node-app-1", "staging-node-db-1", "staging-data", "staging-edge"],
      production: ["production-network", "production-node-app-1", "production-data", "production-edge", ZONE_STACK],
    });
  });

  test("three environments: the first production one in the configuration's order owns the zone (and the bootstrap stack, first)", () => {
    const environments = { dev: env(false, false, "box"), production: env(true, true, "app-1"), "eu-west": env(true, false, "db-node-1") };
    expect(zoneOwner(environments)).toBe("production");
    const order = deployOrder(environments, { bootstrap: true });
    expect(Object.keys(order)).toEqual(["dev", "production", "eu-west"]);
    expect(order.dev.map((s) => s.stack)).toEqual(["dev-node-box", "dev-data", "dev-edge"]);
    expect(order.production).toEqual([
      { stack: BOOTSTRAP_STACK, kind: BOOTSTRAP_STACK },
      { stack: "production-network", kind: "network" },
      { stack: "production-node-app-1", kind: "node" },
      { stack: "production-data", kind: "data" },
      { stack: "production-edge", kind: "edge" },
      { stack: ZONE_STACK, kind: ZONE_STACK },
    ]);
    expect(order["eu-west"].map((s) => s.stack)).toEqual(["eu-west-node-db-node-1", "eu-west-data", "eu-west-edge"]);
  });

  test("no production environment: the first one owns the zone", () => {
    const order = stacksByEnvironment({ a: env(false, false, "n"), b: env(false, false, "m") }, { bootstrap: false });
    expect(order.a.at(-1)).toBe(ZONE_STACK);
    expect(order.b).not.toContain(ZONE_STACK);
  });
});
