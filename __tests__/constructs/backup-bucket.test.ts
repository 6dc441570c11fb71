import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { R2BucketLifecycle } from "@cdktf/provider-cloudflare/lib/r2-bucket-lifecycle";
import { Password } from "@cdktf/provider-random/lib/password";
import { BACKUP_PASSPHRASE_LENGTH, BackupBucket } from "../../constructs/backup-bucket";
import { ofType, stack, synth } from "./helpers";

const props = { accountId: "0123456789abcdef0123456789abcdef", name: "acme-production-pg-backups" };

describe("BackupBucket", () => {
  const { json, resources } = synth((scope) => new BackupBucket(scope, "backups", props));

  test("is a private R2 bucket protected from destroy, in APAC by default", () => {
    expect(json).toHaveResourceWithProperties(R2Bucket, { name: "acme-production-pg-backups", location: "apac", lifecycle: { prevent_destroy: true } });
    expect(Object.keys(resources).filter((t) => /r2_(managed|custom)_domain|r2_bucket_cors|r2_bucket_event/.test(t))).toEqual([]);
  });

  test("takes the location hint", () => {
    const { json: weur } = synth((scope) => new BackupBucket(scope, "backups", { ...props, location: "weur" }));
    expect(weur).toHaveResourceWithProperties(R2Bucket, { location: "weur" });
  });

  test("its only lifecycle rule aborts interrupted multipart uploads after a day; no rule deletes or moves backups by age", () => {
    const [lifecycle] = ofType(resources, "cloudflare_r2_bucket_lifecycle");
    expect(lifecycle.bucket_name).toMatch(/^\$\{cloudflare_r2_bucket\..*\.name\}$/);
    expect(lifecycle.rules).toEqual([
      {
        id: "abort-interrupted-uploads",
        enabled: true,
        conditions: { prefix: "" },
        abort_multipart_uploads_transition: { condition: { type: "Age", max_age: 86400 } },
      },
    ]);
    expect(json).not.toMatch(/delete_objects_transition|storage_class_transitions/);
    expect(ofType(resources, R2BucketLifecycle.tfResourceType)).toHaveLength(1);
  });

  test("generates the repository passphrase once, long, and protects it from destroy", () => {
    expect(json).toHaveResourceWithProperties(Password, { length: BACKUP_PASSPHRASE_LENGTH, special: false, lifecycle: { prevent_destroy: true } });
  });

  test("refuses a bucket name with capitals or too long, and an account id that is not one", () => {
    expect(() => new BackupBucket(stack(), "b", { ...props, name: "Backups" })).toThrow(
      /name: must be 3-63 lowercase letters, digits or hyphens, got "Backups"/,
    );
    expect(() => new BackupBucket(stack(), "b", { ...props, name: "a".repeat(64) })).toThrow(/name: must be 3-63/);
    expect(() => new BackupBucket(stack(), "b", { ...props, name: "-backups" })).toThrow(/name: must be 3-63/);
    expect(() => new BackupBucket(stack(), "b", { accountId: "acme", name: "x" })).toThrow(
      /accountId: must be a Cloudflare account id[\s\S]*name: must be 3-63/,
    );
  });
});
