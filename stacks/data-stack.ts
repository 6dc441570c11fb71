import { Construct } from "constructs";
import { EnvironmentStack, EnvironmentStackProps } from "./environment-stack";
import { cloudflareProvider } from "./providers";

/** The state of one environment that outlives nodes: the Postgres primary and the R2 log bucket. */
export class DataStack extends EnvironmentStack {
  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, props);
    cloudflareProvider(this);
  }
}
