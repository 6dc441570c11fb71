import { Construct } from "constructs";
import type { Node } from "../schema/config.types";
import { EnvironmentStack, EnvironmentStackProps } from "./environment-stack";
import { awsProvider, cloudflareProvider, randomProvider } from "./providers";

export interface NodeStackProps extends EnvironmentStackProps {
  /** The node this stack deploys: its VPS, firewall, volume and Cloudflare Tunnel. */
  readonly node: Node;
}

/** One VPS of one environment and the tunnel its services are published through. */
export class NodeStack extends EnvironmentStack {
  /** The node's config. (A stack's `node` is its place in the construct tree, hence `vps`.) */
  readonly vps: Node;

  constructor(scope: Construct, id: string, props: NodeStackProps) {
    super(scope, id, props);
    this.vps = props.node;
    cloudflareProvider(this);
    randomProvider(this);
    if (props.node.provider === "aws") {
      awsProvider(this, props.node.region, { project: this.config.project, environment: this.envName });
    }
  }
}
