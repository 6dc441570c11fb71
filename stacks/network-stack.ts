import { TerraformOutput, type TerraformStack, TerraformVariable, Token } from "cdktf";
import type { Construct } from "constructs";
import { LinodeNetwork } from "../constructs/linode-network";
import { linodeRegions } from "../schema/linode";
import { ownValue, stackOutput } from "../schema/outputs";
import { EnvironmentStack, type EnvironmentStackProps } from "./environment-stack";
import { stackName } from "./names";
import { type EnvContext, namePrefix } from "./props";
import { linodeProvider } from "./providers";

/**
 * The environment's private network on Linode: a VPC with one subnet (config `network.subnet`) in every
 * region it has Linode resources in. Deployed before every other stack of the environment; its outputs,
 * written back to CUE, give the node and data stacks their VPC and subnet ids (networkInputs).
 */
export class NetworkStack extends EnvironmentStack {
  readonly networks: Record<string, LinodeNetwork> = {};

  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, props);
    linodeProvider(this);
    for (const region of linodeRegions(this.env)) {
      this.networks[region] = new LinodeNetwork(this, `network-${region}`, {
        label: `${namePrefix(this.context)}-${region}`,
        region,
        subnetCidr: this.env.network.subnet,
        description: `${this.envName} of ${this.config.project}: nodes and Postgres, private`,
      });
    }
    const ids = (pick: (n: LinodeNetwork) => string) =>
      Object.fromEntries(Object.entries(this.networks).map(([region, n]) => [region, Token.asNumber(pick(n))]));
    new TerraformOutput(this, "vpc_ids", { value: ids((n) => n.vpc.id), description: "region → VPC id" });
    new TerraformOutput(this, "vpc_subnet_ids", { value: ids((n) => n.subnet.id), description: "region → subnet id of the environment's VPC" });
  }
}

/** An id the network stack reported for `region`, as CUE holds it (a number, or its text). */
function reportedId(ctx: EnvContext, output: "vpc_ids" | "vpc_subnet_ids", region: string): number | undefined {
  const value = ownValue(stackOutput(ctx.config, ctx.envName, stackName(ctx.envName, "network"), output), region);
  const id = typeof value === "string" ? Number(value) : value;
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/**
 * The VPC and subnet ids of the environment's network in `region`, as input variables of `stack`: their
 * defaults are what the <env>-network stack reported after its last apply (CUE outputs). Before it was
 * applied they have no default and `tofu plan` asks for them; `npm run deploy` applies the network stack
 * first and synthesizes again, so it never does.
 */
export function networkInputs(stack: TerraformStack, ctx: EnvContext, region: string): { vpcId: number; subnetId: number };
export function networkInputs(stack: TerraformStack, ctx: EnvContext, region: string, only: "subnet"): { subnetId: number };
export function networkInputs(stack: TerraformStack, ctx: EnvContext, region: string, only?: "subnet"): { vpcId?: number; subnetId: number } {
  const network = stackName(ctx.envName, "network");
  const variable = (name: string, output: "vpc_ids" | "vpc_subnet_ids", what: string) =>
    new TerraformVariable(stack, name, {
      type: "number",
      default: reportedId(ctx, output, region),
      description: `the ${what} of ${ctx.envName}'s network in ${region}: ${network}'s ${output}["${region}"], recorded in CUE after its apply (apply ${network} first)`,
    });
  const subnetId = variable("linode_subnet_id", "vpc_subnet_ids", "subnet id").numberValue;
  return only === "subnet" ? { subnetId } : { vpcId: variable("linode_vpc_id", "vpc_ids", "VPC id").numberValue, subnetId };
}
