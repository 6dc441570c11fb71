import { Ruleset } from "@cdktf/provider-cloudflare/lib/ruleset";
import { ZeroTrustAccessApplication } from "@cdktf/provider-cloudflare/lib/zero-trust-access-application";
import { ZeroTrustAccessPolicy } from "@cdktf/provider-cloudflare/lib/zero-trust-access-policy";
import { CLOUDFLARE_MANAGED_RULESET_ID, EdgeSecurity, type EdgeSecurityProps } from "../../constructs/edge-security";
import { ofType, stack, synth } from "./helpers";

const props: EdgeSecurityProps = {
  accountId: "0123456789abcdef0123456789abcdef",
  zoneId: "fedcba9876543210fedcba9876543210",
  name: "acme",
  customRules: [{ name: "block-wp", expression: '(http.request.uri.path contains "/wp-login.php")', action: "block" }],
  rateLimits: [
    { name: "api-burst", expression: '(http.host eq "api.example.com")', requestsPerPeriod: 600, periodSeconds: 60, mitigationSeconds: 600, action: "block" },
  ],
  access: { hostnames: ["admin.example.com"], emails: ["ops@example.com"], sessionDuration: "8h" },
};

describe("EdgeSecurity", () => {
  const { json, resources } = synth((scope) => new EdgeSecurity(scope, "security", props));

  test("deploys Cloudflare's managed ruleset in the managed firewall phase", () => {
    expect(json).toHaveResourceWithProperties(Ruleset, {
      phase: "http_request_firewall_managed",
      kind: "zone",
      rules: [expect.objectContaining({ action: "execute", expression: "true", action_parameters: { id: CLOUDFLARE_MANAGED_RULESET_ID } })],
    });
  });

  test("puts custom rules and rate limits in their own phases", () => {
    expect(json).toHaveResourceWithProperties(Ruleset, {
      phase: "http_request_firewall_custom",
      rules: [expect.objectContaining({ action: "block", expression: props.customRules![0].expression })],
    });
    expect(json).toHaveResourceWithProperties(Ruleset, {
      phase: "http_ratelimit",
      rules: [
        expect.objectContaining({
          action: "block",
          ratelimit: { characteristics: ["cf.colo.id", "ip.src"], period: 60, requests_per_period: 600, mitigation_timeout: 600 },
        }),
      ],
    });
    expect(ofType(resources, "cloudflare_ruleset")).toHaveLength(3);
  });

  test("an expression matching ${ or %{ (a log4shell probe) reaches OpenTofu as literal text, not interpolation", () => {
    const probe = '(http.request.uri.query contains "${jndi:" or http.request.uri.query contains "%{")';
    const { json: escaped } = synth(
      (scope) =>
        new EdgeSecurity(scope, "security", {
          ...props,
          customRules: [{ name: "log4shell", expression: probe, action: "block" }],
          rateLimits: [{ ...props.rateLimits![0], expression: probe }],
        }),
    );
    const literal = '(http.request.uri.query contains "$${jndi:" or http.request.uri.query contains "%%{")';
    expect(escaped).toHaveResourceWithProperties(Ruleset, { phase: "http_request_firewall_custom", rules: [expect.objectContaining({ expression: literal })] });
    expect(escaped).toHaveResourceWithProperties(Ruleset, { phase: "http_ratelimit", rules: [expect.objectContaining({ expression: literal })] });
  });

  test("requires MFA for the admin hostnames through Access", () => {
    expect(json).toHaveResourceWithProperties(ZeroTrustAccessPolicy, {
      decision: "allow",
      include: [{ email: { email: "ops@example.com" } }],
      require: [{ auth_method: { auth_method: "mfa" } }],
    });
    expect(json).toHaveResourceWithProperties(ZeroTrustAccessApplication, { domain: "admin.example.com", type: "self_hosted", session_duration: "8h" });
  });

  test("without rules, Access or the managed WAF it creates nothing", () => {
    const { resources: none } = synth(
      (scope) => new EdgeSecurity(scope, "s", { accountId: props.accountId, zoneId: props.zoneId, name: "x", managedWaf: false }),
    );
    expect(none).toEqual({});
  });

  test("refuses Access without identities", () => {
    expect(() => new EdgeSecurity(stack(), "s", { ...props, access: { ...props.access!, emails: [] } })).toThrow(
      /access\.emails: an Access policy without identities lets nobody in/,
    );
  });

  test("refuses a rate limit period Cloudflare does not offer", () => {
    expect(() => new EdgeSecurity(stack(), "s", { ...props, rateLimits: [{ ...props.rateLimits![0], periodSeconds: 30 }] })).toThrow(
      /rateLimits\[0\]\.periodSeconds: must be one of 10, 60, 120, 300, 600, 3600, got 30/,
    );
  });

  test("refuses two custom rules with one name", () => {
    expect(() => new EdgeSecurity(stack(), "s", { ...props, customRules: [props.customRules![0], props.customRules![0]] })).toThrow(
      /customRules: names listed twice: block-wp/,
    );
  });
});
