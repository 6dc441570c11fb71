// Alerting across environments: Cloudflare's origin error-rate alert (http_alert_origin_error) can only be
// filtered by zone and SLO, so a policy per environment would fire on every environment's errors. The
// zone stack holds it once, for every environment's services and destinations.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { ALERT_TYPES } from "../../constructs/health-alerts";
import { checkRules } from "../../schema/rules";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir } from "../helpers/config";
import type { Json } from "../helpers/json";
import { workerScript } from "../helpers/worker";

const config = defaultConfig();
config.environments.staging.alerts = { emails: ["staging@example.com"], webhooks: [{ name: "chat", url: "https://chat.example/hook" }] };
config.environments.production.alerts = { emails: ["ops@example.com"], webhooks: [{ name: "pager", url: "https://pager.example/hook" }] };
config.environments.production.services[0].slo.availability = 99.95;

const outdir = path.join(tempDir(), "cdktf.out");
const stacks = synthesize(config, { workerScript: workerScript(), outdir });
const read = (stack: string): Json => JSON.parse(readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
const resources = (stack: string, type: string): Json[] => Object.values(read(stack).resource?.[type] ?? {});
const errorRatePolicies = (stack: string) => resources(stack, "cloudflare_notification_policy").filter((p) => p.alert_type === ALERT_TYPES.originErrorRate);

describe("the origin error-rate alert is zone-wide, so the zone stack holds it once", () => {
  test("the config is valid", () => {
    expect(checkRules(config)).toEqual([]);
  });

  test("no environment's edge stack has one: each would fire on the other environments' errors", () => {
    for (const env of Object.keys(config.environments)) expect(errorRatePolicies(`${env}-edge`)).toEqual([]);
  });

  test("the zone stack has one per objective, naming every environment's services that hold it", () => {
    const policies = errorRatePolicies("zone");
    expect(policies.map((p) => p.filters).sort((a, b) => a.slo[0].localeCompare(b.slo[0]))).toEqual([
      { slo: ["99.9"], zones: [config.cloudflare.zoneId] },
      { slo: ["99.95"], zones: [config.cloudflare.zoneId] },
    ]);
    const of = (slo: string) => policies.find((p) => p.filters.slo[0] === slo)!.description;
    expect(of("99.9")).toContain("staging/api (api-staging.example.com)");
    expect(of("99.9")).not.toContain("production/api");
    expect(of("99.95")).toContain("production/api (api.example.com)");
  });

  test("each goes to every environment's destinations, a webhook destination each in the zone stack", () => {
    const webhooks = resources("zone", "cloudflare_notification_policy_webhooks");
    expect(webhooks.map((w) => [w.name, w.url]).sort()).toEqual([
      ["acme-zone-production-pager", "https://pager.example/hook"],
      ["acme-zone-staging-chat", "https://chat.example/hook"],
    ]);
    for (const policy of errorRatePolicies("zone")) {
      expect(policy.mechanisms.email.map((e: Json) => e.id).sort()).toEqual(["ops@example.com", "staging@example.com"]);
      expect(policy.mechanisms.webhooks).toHaveLength(2);
    }
  });

  test("health checks stay per environment: each probes one hostname", () => {
    expect(stacks).toContain("staging-edge");
    const policies = resources("staging-edge", "cloudflare_notification_policy");
    expect(policies.map((p) => p.alert_type)).toEqual([ALERT_TYPES.healthCheck]);
    expect(resources("staging-edge", "cloudflare_healthcheck").map((c) => c.address)).toEqual(["api-staging.example.com"]);
  });
});
