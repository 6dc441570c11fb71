import { LocalBackend, S3Backend, type TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { CheckedStack } from "../constructs/policy/checked-stack";
import type { Config, Environment } from "../schema/config.types";
import type { EnvContext } from "./props";
import { configureStateEncryption } from "./state-encryption";

/** What every stack of an environment is built from. */
export interface EnvironmentStackProps {
  /** The whole validated configuration. */
  readonly config: Config;
  /** The environment's name: its key in config.environments. */
  readonly envName: string;
}

/**
 * A stack that belongs to one environment, with the state backend the environment's config asks for.
 */
export abstract class EnvironmentStack extends CheckedStack {
  readonly config: Config;
  readonly envName: string;
  readonly env: Environment;
  readonly context: EnvContext;

  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id);
    this.config = props.config;
    this.envName = props.envName;
    this.env = props.config.environments[props.envName];
    this.context = { config: this.config, envName: this.envName, env: this.env, tags: environmentTags(this.config, this.envName) };
    configureState(this, id, this.config, this.env);
  }

  /** Tags every taggable resource of the environment carries. */
  get tags(): readonly string[] {
    return this.context.tags;
  }
}

/** project:…, env:…, then the environment's own tags. */
export function environmentTags(config: Config, envName: string): string[] {
  const own = config.environments[envName].tags;
  return [...new Set([`project:${config.project}`, `env:${envName}`, ...own])];
}

/**
 * Local state lives in state/<stack>.tfstate at the repository root, outside cdktf.out/, because every
 * synth replaces cdktf.out/ whole. The "r2" backend is OpenTofu's S3 backend on Cloudflare R2.
 */
export function configureBackend(stack: TerraformStack, id: string, config: Config, env: Environment): void {
  const state = env.state;
  if (state.backend === "local") {
    // cdktf runs tofu in cdktf.out/stacks/<id>/; three levels up is the repository root.
    new LocalBackend(stack, { path: `../../../state/${id}.tfstate` });
    return;
  }
  new S3Backend(stack, {
    bucket: state.bucket!,
    key: `${id}/terraform.tfstate`,
    region: "auto",
    endpoints: { s3: `https://${config.cloudflare.accountId}.r2.cloudflarestorage.com` },
    usePathStyle: true,
    skipCredentialsValidation: true,
    skipRegionValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: true,
    skipS3Checksum: true,
  });
  // OpenTofu >= 1.10 locks with a conditional write of a lock object: no DynamoDB table, works on R2.
  stack.addOverride("terraform.backend.s3.use_lockfile", true);
}

/** The backend and, when the environment asks for it, state and plan encryption. */
export function configureState(stack: TerraformStack, id: string, config: Config, env: Environment): void {
  configureBackend(stack, id, config, env);
  if (env.state.encryption) configureStateEncryption(stack);
}
