import { Token } from "cdktf";
import { Construct } from "constructs";
import { Vpc } from "../.gen/providers/linode/vpc";
import { VpcSubnet } from "../.gen/providers/linode/vpc-subnet";
import { isPrivateCidr } from "./networks";
import { isLinodeVpcLabel } from "./provider-names";
import { PropsValidator } from "./validation";

export interface LinodeNetworkProps {
  /** VPC and subnet label, e.g. acme-production-jp-tyo-3 (Linode: 1-64 letters, digits and hyphens). */
  readonly label: string;
  /** The Linode region id; a VPC is regional. */
  readonly region: string;
  /** The subnet's IPv4 range: a private (RFC 1918) network. */
  readonly subnetCidr: string;
  /** @default none */
  readonly description?: string;
}

/**
 * One environment's private network in one Linode region: a VPC holding one subnet. Linodes joined to it
 * (a `vpc` interface) and a managed database on it reach each other over private addresses; another
 * environment's VPC cannot reach it at all, whatever its addresses.
 */
export class LinodeNetwork extends Construct {
  readonly vpc: Vpc;
  readonly subnet: VpcSubnet;

  constructor(scope: Construct, id: string, props: LinodeNetworkProps) {
    super(scope, id);
    new PropsValidator(`LinodeNetwork ${this.node.path}`)
      .check(isLinodeVpcLabel(props.label), "label", `must be 1-64 lowercase letters, digits and single hyphens, got ${JSON.stringify(props.label)}`)
      .check(isPrivateCidr(props.subnetCidr), "subnetCidr", `must be a private (RFC 1918) network, got ${JSON.stringify(props.subnetCidr)}`)
      .throwIfInvalid();
    this.vpc = new Vpc(this, "vpc", { label: props.label, region: props.region, description: props.description });
    this.subnet = new VpcSubnet(this, "subnet", { label: props.label, vpcId: Token.asNumber(this.vpc.id), ipv4: props.subnetCidr });
  }
}
