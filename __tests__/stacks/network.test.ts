import { readFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";
import { loadConfig } from "../../schema/load";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir } from "../helpers/config";
import type { Json } from "../helpers/json";
import { workerScript } from "../helpers/worker";

function synthOf(config: ReturnType<typeof defaultConfig>, environments?: string[]) {
  const outdir = path.join(tempDir(), "cdktf.out");
  const stacks = synthesize(config, { workerScript: workerScript(), outdir, environments });
  const read = (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
  return { stacks, read, resources: (stack: string, type: string): Json[] => Object.values(read(stack).resource?.[type] ?? {}) };
}

describe("the environment's private network on Linode", () => {
  test("one VPC and subnet per Linode region, whose ids are the network stack's outputs", () => {
    const { read, resources } = synthOf(defaultConfig(), ["production"]);
    expect(resources("production-network", "linode_vpc")).toEqual([expect.objectContaining({ label: "acme-production-jp-tyo-3", region: "jp-tyo-3" })]);
    expect(resources("production-network", "linode_vpc_subnet")).toEqual([expect.objectContaining({ label: "acme-production-jp-tyo-3", ipv4: "10.0.0.0/24" })]);
    expect(Object.keys(read("production-network").output).sort()).toEqual(["vpc_ids", "vpc_subnet_ids"]);
    expect(read("production-network").output.vpc_subnet_ids.value).toEqual({ "jp-tyo-3": expect.stringMatching(/^\$\{linode_vpc_subnet\.[^.]+\.id\}$/) });
  });

  test("staging and production are separate VPCs: neither environment's firewall admits the other's nodes", () => {
    const config = defaultConfig();
    config.environments.production.network.subnet = "10.1.0.0/24";
    const { resources } = synthOf(config);
    expect(resources("staging-network", "linode_vpc")[0].label).not.toBe(resources("production-network", "linode_vpc")[0].label);
    const rule = (env: string) => resources(`${env}-node-db-1`, "linode_firewall")[0].inbound;
    expect(rule("production")).toEqual([expect.objectContaining({ ports: "5432", ipv4: ["10.1.0.0/24"] })]);
    expect(rule("staging")).toEqual([expect.objectContaining({ ports: "5432", ipv4: ["10.0.0.0/24"] })]);
  });

  test("before the network stack was applied, a node stack asks for the subnet id; afterwards CUE's value is its default", () => {
    const config = defaultConfig();
    const before = synthOf(config, ["staging"]).read("staging-node-app-1");
    expect(before.variable.linode_subnet_id).toEqual({ type: "number", description: expect.stringContaining("apply staging-network first") });
    expect(before.variable.linode_vpc_id).toBeUndefined();
    config.outputs = { staging: { "staging-network": { vpc_ids: { "jp-tyo-3": 11 }, vpc_subnet_ids: { "jp-tyo-3": "4242" } } } };
    const after = synthOf(config, ["staging"]).read("staging-node-app-1");
    expect(after.variable.linode_subnet_id.default).toBe(4242);
    expect(Object.values(after.resource.linode_instance as Json)[0].interface[1]).toEqual({ purpose: "vpc", subnet_id: "${var.linode_subnet_id}" });
  });

  test("an id CUE cannot hold as a subnet id (not a positive whole number) is not used", () => {
    const config = defaultConfig();
    config.outputs = { staging: { "staging-network": { vpc_subnet_ids: { "jp-tyo-3": "x" }, vpc_ids: { "jp-tyo-3": -1 } } } };
    expect(synthOf(config, ["staging"]).read("staging-node-app-1").variable.linode_subnet_id.default).toBeUndefined();
  });

  test("a Linode managed database joins the VPC from the data stack, reached from the subnet only", () => {
    const config = defaultConfig();
    const staging = config.environments.staging;
    staging.nodes = staging.nodes.filter((n) => n.name !== "db-1");
    staging.postgres = {
      ...staging.postgres,
      mode: "managed",
      node: undefined,
      managed: { provider: "linode", region: "jp-tyo-3", size: "g6-nanode-1", allowList: [], replicas: 0 },
    };
    const { read, resources } = synthOf(config, ["staging"]);
    expect(resources("staging-data", "linode_database_postgresql_v2")).toEqual([
      expect.objectContaining({
        allow_list: ["10.0.0.0/24"],
        private_network: { vpc_id: "${var.linode_vpc_id}", subnet_id: "${var.linode_subnet_id}", public_access: false },
      }),
    ]);
    expect(read("staging-data").output.postgres_admin_password.sensitive).toBe(true);
    expect(read("staging-data").output.postgres_host.value).toMatch(/host_primary/);
    expect(read("staging-data").provider.aws).toBeUndefined();
  });

  test("production nodes let out only what a tunnel host needs by default; staging's stay open", () => {
    const { resources } = synthOf(defaultConfig());
    expect(resources("production-node-app-1", "linode_firewall")[0]).toMatchObject({ outbound_policy: "DROP" });
    expect(resources("staging-node-app-1", "linode_firewall")[0]).toMatchObject({ outbound_policy: "ACCEPT" });
    const config = defaultConfig();
    config.environments.production.network = {
      ...config.environments.production.network,
      egress: "open",
      egressReason: "the batch node fetches from customer-provided URLs",
    };
    expect(synthOf(config, ["production"]).resources("production-node-app-1", "linode_firewall")[0]).toMatchObject({ outbound_policy: "ACCEPT" });
  });

  test("an environment with nothing on Linode has no network stack", () => {
    const { stacks } = synthOf(loadConfig(path.join(ROOT, "examples", "cartographer")));
    expect(stacks.filter((s) => s.endsWith("-network"))).toEqual([]);
  });
});
