import { WorkersScript } from "@cdktf/provider-cloudflare/lib/workers-script";
import { TerraformVariable } from "cdktf";
import { EI13 } from "../../constructs/policy";
import { WorkerRoute } from "../../constructs/worker-route";
import { workerBindings } from "../../services/edge-worker/bindings";
import { defaultConfig } from "../helpers/config";
import { credential, randomToken } from "../helpers/secrets";
import { type PolicyTestStack, rawResource, synthStack } from "./fixtures";

function check(build: (stack: PolicyTestStack) => void) {
  return synthStack(build, { rules: [EI13] });
}

function worker(stack: PolicyTestStack, bindings: Record<string, string>): void {
  new WorkerRoute(stack, "worker", {
    accountId: "acc",
    zoneId: "zone",
    scriptName: "edge",
    content: "export default {}",
    compatibilityDate: "2025-01-01",
    bindings,
    routes: [{ pattern: "api.example.com/*" }],
  });
}

describe("EI13 secret-in-env", () => {
  test("fails on a Worker plain-text binding named like a secret, without printing it", () => {
    const r = check((s) => worker(s, { ENVIRONMENT: "production", STRIPE_API_KEY: "hunter2-in-git" }));
    expect(r.findings).toEqual(["EI13 s/worker/script"]);
    expect(r.message).toMatch(/bindings\[1\] \("STRIPE_API_KEY"\): the name says it holds a secret \(…_API_KEY\)/);
    expect(r.message).toMatch(/make it a secret_text binding/);
    expect(r.message).not.toContain("hunter2-in-git");
  });

  test("fails on a Worker plain-text binding shaped like a credential, and on a random-looking one", () => {
    const token = randomToken(40, 99);
    const r = check((s) => worker(s, { UPSTREAM: credential.stripeLive, FEED_URL: `https://feeds.example.com/?k=${token}` }));
    expect(r.findings).toEqual(["EI13 s/worker/script"]);
    expect(r.message).toMatch(/\("UPSTREAM"\): the value has the shape of a Stripe secret or restricted key/);
    expect(r.message).toMatch(/\("FEED_URL"\): the value holds a 40-character random-looking string/);
    expect(r.message).not.toContain(credential.stripeLive);
    expect(r.message).not.toContain(token);
  });

  test("fails on a legacy plain_text_binding and a Lambda's environment variable", () => {
    const r = check((s) => {
      rawResource(s, "legacy", "cloudflare_workers_script", {
        name: "w",
        content: "x",
        plain_text_binding: [{ name: "GITHUB_TOKEN", text: credential.githubClassic }],
      });
      rawResource(s, "fn", "aws_lambda_function", {
        function_name: "f",
        role: "arn:aws:iam::1:role/r",
        environment: { variables: { LOG_LEVEL: "info", AWS_KEY: credential.awsAccessKeyId } },
      });
    });
    expect(r.findings).toEqual(["EI13 s/fn", "EI13 s/legacy"]);
    expect(r.message).toMatch(/s\/legacy: plain_text_binding\[0\] \("GITHUB_TOKEN"\): the name says it holds a secret/);
    expect(r.message).toMatch(/s\/fn: environment\.variables\.AWS_KEY \("AWS_KEY"\): the value has the shape of an AWS access key id/);
  });

  test("passes the default config's Worker bindings (routes, CSP, HSTS, timeouts)", () => {
    const bindings = workerBindings(defaultConfig(), "production");
    const r = check((s) => worker(s, { ...bindings }));
    expect(r.findings).toEqual([]);
  });

  test("passes secret_text bindings, references, and empty values", () => {
    const r = check((s) => {
      const key = new TerraformVariable(s, "stripe-key", { type: "string", sensitive: true });
      new WorkersScript(s, "script", {
        accountId: "acc",
        scriptName: "w",
        content: "x",
        bindings: [
          { name: "STRIPE_API_KEY", type: "secret_text", text: key.stringValue },
          { name: "UPSTREAM_TOKEN", type: "plain_text", text: key.stringValue },
          { name: "DATABASE_PASSWORD", type: "plain_text", text: "" },
          { name: "LOG_LEVEL", type: "plain_text", text: "info" },
        ],
      });
      rawResource(s, "fn", "aws_lambda_function", { function_name: "f", role: "r", environment: { variables: { API_TOKEN: "${var.stripe-key}" } } });
    });
    expect(r.findings).toEqual([]);
  });
});
