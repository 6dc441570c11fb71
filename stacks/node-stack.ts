import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { CloudflareTunnel } from "../constructs/cloudflare-tunnel";
import { VpsNode } from "../constructs/vps-node";
import type { Node } from "../schema/config.types";
import { EnvironmentStack, type EnvironmentStackProps } from "./environment-stack";
import { networkInputs } from "./network-stack";
import { tunnelProps, vpsNodeProps } from "./props";
import { awsProvider, cloudflareProvider, linodeProvider, randomProvider } from "./providers";

export interface NodeStackProps extends EnvironmentStackProps {
  /** The node this stack deploys: its VPS, firewall, volume and Cloudflare Tunnel. */
  readonly node: Node;
}

/**
 * One VPS of one environment and the tunnel its services are published through. Outputs the node's
 * address and tunnel id (written back to CUE after apply) and the tunnel token (sensitive: it goes to
 * the node as a deployment key, never into CUE).
 */
export class NodeStack extends EnvironmentStack {
  /** The node's config. (A stack's `node` is its place in the construct tree, hence `vps`.) */
  readonly vps: Node;
  readonly server: VpsNode;
  readonly tunnel: CloudflareTunnel;

  constructor(scope: Construct, id: string, props: NodeStackProps) {
    super(scope, id, props);
    this.vps = props.node;
    cloudflareProvider(this);
    randomProvider(this);
    let privateNetwork: Parameters<typeof vpsNodeProps>[2];
    if (props.node.provider === "linode") {
      linodeProvider(this);
      privateNetwork = { subnetId: networkInputs(this, this.context, props.node.region, "subnet").subnetId, cidr: this.env.network.subnet };
    } else {
      awsProvider(this, props.node.region, this.tags);
    }

    this.server = new VpsNode(this, "vps", vpsNodeProps(this.context, props.node, privateNetwork));
    this.tunnel = new CloudflareTunnel(this, "tunnel", tunnelProps(this.context, props.node));

    new TerraformOutput(this, "ipv4", { value: this.server.backend.ipv4, description: "public IPv4 (outbound, admin SSH)" });
    new TerraformOutput(this, "private_ipv4", { value: this.server.backend.privateIpv4, description: "address on the private network (Postgres)" });
    new TerraformOutput(this, "instance_id", { value: this.server.backend.instance.getStringAttribute("id"), description: "the provider's id of the VPS" });
    if (this.server.backend.dataVolume) {
      new TerraformOutput(this, "volume_id", {
        value: this.server.backend.dataVolume.getStringAttribute("id"),
        description: "the provider's id of the data volume",
      });
    }
    new TerraformOutput(this, "tunnel_id", { value: this.tunnel.tunnel.id });
    new TerraformOutput(this, "tunnel_token", { value: this.tunnel.token, sensitive: true, description: "cloudflared --token-file content" });
  }
}
