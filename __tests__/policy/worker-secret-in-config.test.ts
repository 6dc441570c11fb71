import { WorkersScript } from "@cdktf/provider-cloudflare/lib/workers-script";
import { TerraformVariable } from "cdktf";
import { EI13, EI16 } from "../../constructs/policy";
import { WorkerService } from "../../constructs/worker-service";
import { stack } from "../constructs/helpers";
import { credential } from "../helpers/secrets";
import { rawResource, synthStack } from "./fixtures";

const service = {
  accountId: "0123456789abcdef0123456789abcdef",
  zoneId: "fedcba9876543210fedcba9876543210",
  scriptName: "acme-production-api",
  content: "export default {}",
  compatibilityDate: "2025-09-01",
};

describe("EI16 worker-secret-in-config", () => {
  test("fails a secret_text binding with a literal value, without printing it", () => {
    const r = synthStack(
      (s) =>
        new WorkersScript(s, "script", {
          accountId: "acc",
          scriptName: "w",
          content: "x",
          bindings: [
            { name: "ENVIRONMENT", type: "plain_text", text: "production" },
            { name: "LLM_API_KEY", type: "secret_text", text: "sk-literal-in-git" },
          ],
        }),
      { rules: [EI16] },
    );
    expect(r.findings).toEqual(["EI16 s/script"]);
    expect(r.message).toMatch(/bindings\[1\] \("LLM_API_KEY", secret_text\) has a literal text \(17 characters, not shown\); set it with wrangler secret put/);
    expect(r.message).not.toContain("sk-literal-in-git");
  });

  test("passes a Worker service (secrets by name only, kept by keep_bindings) and a secret_text from a sensitive variable", () => {
    const r = synthStack(
      (s) => {
        new WorkerService(s, "api", { ...service, vars: { ENVIRONMENT: "production" }, secrets: ["LLM_API_KEY"] });
        const key = new TerraformVariable(s, "key", { type: "string", sensitive: true });
        new WorkersScript(s, "script", {
          accountId: "acc",
          scriptName: "w",
          content: "x",
          bindings: [{ name: "KEY", type: "secret_text", text: key.stringValue }],
        });
      },
      { rules: [EI16] },
    );
    expect(r.findings).toEqual([]);
  });

  test("a secret-looking plain_text value in a Worker service script is EI13's finding (the construct refuses it first)", () => {
    expect(() => new WorkerService(stack(), "api", { ...service, vars: { UPSTREAM: credential.stripeLive } })).toThrow(/vars\.UPSTREAM/);
    const r = synthStack(
      (s) =>
        rawResource(s, "api", "cloudflare_workers_script", {
          account_id: "acc",
          script_name: "acme-production-api",
          content: "x",
          bindings: [{ name: "UPSTREAM", type: "plain_text", text: credential.stripeLive }],
        }),
      { rules: [EI13, EI16] },
    );
    expect(r.findings).toEqual(["EI13 s/api"]);
  });
});
