import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { R2BucketLifecycle } from "@cdktf/provider-cloudflare/lib/r2-bucket-lifecycle";
import { LogBucket } from "../../constructs/log-bucket";
import { ofType, stack, synth } from "./helpers";

const props = { accountId: "0123456789abcdef0123456789abcdef", name: "acme-logs", retentionDays: 30 };

describe("LogBucket", () => {
  const { json, resources } = synth((scope) => new LogBucket(scope, "logs", props));

  test("is a private R2 bucket protected from destroy, in APAC by default", () => {
    expect(json).toHaveResourceWithProperties(R2Bucket, { name: "acme-logs", location: "apac", lifecycle: { prevent_destroy: true } });
    expect(Object.keys(resources).filter((t) => /r2_(managed|custom)_domain/.test(t))).toEqual([]);
  });

  test("deletes objects after the retention period, in seconds", () => {
    expect(json).toHaveResourceWithProperties(R2BucketLifecycle, {
      rules: [expect.objectContaining({ enabled: true, delete_objects_transition: { condition: { type: "Age", max_age: 30 * 86400 } } })],
    });
    expect(ofType(resources, "cloudflare_r2_bucket_lifecycle")[0].bucket_name).toMatch(/^\$\{cloudflare_r2_bucket\..*\.name\}$/);
  });

  test("refuses a bucket name with capitals and a retention of 0 days", () => {
    expect(() => new LogBucket(stack(), "l", { ...props, name: "Logs", retentionDays: 0 })).toThrow(
      /name: must be 3-63 lowercase[\s\S]*retentionDays: must be a whole number of days >= 1, got 0/,
    );
  });
});
