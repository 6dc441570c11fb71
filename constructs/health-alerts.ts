import { Healthcheck } from "@cdktf/provider-cloudflare/lib/healthcheck";
import { NotificationPolicy, type NotificationPolicyMechanisms } from "@cdktf/provider-cloudflare/lib/notification-policy";
import { NotificationPolicyWebhooks } from "@cdktf/provider-cloudflare/lib/notification-policy-webhooks";
import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { CLOUDFLARE_NAME } from "./provider-names";
import { duplicates, HOSTNAME, PropsValidator } from "./validation";

/** A service Cloudflare probes: `GET https://hostname/path`, healthy on 200. */
export interface HealthCheckTarget {
  /** The service's name; names the health check. */
  readonly service: string;
  readonly hostname: string;
  /** The health path, starting with "/". */
  readonly path: string;
  /** Seconds between probes from each region, 15 to 3600. */
  readonly intervalSeconds: number;
}

/** A service whose origin 5xx rate is alerted on when it burns its error budget. */
export interface ErrorRateTarget {
  readonly service: string;
  /**
   * The service's environment, when one HealthAlerts watches several (the zone stack's): a service is
   * then named `<environment>/<service>`, and a name may repeat in other environments.
   * @default none: the targets are one environment's
   */
  readonly environment?: string;
  readonly hostname: string;
  /** The availability objective in percent, at least 90 and below 100 (e.g. 99.9). */
  readonly availability: number;
}

/** A webhook destination, called with Cloudflare's alert payload. */
export interface AlertWebhook {
  /** Names the destination in Cloudflare (`<name>-<webhook>`). */
  readonly name: string;
  /** An https:// URL. */
  readonly url: string;
}

export interface HealthAlertsProps {
  readonly accountId: string;
  /** The zone the checked hostnames are in; the origin error-rate alerts watch it. */
  readonly zoneId: string;
  /** Prefixes every name, e.g. `acme-production`: letters, digits, "-" and "_". */
  readonly name: string;
  /** One Cloudflare health check per entry. */
  readonly checks: readonly HealthCheckTarget[];
  /**
   * Origin error-rate alerts, one policy per distinct availability objective. Cloudflare filters them by
   * zone and objective only, never by hostname: give one HealthAlerts per zone every target (the zone
   * stack's), or each policy fires on the others' errors too.
   */
  readonly errorRate: readonly ErrorRateTarget[];
  /**
   * Load balancer pool ids to alert on when a pool or one of its endpoints changes health.
   * @default none: no load-balancing policy
   */
  readonly pools?: readonly string[];
  /** Email destinations (a policy's email mechanism ids are the addresses). */
  readonly emails: readonly string[];
  readonly webhooks: readonly AlertWebhook[];
}

/** The stack variable holding the optional webhook signing secret; set it with TF_VAR_alert_webhook_secret. */
export const ALERT_WEBHOOK_SECRET_VARIABLE = "alert_webhook_secret";

/**
 * The notification alert types used here, as the provider (5.24.0) and Cloudflare's available-alerts API
 * name them (https://developers.cloudflare.com/api/resources/alerting/): Health Checks status changes,
 * filtered by `health_check_id`; the Origin Error Rate alert (5xx at the origin burning the error budget of
 * an SLO), filtered by `zones` and `slo`; and Load Balancing health (pool and endpoint health), filtered by
 * `pool_id`.
 */
export const ALERT_TYPES = {
  healthCheck: "health_check_status_notification",
  originErrorRate: "http_alert_origin_error",
  loadBalancing: "load_balancing_health_alert",
} as const;

const SERVICE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const HEALTH_PATH = /^\/[A-Za-z0-9/._-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HTTPS_URL = /^https:\/\/[^\s/]+(\/\S*)?$/;
const CHECK_INTERVAL = { min: 15, max: 3600 } as const;
const AVAILABILITY = { min: 90, max: 100 } as const;

/**
 * Health checks and alerting for one environment's public hostnames: a zone-level Cloudflare health check
 * per service (HTTPS GET of its health path, expecting 200), one webhook destination per webhook, and
 * account-level notification policies to the emails and webhooks: health-check status changes, origin
 * error rate above each distinct SLO, and load-balancer pool health when pools are given.
 *
 * A policy needs a destination: without emails and webhooks only the health checks are created (their
 * status still shows in the dashboard). Cloudflare measures the origin error rate per zone, not per
 * hostname (the alert type's filters are `zones` and `slo`), so services sharing an objective share one
 * policy, and the zone stack holds them for every environment.
 *
 * The webhooks' signing secret (sent as `cf-webhook-auth`) is the stack variable `alert_webhook_secret`:
 * sensitive, null unless TF_VAR_alert_webhook_secret is set at apply time, never in config. One
 * HealthAlerts per stack shares it.
 */
export class HealthAlerts extends Construct {
  readonly healthChecks: Healthcheck[];
  readonly webhooks: NotificationPolicyWebhooks[];
  readonly policies: NotificationPolicy[];

  constructor(scope: Construct, id: string, props: HealthAlertsProps) {
    super(scope, id);
    const pools = props.pools ?? [];
    const checkServices = props.checks.map((c) => c.service);
    const rateServices = props.errorRate.map(targetName);
    const hookNames = props.webhooks.map((w) => w.name);
    const validator = new PropsValidator(`HealthAlerts ${this.node.path}`)
      .check(CLOUDFLARE_NAME.test(props.name), "name", `must be 1-64 letters, digits, "-" or "_", got ${JSON.stringify(props.name)}`)
      .check(duplicates(checkServices).length === 0, "checks", `service(s) listed twice: ${duplicates(checkServices).join(", ")}`)
      .check(duplicates(rateServices).length === 0, "errorRate", `service(s) listed twice: ${duplicates(rateServices).join(", ")}`)
      .check(duplicates([...props.emails]).length === 0, "emails", `address(es) listed twice: ${duplicates([...props.emails]).join(", ")}`)
      .check(duplicates(hookNames).length === 0, "webhooks", `webhook name(s) listed twice: ${duplicates(hookNames).join(", ")}`)
      .check(duplicates([...pools]).length === 0, "pools", `pool(s) listed twice: ${duplicates([...pools]).join(", ")}`);
    props.checks.forEach((check, i) => {
      validator
        .check(
          SERVICE.test(check.service),
          `checks[${i}].service`,
          `must be a service name (lowercase letters, digits, "-"), got ${JSON.stringify(check.service)}`,
        )
        .check(HOSTNAME.test(check.hostname), `checks[${i}].hostname`, `not a valid hostname: ${JSON.stringify(check.hostname)}`)
        .check(
          HEALTH_PATH.test(check.path),
          `checks[${i}].path`,
          `must be a path starting with "/" (letters, digits, "/", ".", "_", "-"), got ${JSON.stringify(check.path)}`,
        )
        .check(
          Number.isInteger(check.intervalSeconds) && check.intervalSeconds >= CHECK_INTERVAL.min && check.intervalSeconds <= CHECK_INTERVAL.max,
          `checks[${i}].intervalSeconds`,
          `must be a whole number of seconds from ${CHECK_INTERVAL.min} to ${CHECK_INTERVAL.max}, got ${check.intervalSeconds}`,
        );
    });
    props.errorRate.forEach((target, i) => {
      validator
        .check(
          SERVICE.test(target.service),
          `errorRate[${i}].service`,
          `must be a service name (lowercase letters, digits, "-"), got ${JSON.stringify(target.service)}`,
        )
        .check(
          target.environment === undefined || SERVICE.test(target.environment),
          `errorRate[${i}].environment`,
          `must be an environment name (lowercase letters, digits, "-"), got ${JSON.stringify(target.environment)}`,
        )
        .check(HOSTNAME.test(target.hostname), `errorRate[${i}].hostname`, `not a valid hostname: ${JSON.stringify(target.hostname)}`)
        .check(
          Number.isFinite(target.availability) && target.availability >= AVAILABILITY.min && target.availability < AVAILABILITY.max,
          `errorRate[${i}].availability`,
          `must be at least ${AVAILABILITY.min} and below ${AVAILABILITY.max} percent (100 leaves no error budget), got ${target.availability}`,
        );
    });
    props.emails.forEach((email, i) => {
      validator.check(EMAIL.test(email), `emails[${i}]`, `not an email address: ${JSON.stringify(email)}`);
    });
    props.webhooks.forEach((hook, i) => {
      validator
        .check(SERVICE.test(hook.name), `webhooks[${i}].name`, `must be lowercase letters, digits and "-", got ${JSON.stringify(hook.name)}`)
        .check(HTTPS_URL.test(hook.url), `webhooks[${i}].url`, `must be an https:// URL, got ${JSON.stringify(hook.url)}`);
    });
    pools.forEach((pool, i) => {
      validator.check(pool.trim().length > 0, `pools[${i}]`, "a pool id cannot be empty");
    });
    validator.throwIfInvalid();

    this.healthChecks = props.checks.map(
      (check) =>
        new Healthcheck(this, `check-${check.service}`, {
          zoneId: props.zoneId,
          name: `${props.name}-${check.service}`,
          description: `${check.service}: GET https://${check.hostname}${check.path}`,
          address: check.hostname,
          type: "HTTPS",
          interval: check.intervalSeconds,
          timeout: 5,
          retries: 2,
          // Two failed (or passed) probes in a row before the status changes: one lost probe does not page.
          consecutiveFails: 2,
          consecutiveSuccesses: 2,
          httpConfig: {
            method: "GET",
            path: check.path,
            // The provider defaults the port to 80 whatever the type.
            port: 443,
            expectedCodes: ["200"],
            followRedirects: false,
            allowInsecure: false,
          },
        }),
    );

    const hasTargets = props.checks.length + props.errorRate.length + pools.length > 0;
    const hasDestination = props.emails.length + props.webhooks.length > 0;
    if (!hasTargets || !hasDestination) {
      this.webhooks = [];
      this.policies = [];
      return;
    }

    const secret = props.webhooks.length > 0 ? webhookSecret(this) : undefined;
    this.webhooks = props.webhooks.map(
      (hook) =>
        new NotificationPolicyWebhooks(this, `webhook-${hook.name}`, {
          accountId: props.accountId,
          name: `${props.name}-${hook.name}`,
          url: hook.url,
          secret: secret?.stringValue,
        }),
    );
    const mechanisms: NotificationPolicyMechanisms = {
      ...(props.emails.length > 0 ? { email: props.emails.map((id) => ({ id })) } : {}),
      ...(this.webhooks.length > 0 ? { webhooks: this.webhooks.map((hook) => ({ id: hook.id })) } : {}),
    };

    this.policies = [];
    if (this.healthChecks.length > 0) {
      this.policies.push(
        new NotificationPolicy(this, "health-checks", {
          accountId: props.accountId,
          name: `${props.name} health checks`,
          description: `Status changes of ${checkServices.join(", ")}`,
          alertType: ALERT_TYPES.healthCheck,
          enabled: true,
          filters: { healthCheckId: this.healthChecks.map((check) => check.id) },
          mechanisms,
        }),
      );
    }
    for (const [availability, targets] of byAvailability(props.errorRate)) {
      this.policies.push(
        new NotificationPolicy(this, `error-rate-${availability.replace(".", "_")}`, {
          accountId: props.accountId,
          name: `${props.name} origin error rate above SLO ${availability}%`,
          description: `Origin 5xx burning the ${availability}% error budget of the zone; services: ${targets.map((t) => `${targetName(t)} (${t.hostname})`).join(", ")}`,
          alertType: ALERT_TYPES.originErrorRate,
          enabled: true,
          filters: { slo: [availability], zones: [props.zoneId] },
          mechanisms,
        }),
      );
    }
    if (pools.length > 0) {
      this.policies.push(
        new NotificationPolicy(this, "load-balancing", {
          accountId: props.accountId,
          name: `${props.name} load balancer health`,
          description: "Health changes of the load balancer pools and their endpoints",
          alertType: ALERT_TYPES.loadBalancing,
          enabled: true,
          filters: { poolId: [...pools] },
          mechanisms,
        }),
      );
    }
  }
}

/** `api`, or `staging/api` when the target names its environment. */
function targetName(target: ErrorRateTarget): string {
  return target.environment === undefined ? target.service : `${target.environment}/${target.service}`;
}

/** The error-rate targets grouped by objective, as the filter writes it ("99.9"), in first-seen order. */
function byAvailability(targets: readonly ErrorRateTarget[]): Map<string, ErrorRateTarget[]> {
  const groups = new Map<string, ErrorRateTarget[]>();
  for (const target of targets) {
    const key = String(target.availability);
    groups.set(key, [...(groups.get(key) ?? []), target]);
  }
  return groups;
}

/** The stack's `alert_webhook_secret` variable, declared once per stack. */
function webhookSecret(scope: Construct): TerraformVariable {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ALERT_WEBHOOK_SECRET_VARIABLE);
  if (existing instanceof TerraformVariable) return existing;
  const variable = new TerraformVariable(stack, ALERT_WEBHOOK_SECRET_VARIABLE, {
    type: "string",
    sensitive: true,
    nullable: true,
    description: "Optional signing secret Cloudflare sends as cf-webhook-auth to the alert webhooks; set TF_VAR_alert_webhook_secret.",
  });
  // cdktf cannot write `default = null` from the constructor (it drops null); without a default the
  // variable would be required and every plan without TF_VAR_alert_webhook_secret would stop.
  variable.addOverride("default", null);
  return variable;
}
