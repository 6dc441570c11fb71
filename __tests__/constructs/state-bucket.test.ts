import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { StateBucket, type StateBucketProps } from "../../constructs/state-bucket";
import { ofType, stack, synth } from "./helpers";

const props: StateBucketProps = { accountId: "0123456789abcdef0123456789abcdef", name: "acme-tofu-state", location: "weur" };

describe("StateBucket", () => {
  const { json, resources } = synth((scope) => new StateBucket(scope, "state", props));

  test("is the R2 bucket of the account, in the location asked for, protected from destroy", () => {
    expect(json).toHaveResourceWithProperties(R2Bucket, {
      account_id: props.accountId,
      name: "acme-tofu-state",
      location: "weur",
      lifecycle: { prevent_destroy: true },
    });
  });

  test("is the only resource: no lifecycle rule that could expire state, no public or custom domain", () => {
    expect(Object.keys(resources)).toEqual(["cloudflare_r2_bucket"]);
    expect(ofType(resources, "cloudflare_r2_bucket")).toHaveLength(1);
  });

  test("stays in the default jurisdiction and storage class, which the state token's scope assumes", () => {
    const [bucket] = ofType(resources, "cloudflare_r2_bucket");
    expect(bucket.jurisdiction).toBeUndefined();
    expect(bucket.storage_class).toBeUndefined();
  });

  test("defaults to the APAC location hint", () => {
    const { resources: defaults } = synth((scope) => new StateBucket(scope, "state", { accountId: props.accountId, name: "acme-tofu-state" }));
    expect(ofType(defaults, "cloudflare_r2_bucket")[0].location).toBe("apac");
  });

  test.each([
    ["capitals", "Acme-State"],
    ["a leading hyphen", "-acme-state"],
    ["a trailing hyphen", "acme-state-"],
    ["two characters", "ab"],
    ["an underscore", "acme_state"],
    ["64 characters", "a".repeat(64)],
  ])("refuses a bucket name with %s", (_what, name) => {
    expect(() => new StateBucket(stack(), "s", { ...props, name })).toThrow(
      new RegExp(`name: must be 3-63 lowercase letters, digits or hyphens.*got ${JSON.stringify(name)}`),
    );
  });

  test("refuses an unknown location and a malformed account id, reporting both", () => {
    expect(() => new StateBucket(stack(), "s", { ...props, accountId: "ACME", location: "eu" as never })).toThrow(
      /StateBucket test\/s: invalid props\n\s+accountId: must be 32 lowercase hex digits, got "ACME"\n\s+location: must be one of apac, wnam, enam, weur, eeur, oc, got "eu"/,
    );
  });
});
