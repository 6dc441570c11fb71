import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { App, TerraformResource, TerraformStack } from "cdktf";
import { LinodeProvider } from "../../.gen/providers/linode/provider";
import { applyPolicy, type PolicyAspectProps, PolicyViolationError } from "../../constructs/policy";

const outdirs: string[] = [];
afterAll(() => {
  for (const d of outdirs) rmSync(d, { recursive: true, force: true });
});

/** An App synthesizing into its own temporary folder, removed after the test file. */
export function newApp(): App {
  const outdir = mkdtempSync(path.join(os.tmpdir(), "policy-test-"));
  outdirs.push(outdir);
  return new App({ outdir, stackTraces: false });
}

/**
 * A stack with the aws, cloudflare, random and linode providers (cdktf refuses to synthesize resources without
 * their provider) at the versions their bindings pin, linode pinned the way stacks/providers.ts pins it, so only
 * the rule under test speaks. Tests adjust a provider through its properties.
 */
export class PolicyTestStack extends TerraformStack {
  readonly aws: AwsProvider;
  readonly cloudflare: CloudflareProvider;
  readonly random: RandomProvider;
  readonly linode: LinodeProvider;

  constructor(scope: App, id: string) {
    super(scope, id);
    this.aws = new AwsProvider(this, "aws", { region: "eu-central-1" });
    this.cloudflare = new CloudflareProvider(this, "cloudflare", {});
    this.random = new RandomProvider(this, "random", {});
    // Not "linode": tests name Linode resources that, and the id never reaches cdk.tf.json's provider key.
    this.linode = new LinodeProvider(this, "linode-provider", {});
    this.addOverride("terraform.required_providers.linode", { source: "linode/linode", version: "3.13.0" });
  }
}

export function newStack(app: App, id = "s"): PolicyTestStack {
  return new PolicyTestStack(app, id);
}

/** A resource without bindings, or shaped as an override would leave it: its attributes go straight into cdk.tf.json. */
export function rawResource(scope: TerraformStack, id: string, type: string, attributes: Record<string, unknown>): TerraformResource {
  const r = new TerraformResource(scope, id, { terraformResourceType: type });
  for (const [key, value] of Object.entries(attributes)) r.addOverride(key, value);
  return r;
}

export interface SynthOutcome {
  /** Every finding as `<rule id> <construct path>`, in report order. */
  readonly findings: string[];
  /** The thrown error's message, or "" when synth succeeded. */
  readonly message: string;
  readonly error?: PolicyViolationError;
  readonly outdir: string;
}

/** Applies the policy to `app` and synthesizes; a policy failure is caught and returned, anything else thrown. */
export function synth(app: App, props: PolicyAspectProps = {}): SynthOutcome {
  applyPolicy(app, props);
  try {
    app.synth();
    return { findings: [], message: "", outdir: app.outdir };
  } catch (e) {
    if (!(e instanceof PolicyViolationError)) throw e;
    return {
      findings: e.report.findings.map((f) => `${f.ruleId} ${f.path}`),
      message: e.message,
      error: e,
      outdir: app.outdir,
    };
  }
}

/** Builds one stack "s" in a fresh App with `build` and synthesizes it under `props`. */
export function synthStack(build: (stack: PolicyTestStack) => void, props: PolicyAspectProps = {}): SynthOutcome {
  const app = newApp();
  build(newStack(app));
  return synth(app, props);
}
