import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { Construct } from "constructs";
import { R2_BUCKET_NAME } from "./provider-names";
import { PropsValidator } from "./validation";

/** The R2 location hints a bucket can be created with. */
export const R2_LOCATIONS = ["apac", "wnam", "enam", "weur", "eeur", "oc"] as const;
export type R2Location = (typeof R2_LOCATIONS)[number];

export { R2_BUCKET_NAME };

const CLOUDFLARE_ID = /^[0-9a-f]{32}$/;

export interface StateBucketProps {
  /** The Cloudflare account that owns the bucket: 32 lowercase hex digits. */
  readonly accountId: string;
  /** The bucket name, which every environment's `state.bucket` names when its backend is "r2". */
  readonly name: string;
  /**
   * The R2 location hint; R2 honours it only when the bucket is created.
   * @default "apac"
   */
  readonly location?: R2Location;
}

/**
 * The R2 bucket OpenTofu keeps every environment's remote state in (the S3 backend on R2, one object per
 * stack plus its lock file). Losing it loses every stack's state, so it is `prevent_destroy`, and it has
 * no lifecycle rule: nothing may ever expire a state object. It stays in the default jurisdiction
 * (CiTokens scopes the state token to `<account>_default_<name>`) and has no public or custom domain.
 */
export class StateBucket extends Construct {
  readonly bucket: R2Bucket;
  /** The bucket name, known at synth time. */
  readonly name: string;

  constructor(scope: Construct, id: string, props: StateBucketProps) {
    super(scope, id);
    const location = props.location ?? "apac";
    new PropsValidator(`StateBucket ${this.node.path}`)
      .check(CLOUDFLARE_ID.test(props.accountId), "accountId", `must be 32 lowercase hex digits, got ${JSON.stringify(props.accountId)}`)
      .check(
        R2_BUCKET_NAME.test(props.name),
        "name",
        `must be 3-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen, got ${JSON.stringify(props.name)}`,
      )
      .check((R2_LOCATIONS as readonly string[]).includes(location), "location", `must be one of ${R2_LOCATIONS.join(", ")}, got ${JSON.stringify(location)}`)
      .throwIfInvalid();

    this.name = props.name;
    this.bucket = new R2Bucket(this, "bucket", {
      accountId: props.accountId,
      name: props.name,
      location,
      lifecycle: { preventDestroy: true },
    });
  }
}
