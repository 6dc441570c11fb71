import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { R2BucketLifecycle } from "@cdktf/provider-cloudflare/lib/r2-bucket-lifecycle";
import { Construct } from "constructs";
import { PropsValidator } from "./validation";

export interface LogBucketProps {
  /** The Cloudflare account that owns the bucket. */
  readonly accountId: string;
  /** The bucket name: 3 to 63 lowercase letters, digits and hyphens. */
  readonly name: string;
  /**
   * The R2 location hint.
   * @default "apac"
   */
  readonly location?: string;
  /** Objects older than this many days are deleted. */
  readonly retentionDays: number;
}

/**
 * The R2 bucket Vector ships OTEL logs, metrics and traces to: the only durable log store (seed 001).
 * Private (no public or custom domain), with a lifecycle rule that deletes objects after the retention
 * period and aborts multipart uploads left behind after a day.
 */
export class LogBucket extends Construct {
  readonly bucket: R2Bucket;
  readonly lifecycle: R2BucketLifecycle;

  constructor(scope: Construct, id: string, props: LogBucketProps) {
    super(scope, id);
    new PropsValidator(`LogBucket ${this.node.path}`)
      .check(
        /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(props.name),
        "name",
        `must be 3-63 lowercase letters, digits or hyphens, got ${JSON.stringify(props.name)}`,
      )
      .check(
        Number.isInteger(props.retentionDays) && props.retentionDays >= 1,
        "retentionDays",
        `must be a whole number of days >= 1, got ${props.retentionDays}`,
      )
      .throwIfInvalid();

    this.bucket = new R2Bucket(this, "bucket", {
      accountId: props.accountId,
      name: props.name,
      location: props.location ?? "apac",
      lifecycle: { preventDestroy: true },
    });
    this.lifecycle = new R2BucketLifecycle(this, "lifecycle", {
      accountId: props.accountId,
      bucketName: this.bucket.name,
      rules: [
        {
          id: "expire-logs",
          enabled: true,
          conditions: { prefix: "" },
          deleteObjectsTransition: { condition: { type: "Age", maxAge: props.retentionDays * 86400 } },
          abortMultipartUploadsTransition: { condition: { type: "Age", maxAge: 86400 } },
        },
      ],
    });
  }
}
