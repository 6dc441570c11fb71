import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import type { Config } from "../../schema/config.types";
import { ROOT } from "../../schema/cue";
import { loadConfig } from "../../schema/load";
import { BootstrapStack } from "../../stacks/bootstrap-stack";
import { BOOTSTRAP_STACK } from "../../stacks/names";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir } from "../helpers/config";
import type { Json } from "../helpers/json";
import { workerScript } from "../helpers/worker";

/** Synthesizes `config` as the synth does (policy included) and returns the stack names and a reader. */
function synthOf(config: Config, environments?: string[]) {
  const outdir = path.join(tempDir("edge-iac-bootstrap-"), "cdktf.out");
  const stacks = synthesize(config, { workerScript: workerScript(), outdir, environments });
  const read = (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
  return { stacks, read, dirs: readdirSync(path.join(outdir, "stacks")) };
}

const TOKEN_OUTPUTS = ["data_token", "edge_token", "node_token", "zone_token"];
const ID_OUTPUTS = ["data_token_id", "edge_token_id", "node_token_id", "zone_token_id", "state_access_key_id", "state_bucket"];

describe("the bootstrap stack of the default configuration", () => {
  const { stacks, read } = synthOf(defaultConfig());
  const bootstrap = read(BOOTSTRAP_STACK);
  const resources = (type: string): Json[] => Object.values(bootstrap.resource?.[type] ?? {});

  test("is synthesized next to the environments' stacks, once", () => {
    expect(stacks.filter((s) => s === BOOTSTRAP_STACK)).toEqual([BOOTSTRAP_STACK]);
  });

  test("keeps its state locally in state/bootstrap.tfstate, unencrypted by any environment setting", () => {
    expect(bootstrap.terraform.backend).toEqual({ local: { path: "../../../state/bootstrap.tfstate" } });
    expect(bootstrap.terraform.encryption).toBeUndefined();
    expect(bootstrap.variable).toBeUndefined();
  });

  test("creates the state bucket of config.bootstrap, protected from destroy, and pins the cloudflare provider only", () => {
    expect(resources("cloudflare_r2_bucket")).toEqual([
      expect.objectContaining({
        name: "acme-tofu-state",
        location: "apac",
        account_id: "0123456789abcdef0123456789abcdef",
        lifecycle: { prevent_destroy: true },
      }),
    ]);
    expect(Object.keys(bootstrap.terraform.required_providers)).toEqual(["cloudflare"]);
    expect(Object.keys(bootstrap.resource).sort()).toEqual(["cloudflare_account_token", "cloudflare_r2_bucket"]);
  });

  test("creates one CI token per stack family", () => {
    expect(
      resources("cloudflare_account_token")
        .map((t) => t.name)
        .sort(),
    ).toEqual(["acme-ci-data", "acme-ci-edge", "acme-ci-node", "acme-ci-state", "acme-ci-zone"]);
  });

  test("outputs ids and the bucket name in plain (they go to CUE), token values and the S3 secret as sensitive only", () => {
    const outputs = bootstrap.output as Record<string, { value: string; sensitive?: boolean }>;
    expect(Object.keys(outputs).sort()).toEqual([...ID_OUTPUTS, ...TOKEN_OUTPUTS, "state_secret_access_key"].sort());
    for (const name of ID_OUTPUTS) expect({ name, sensitive: outputs[name].sensitive }).toEqual({ name, sensitive: undefined });
    for (const name of [...TOKEN_OUTPUTS, "state_secret_access_key"]) expect({ name, sensitive: outputs[name].sensitive }).toEqual({ name, sensitive: true });
    for (const name of TOKEN_OUTPUTS) expect(outputs[name].value).toMatch(/^\$\{cloudflare_account_token\.[^.]+\.value\}$/);
    for (const name of ID_OUTPUTS.filter((n) => n !== "state_bucket")) expect(outputs[name].value).toMatch(/^\$\{cloudflare_account_token\.[^.]+\.id\}$/);
    expect(outputs.state_secret_access_key.value).toMatch(/^\$\{sha256\(cloudflare_account_token\.[^.]+\.value\)\}$/);
    expect(outputs.state_bucket.value).toMatch(/^\$\{cloudflare_r2_bucket\.[^.]+\.name\}$/);
  });

  test("the state token's id and secret come from the same token, the one scoped to the state bucket", () => {
    const outputs = bootstrap.output as Record<string, { value: string }>;
    const [stateToken] = Object.entries(bootstrap.resource.cloudflare_account_token).find(([, t]) => (t as Json).name === "acme-ci-state")!;
    expect(outputs.state_access_key_id.value).toBe(`\${cloudflare_account_token.${stateToken}.id}`);
    expect(outputs.state_secret_access_key.value).toBe(`\${sha256(cloudflare_account_token.${stateToken}.value)}`);
  });
});

describe("the bootstrap stack never follows the environments' state settings", () => {
  test("local state and no encryption even when every environment keeps encrypted state in the bootstrap bucket", () => {
    const config = defaultConfig();
    for (const env of Object.values(config.environments)) env.state = { backend: "r2", bucket: config.bootstrap!.stateBucket, encryption: true };
    const { read } = synthOf(config, []);
    const zone = read("zone");
    // The other stacks do move to R2 with encryption (the zone stack follows production's state) ...
    expect(Object.keys(zone.terraform.backend)).toEqual(["s3"]);
    expect(zone.terraform.encryption).toBeDefined();
    // ... the bootstrap stack, whose bucket that is, does not.
    const bootstrap = read(BOOTSTRAP_STACK);
    expect(bootstrap.terraform.backend).toEqual({ local: { path: "../../../state/bootstrap.tfstate" } });
    expect(bootstrap.terraform.encryption).toBeUndefined();
    expect(JSON.stringify(bootstrap)).not.toContain("state_passphrase");
  });
});

describe("config.bootstrap decides", () => {
  test("without ciTokens: the bucket and its output only, no token and no API lookup (so it plans offline)", () => {
    const config = defaultConfig();
    config.bootstrap = { stateBucket: "acme-state-eu", location: "weur", ciTokens: false };
    const bootstrap = synthOf(config, []).read(BOOTSTRAP_STACK);
    expect(Object.keys(bootstrap.resource)).toEqual(["cloudflare_r2_bucket"]);
    expect(Object.values(bootstrap.resource.cloudflare_r2_bucket)).toEqual([expect.objectContaining({ name: "acme-state-eu", location: "weur" })]);
    expect(bootstrap.data).toBeUndefined();
    expect(Object.keys(bootstrap.output)).toEqual(["state_bucket"]);
  });

  test("without a bootstrap section there is no bootstrap stack, and the stack refuses to be built", () => {
    const config = defaultConfig();
    delete config.bootstrap;
    const { stacks, dirs } = synthOf(config, []);
    expect(stacks).toEqual(["zone"]);
    expect(dirs).toEqual(["zone"]);
    expect(() => new BootstrapStack(new App({ outdir: tempDir() }), BOOTSTRAP_STACK, { config })).toThrow(
      /BootstrapStack bootstrap: the configuration has no bootstrap section/,
    );
  });

  test("is synthesized whatever environments a deploy selects, like the zone stack", () => {
    expect(synthOf(defaultConfig(), ["staging"]).stacks).toEqual([
      "staging-network",
      "staging-node-app-1",
      "staging-node-db-1",
      "staging-data",
      "staging-edge",
      "zone",
      BOOTSTRAP_STACK,
    ]);
  });

  test("examples/scale-out: the bucket its environments keep their state in is the one its bootstrap stack creates", () => {
    const config = loadConfig(path.join(ROOT, "examples", "scale-out"));
    const { read } = synthOf(config, ["production"]);
    const [bucket] = Object.values(read(BOOTSTRAP_STACK).resource.cloudflare_r2_bucket) as Json[];
    expect(bucket.name).toBe("shop-tofu-state");
    expect(read("production-data").terraform.backend.s3.bucket).toBe(bucket.name);
    expect(
      Object.values(read(BOOTSTRAP_STACK).resource.cloudflare_account_token)
        .map((t) => (t as Json).name)
        .sort(),
    ).toEqual(["shop-ci-data", "shop-ci-edge", "shop-ci-node", "shop-ci-state", "shop-ci-zone"]);
  });
});
