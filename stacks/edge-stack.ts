import { Construct } from "constructs";
import { EnvironmentStack, EnvironmentStackProps } from "./environment-stack";
import { cloudflareProvider } from "./providers";

/** The Cloudflare front door of one environment: the Worker, its routes and DNS, WAF and rate limits. */
export class EdgeStack extends EnvironmentStack {
  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, props);
    cloudflareProvider(this);
  }
}
