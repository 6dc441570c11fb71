import { LocalBackend, S3Backend, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import type { Config, Environment } from "../schema/config.types";

/** What every stack of an environment is built from. */
export interface EnvironmentStackProps {
  /** The whole validated configuration. */
  readonly config: Config;
  /** The environment's name: its key in config.environments. */
  readonly envName: string;
}

/**
 * A stack that belongs to one environment. It picks the state backend the environment's config asks for.
 * Local state lives in state/<stack>.tfstate at the repository root, outside cdktf.out/, because every
 * synth replaces cdktf.out/ whole.
 */
export abstract class EnvironmentStack extends TerraformStack {
  readonly config: Config;
  readonly envName: string;
  readonly env: Environment;

  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id);
    this.config = props.config;
    this.envName = props.envName;
    this.env = props.config.environments[props.envName];
    this.configureBackend(id);
  }

  /** Tags every taggable resource of the environment carries, project and environment first. */
  get tags(): string[] {
    return [`project:${this.config.project}`, ...this.env.tags.filter((t) => t !== `env:${this.envName}`), `env:${this.envName}`];
  }

  private configureBackend(id: string): void {
    const state = this.env.state;
    if (state.backend === "local") {
      // cdktf runs tofu in cdktf.out/stacks/<id>/; three levels up is the repository root.
      new LocalBackend(this, { path: `../../../state/${id}.tfstate` });
      return;
    }
    new S3Backend(this, {
      bucket: state.bucket!,
      key: `${id}/terraform.tfstate`,
      region: "auto",
      endpoints: { s3: `https://${this.config.cloudflare.accountId}.r2.cloudflarestorage.com` },
      usePathStyle: true,
      skipCredentialsValidation: true,
      skipRegionValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: true,
      skipS3Checksum: true,
    });
    // OpenTofu >= 1.10 locks with a conditional write of a lock object: no DynamoDB table, works on R2.
    this.addOverride("terraform.backend.s3.use_lockfile", true);
  }
}
