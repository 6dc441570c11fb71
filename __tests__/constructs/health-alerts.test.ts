import { Healthcheck } from "@cdktf/provider-cloudflare/lib/healthcheck";
import { NotificationPolicyWebhooks } from "@cdktf/provider-cloudflare/lib/notification-policy-webhooks";
import { TerraformStack, Testing } from "cdktf";
import { ALERT_TYPES, HealthAlerts, type HealthAlertsProps } from "../../constructs/health-alerts";
import { ofType, stack, synth } from "./helpers";

const props: HealthAlertsProps = {
  accountId: "0123456789abcdef0123456789abcdef",
  zoneId: "fedcba9876543210fedcba9876543210",
  name: "acme-production",
  checks: [
    { service: "api", hostname: "api.example.com", path: "/healthz", intervalSeconds: 60 },
    { service: "web", hostname: "www.example.com", path: "/", intervalSeconds: 30 },
  ],
  errorRate: [
    { service: "api", hostname: "api.example.com", availability: 99.9 },
    { service: "web", hostname: "www.example.com", availability: 99.9 },
    { service: "admin", hostname: "admin.example.com", availability: 99.5 },
  ],
  pools: ["0123456789abcdef0123456789abcdef"],
  emails: ["ops@example.com", "oncall@example.com"],
  webhooks: [{ name: "pager", url: "https://hooks.pager.example/cloudflare" }],
};

type Policy = { alert_type: string; filters: Record<string, string[]>; mechanisms: Record<string, Array<{ id: string }>>; name: string };

const build = (overrides: Partial<HealthAlertsProps>) => () => new HealthAlerts(stack(), "alerts", { ...props, ...overrides });
const policiesOf = (resources: ReturnType<typeof synth>["resources"]) => ofType(resources, "cloudflare_notification_policy") as unknown as Policy[];
const byType = (policies: Policy[], type: string) => policies.filter((p) => p.alert_type === type);
const CHECK_REF = /^\$\{cloudflare_healthcheck\.alerts_check-(api|web)_[0-9A-F]+\.id\}$/;
const WEBHOOK_REF = /^\$\{cloudflare_notification_policy_webhooks\.alerts_webhook-pager_[0-9A-F]+\.id\}$/;

describe("HealthAlerts", () => {
  const { json, resources } = synth((scope) => new HealthAlerts(scope, "alerts", props));
  const policies = policiesOf(resources);

  test("every check becomes an HTTPS health check on port 443 of its hostname, GET of its path expecting 200", () => {
    const checks = ofType(resources, "cloudflare_healthcheck");
    expect(checks.map((c) => c.name).sort()).toEqual(["acme-production-api", "acme-production-web"]);
    expect(json).toHaveResourceWithProperties(Healthcheck, {
      zone_id: props.zoneId,
      name: "acme-production-api",
      address: "api.example.com",
      type: "HTTPS",
      interval: 60,
      http_config: { method: "GET", path: "/healthz", port: 443, expected_codes: ["200"], follow_redirects: false, allow_insecure: false },
    });
    expect(json).toHaveResourceWithProperties(Healthcheck, { address: "www.example.com", interval: 30, http_config: expect.objectContaining({ path: "/" }) });
  });

  test("a status change needs two probes in a row, each with a timeout shorter than the interval", () => {
    for (const check of ofType(resources, "cloudflare_healthcheck")) {
      expect(check).toEqual(expect.objectContaining({ consecutive_fails: 2, consecutive_successes: 2, retries: 2 }));
      expect(check.timeout as number).toBeLessThan(check.interval as number);
    }
  });

  test("one webhook destination per webhook, its secret from the sensitive, optional stack variable", () => {
    expect(json).toHaveResourceWithProperties(NotificationPolicyWebhooks, {
      account_id: props.accountId,
      name: "acme-production-pager",
      url: "https://hooks.pager.example/cloudflare",
      secret: "${var.alert_webhook_secret}",
    });
    const variables = JSON.parse(json).variable;
    expect(variables).toEqual({ alert_webhook_secret: expect.objectContaining({ type: "string", sensitive: true, nullable: true, default: null }) });
  });

  test("the health-check policy filters on the checks' ids and sends to every email and the webhook", () => {
    const [policy] = byType(policies, ALERT_TYPES.healthCheck);
    expect(policy.alert_type).toBe("health_check_status_notification");
    expect(policy.filters.health_check_id).toHaveLength(2);
    for (const id of policy.filters.health_check_id) expect(id).toMatch(CHECK_REF);
    expect(policy.mechanisms.email).toEqual([{ id: "ops@example.com" }, { id: "oncall@example.com" }]);
    expect(policy.mechanisms.webhooks).toEqual([{ id: expect.stringMatching(WEBHOOK_REF) }]);
  });

  test("one origin error-rate policy per distinct availability, filtered on the zone and the SLO", () => {
    const rates = byType(policies, ALERT_TYPES.originErrorRate);
    expect(ALERT_TYPES.originErrorRate).toBe("http_alert_origin_error");
    expect(rates.map((p) => p.filters).sort((a, b) => a.slo[0].localeCompare(b.slo[0]))).toEqual([
      { slo: ["99.5"], zones: [props.zoneId] },
      { slo: ["99.9"], zones: [props.zoneId] },
    ]);
    for (const policy of rates) expect(policy.mechanisms.webhooks).toEqual([{ id: expect.stringMatching(WEBHOOK_REF) }]);
  });

  test("a load-balancing health policy filters on the given pools", () => {
    const [policy] = byType(policies, ALERT_TYPES.loadBalancing);
    expect(policy.alert_type).toBe("load_balancing_health_alert");
    expect(policy.filters).toEqual({ pool_id: ["0123456789abcdef0123456789abcdef"] });
    expect(policies).toHaveLength(4);
  });

  test("without pools there is no load-balancing policy", () => {
    const { resources: noPools } = synth((scope) => new HealthAlerts(scope, "alerts", { ...props, pools: undefined }));
    expect(byType(policiesOf(noPools), ALERT_TYPES.loadBalancing)).toHaveLength(0);
    expect(policiesOf(noPools)).toHaveLength(3);
  });

  test("emails only: no webhook destination, no variable, and policies without a webhook mechanism", () => {
    const { json: emailJson, resources: emailOnly } = synth((scope) => new HealthAlerts(scope, "alerts", { ...props, webhooks: [] }));
    expect(ofType(emailOnly, "cloudflare_notification_policy_webhooks")).toHaveLength(0);
    expect(JSON.parse(emailJson).variable).toBeUndefined();
    for (const policy of policiesOf(emailOnly)) expect(Object.keys(policy.mechanisms)).toEqual(["email"]);
  });

  test("webhooks only: policies without an email mechanism", () => {
    const { resources: hookOnly } = synth((scope) => new HealthAlerts(scope, "alerts", { ...props, emails: [] }));
    for (const policy of policiesOf(hookOnly)) expect(Object.keys(policy.mechanisms)).toEqual(["webhooks"]);
  });

  test("without any destination the health checks are created but no policy and no webhook", () => {
    const { resources: silent } = synth((scope) => new HealthAlerts(scope, "alerts", { ...props, emails: [], webhooks: [] }));
    expect(ofType(silent, "cloudflare_healthcheck")).toHaveLength(2);
    expect(ofType(silent, "cloudflare_notification_policy")).toHaveLength(0);
    expect(ofType(silent, "cloudflare_notification_policy_webhooks")).toHaveLength(0);
  });

  test("nothing is created for an empty check list with nothing else to alert on", () => {
    const { json: emptyJson, resources: empty } = synth((scope) => new HealthAlerts(scope, "alerts", { ...props, checks: [], errorRate: [], pools: [] }));
    expect(Object.keys(empty)).toEqual([]);
    expect(JSON.parse(emptyJson).variable).toBeUndefined();
  });

  test("no checks but an error-rate target: the error-rate policy alone", () => {
    const { resources: ratesOnly } = synth((scope) => new HealthAlerts(scope, "alerts", { ...props, checks: [], pools: [] }));
    expect(ofType(ratesOnly, "cloudflare_healthcheck")).toHaveLength(0);
    expect(policiesOf(ratesOnly).map((p) => p.alert_type)).toEqual([ALERT_TYPES.originErrorRate, ALERT_TYPES.originErrorRate]);
  });

  test("declares the secret variable once per stack", () => {
    const app = Testing.app();
    const shared = new TerraformStack(app, "shared");
    new HealthAlerts(shared, "a", props);
    new HealthAlerts(shared, "b", { ...props, name: "acme-staging" });
    const json2 = JSON.parse(Testing.synth(shared));
    expect(Object.keys(json2.variable)).toEqual(["alert_webhook_secret"]);
  });

  test("refuses a service checked twice and a service with two error-rate targets", () => {
    expect(build({ checks: [props.checks[0], props.checks[0]], errorRate: [props.errorRate[0], props.errorRate[0]] })).toThrow(
      /checks: service\(s\) listed twice: api\n\s+errorRate: service\(s\) listed twice: api/,
    );
  });

  test("refuses a bad hostname and a path without a leading /", () => {
    expect(build({ checks: [{ ...props.checks[0], hostname: "api_example", path: "healthz" }] })).toThrow(
      /checks\[0\]\.hostname: not a valid hostname: "api_example"\n\s+checks\[0\]\.path: must be a path starting with "\/"/,
    );
    expect(build({ errorRate: [{ ...props.errorRate[0], hostname: "-bad-.example.com" }] })).toThrow(/errorRate\[0\]\.hostname: not a valid hostname/);
  });

  test.each([89.9, 100, 101])("refuses an availability of %s", (availability) => {
    expect(build({ errorRate: [{ ...props.errorRate[0], availability }] })).toThrow(/errorRate\[0\]\.availability: must be at least 90 and below 100 percent/);
  });

  test("targets of several environments may share a service name: named <environment>/<service> in one policy", () => {
    const errorRate = [
      { service: "api", environment: "staging", hostname: "api-staging.example.com", availability: 99.9 },
      { service: "api", environment: "production", hostname: "api.example.com", availability: 99.9 },
    ];
    const { resources } = synth((scope) => new HealthAlerts(scope, "alerts", { ...props, checks: [], pools: [], errorRate }));
    const [policy] = byType(policiesOf(resources), ALERT_TYPES.originErrorRate) as Array<Policy & { description: string }>;
    expect(policy.description).toContain("services: staging/api (api-staging.example.com), production/api (api.example.com)");
    expect(build({ checks: [], errorRate: [errorRate[0], errorRate[0]] })).toThrow(/errorRate: service\(s\) listed twice: staging\/api/);
    expect(build({ checks: [], errorRate: [{ ...errorRate[0], environment: "Staging" }] })).toThrow(/errorRate\[0\]\.environment: must be an environment name/);
  });

  test("accepts the bounds' inside edges: 90 and 99.99", () => {
    expect(
      build({
        errorRate: [
          { ...props.errorRate[0], availability: 90 },
          { ...props.errorRate[1], availability: 99.99 },
        ],
      }),
    ).not.toThrow();
  });

  test.each([14, 3601, 60.5])("refuses a check interval of %s", (intervalSeconds) => {
    expect(build({ checks: [{ ...props.checks[0], intervalSeconds }] })).toThrow(
      /checks\[0\]\.intervalSeconds: must be a whole number of seconds from 15 to 3600/,
    );
  });

  test("refuses bad and duplicate email addresses", () => {
    expect(build({ emails: ["ops@example.com", "ops@example.com", "not-an-address"] })).toThrow(
      /emails: address\(es\) listed twice: ops@example\.com[\s\S]*emails\[2\]: not an email address: "not-an-address"/,
    );
  });

  test("refuses a webhook that is not https and webhook names listed twice", () => {
    expect(
      build({
        webhooks: [
          { name: "pager", url: "http://hooks.pager.example/x" },
          { name: "pager", url: "https://hooks.example/y" },
        ],
      }),
    ).toThrow(/webhooks: webhook name\(s\) listed twice: pager[\s\S]*webhooks\[0\]\.url: must be an https:\/\/ URL, got "http:\/\/hooks\.pager\.example\/x"/);
  });

  test("refuses an empty or duplicate pool id", () => {
    expect(build({ pools: ["", "p1", "p1"] })).toThrow(/pools: pool\(s\) listed twice: p1[\s\S]*pools\[0\]: a pool id cannot be empty/);
  });

  test("refuses a name Cloudflare does not accept for a health check", () => {
    expect(build({ name: "acme production" })).toThrow(/name: must be 1-64 letters, digits, "-" or "_"/);
  });
});
