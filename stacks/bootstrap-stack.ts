import { LocalBackend, TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { CI_TOKEN_FAMILIES, CiTokens } from "../constructs/ci-tokens";
import { CheckedStack } from "../constructs/policy/checked-stack";
import { StateBucket } from "../constructs/state-bucket";
import type { Config } from "../schema/config.types";
import { cloudflareProvider } from "./providers";

export interface BootstrapStackProps {
  /** The whole validated configuration; its `bootstrap` section must be set. */
  readonly config: Config;
}

/**
 * What an account needs before any environment (seed 000's infra/bootstrap): the R2 bucket the
 * environments' "r2" state backends keep their state in and, with `bootstrap.ciTokens`, one
 * least-privilege API token per stack family for CI. Applied once per account by a human with an
 * account-level token (`npm run deploy -- <zone owner> bootstrap`), never by CI.
 *
 * Its state is always local, `state/bootstrap.tfstate`, whatever the environments use: the bucket it
 * creates cannot hold its own state, and the environments' state settings (backend, encryption) are not
 * its own. That file holds the token values: keep it out of git and backed up like a credential.
 * Outputs: the bucket name and token ids (not secrets; the post-apply hook writes them to
 * `outputs.<zone owner>.bootstrap`), the token values and the state backend's secret key (sensitive, read
 * them with `tofu output -raw` to store them as CI secrets).
 */
export class BootstrapStack extends CheckedStack {
  readonly stateBucket: StateBucket;
  readonly ciTokens?: CiTokens;

  constructor(scope: Construct, id: string, props: BootstrapStackProps) {
    super(scope, id);
    const { config } = props;
    const bootstrap = config.bootstrap;
    if (!bootstrap) throw new Error(`BootstrapStack ${id}: the configuration has no bootstrap section`);
    // cdktf runs tofu in cdktf.out/stacks/<id>/; three levels up is the repository root (as configureBackend's local branch).
    new LocalBackend(this, { path: `../../../state/${id}.tfstate` });
    cloudflareProvider(this);

    this.stateBucket = new StateBucket(this, "state-bucket", {
      accountId: config.cloudflare.accountId,
      name: bootstrap.stateBucket,
      location: bootstrap.location,
    });
    new TerraformOutput(this, "state_bucket", {
      value: this.stateBucket.bucket.name,
      description: 'the R2 bucket of the environments\' remote state (state.bucket of backend "r2")',
    });
    if (!bootstrap.ciTokens) return;

    this.ciTokens = new CiTokens(this, "ci-tokens", {
      accountId: config.cloudflare.accountId,
      zoneId: config.cloudflare.zoneId,
      namePrefix: config.project,
      stateBucket: bootstrap.stateBucket,
    });
    for (const family of CI_TOKEN_FAMILIES.filter((f) => f !== "state")) {
      const token = this.ciTokens.tokens[family];
      new TerraformOutput(this, `${family}_token_id`, { value: token.id, description: `id of CI's ${family} token (not a secret)` });
      new TerraformOutput(this, `${family}_token`, {
        value: token.value,
        sensitive: true,
        description: `CI's API token for the ${family} stacks: store it as a CI secret, never in git`,
      });
    }
    // The state token is only ever used as R2's S3 credentials, so only those are output.
    new TerraformOutput(this, "state_access_key_id", {
      value: this.ciTokens.stateAccessKeyId,
      description: "R2_ACCESS_KEY_ID of the environments' state backend (the state token's id, not a secret)",
    });
    new TerraformOutput(this, "state_secret_access_key", {
      value: this.ciTokens.stateSecretAccessKey,
      sensitive: true,
      description: "R2_SECRET_ACCESS_KEY of the environments' state backend (SHA-256 of the state token)",
    });
  }
}
