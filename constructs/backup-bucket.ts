import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { R2BucketLifecycle } from "@cdktf/provider-cloudflare/lib/r2-bucket-lifecycle";
import { Password } from "@cdktf/provider-random/lib/password";
import { Construct } from "constructs";
import { R2_BUCKET_NAME } from "./provider-names";
import { PropsValidator } from "./validation";

/** pgBackRest's repository passphrase length: long enough for aes-256-cbc's key derivation, printable. */
export const BACKUP_PASSPHRASE_LENGTH = 64;

export interface BackupBucketProps {
  /** The Cloudflare account that owns the bucket. */
  readonly accountId: string;
  /** The bucket name: 3 to 63 lowercase letters, digits and hyphens. */
  readonly name: string;
  /**
   * The R2 location hint; put it near the primary so archiving is fast, or far from it to survive a region.
   * @default "apac"
   */
  readonly location?: string;
}

/**
 * The R2 bucket the self-hosted Postgres primary's pgBackRest repository lives in (nix/postgres.nix):
 * WAL archived continuously, full and differential backups on timers, encrypted with aes-256-cbc under
 * `passphrase` before they leave the node. Private (no public or custom domain), `prevent_destroy`, and
 * the passphrase too: without it every backup in the bucket is unreadable.
 *
 * Retention is pgBackRest's own (`repo1-retention-full-type=time`, from `postgres.backups.retentionDays`),
 * never an age rule on the bucket: pgBackRest writes `archive.info` once and keeps the last full backup a
 * newer differential depends on however old it is, and deleting either by age would leave WAL and
 * differentials nothing can restore (adr/adr-postgres-backups.md). The bucket's one lifecycle rule aborts
 * multipart uploads an interrupted backup left behind.
 */
export class BackupBucket extends Construct {
  readonly bucket: R2Bucket;
  readonly lifecycle: R2BucketLifecycle;
  /** The repository's encryption passphrase (pgBackRest's repo1-cipher-pass); a sensitive output of the data stack. */
  readonly passphrase: Password;

  constructor(scope: Construct, id: string, props: BackupBucketProps) {
    super(scope, id);
    new PropsValidator(`BackupBucket ${this.node.path}`)
      .check(
        /^[0-9a-f]{32}$/.test(props.accountId),
        "accountId",
        `must be a Cloudflare account id (32 lowercase hex digits), got ${JSON.stringify(props.accountId)}`,
      )
      .check(R2_BUCKET_NAME.test(props.name), "name", `must be 3-63 lowercase letters, digits or hyphens, got ${JSON.stringify(props.name)}`)
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
          id: "abort-interrupted-uploads",
          enabled: true,
          conditions: { prefix: "" },
          abortMultipartUploadsTransition: { condition: { type: "Age", maxAge: 86400 } },
        },
      ],
    });
    // Replacing it would make every existing backup unreadable; rotating means a new repository.
    this.passphrase = new Password(this, "passphrase", { length: BACKUP_PASSPHRASE_LENGTH, special: false, lifecycle: { preventDestroy: true } });
  }
}
