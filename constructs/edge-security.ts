import { Ruleset } from "@cdktf/provider-cloudflare/lib/ruleset";
import { ZeroTrustAccessApplication } from "@cdktf/provider-cloudflare/lib/zero-trust-access-application";
import { ZeroTrustAccessPolicy } from "@cdktf/provider-cloudflare/lib/zero-trust-access-policy";
import { Construct } from "constructs";
import { duplicates, HOSTNAME, PropsValidator, terraformLiteral } from "./validation";

/** Cloudflare's Managed Ruleset, deployed by the managed WAF ruleset. */
export const CLOUDFLARE_MANAGED_RULESET_ID = "efb7b8c949ac4650a09736fc376e9aee";
const PERIODS = [10, 60, 120, 300, 600, 3600];

export interface CustomRule {
  readonly name: string;
  /** A Cloudflare Rules language expression. */
  readonly expression: string;
  readonly action: "block" | "managed_challenge" | "js_challenge" | "log";
}

export interface RateLimitRule {
  readonly name: string;
  readonly expression: string;
  readonly requestsPerPeriod: number;
  /** One of 10, 60, 120, 300, 600, 3600 seconds. */
  readonly periodSeconds: number;
  readonly mitigationSeconds: number;
  readonly action: "block" | "managed_challenge" | "log";
}

export interface AdminAccess {
  /** The hostnames that require a login with MFA. */
  readonly hostnames: readonly string[];
  /** The identities allowed in. */
  readonly emails: readonly string[];
  /** How long a login lasts, e.g. 8h. */
  readonly sessionDuration: string;
}

export interface EdgeSecurityProps {
  readonly accountId: string;
  readonly zoneId: string;
  /** Prefix of every ruleset and Access object name, e.g. acme-production. */
  readonly name: string;
  /**
   * Deploy Cloudflare's managed WAF ruleset.
   * @default true
   */
  readonly managedWaf?: boolean;
  /** @default [] */
  readonly customRules?: readonly CustomRule[];
  /** @default [] */
  readonly rateLimits?: readonly RateLimitRule[];
  /**
   * Zero Trust Access with MFA in front of admin hostnames (seed 004).
   * @default no Access application
   */
  readonly access?: AdminAccess;
}

/**
 * The zone's firewall: Cloudflare's managed WAF, custom block rules and per-IP rate limits as
 * `cloudflare_ruleset`s (one per phase, as the Rulesets API requires), and optionally a Zero Trust Access
 * application whose policy requires MFA for the admin hostnames.
 */
export class EdgeSecurity extends Construct {
  readonly managedWaf?: Ruleset;
  readonly customRules?: Ruleset;
  readonly rateLimits?: Ruleset;
  readonly accessPolicy?: ZeroTrustAccessPolicy;
  readonly accessApplications: ZeroTrustAccessApplication[] = [];

  constructor(scope: Construct, id: string, props: EdgeSecurityProps) {
    super(scope, id);
    const custom = props.customRules ?? [];
    const limits = props.rateLimits ?? [];
    const validator = new PropsValidator(`EdgeSecurity ${this.node.path}`)
      .check(duplicates(custom.map((r) => r.name)).length === 0, "customRules", `names listed twice: ${duplicates(custom.map((r) => r.name)).join(", ")}`)
      .check(duplicates(limits.map((r) => r.name)).length === 0, "rateLimits", `names listed twice: ${duplicates(limits.map((r) => r.name)).join(", ")}`);
    custom.forEach((rule, i) => {
      validator.check(rule.expression.trim() !== "", `customRules[${i}].expression`, "is empty");
    });
    limits.forEach((rule, i) => {
      validator
        .check(rule.expression.trim() !== "", `rateLimits[${i}].expression`, "is empty")
        .check(
          Number.isInteger(rule.requestsPerPeriod) && rule.requestsPerPeriod >= 1,
          `rateLimits[${i}].requestsPerPeriod`,
          `must be >= 1, got ${rule.requestsPerPeriod}`,
        )
        .check(PERIODS.includes(rule.periodSeconds), `rateLimits[${i}].periodSeconds`, `must be one of ${PERIODS.join(", ")}, got ${rule.periodSeconds}`);
    });
    if (props.access) {
      const access = props.access;
      validator
        .check(access.hostnames.length > 0, "access.hostnames", "Access needs at least one hostname")
        .check(access.emails.length > 0, "access.emails", "an Access policy without identities lets nobody in; list admin emails")
        .check(/^\d+(m|h)$/.test(access.sessionDuration), "access.sessionDuration", `must look like 30m or 8h, got ${JSON.stringify(access.sessionDuration)}`);
      access.hostnames.forEach((h, i) => {
        validator.check(HOSTNAME.test(h), `access.hostnames[${i}]`, `not a valid hostname: ${JSON.stringify(h)}`);
      });
    }
    validator.throwIfInvalid();

    if (props.managedWaf ?? true) {
      this.managedWaf = new Ruleset(this, "managed-waf", {
        zoneId: props.zoneId,
        name: `${props.name} managed WAF`,
        kind: "zone",
        phase: "http_request_firewall_managed",
        rules: [
          {
            ref: "cloudflare-managed-ruleset",
            description: "Cloudflare Managed Ruleset",
            expression: "true",
            action: "execute",
            actionParameters: { id: CLOUDFLARE_MANAGED_RULESET_ID },
          },
        ],
      });
    }
    if (custom.length > 0) {
      this.customRules = new Ruleset(this, "custom-rules", {
        zoneId: props.zoneId,
        name: `${props.name} custom rules`,
        kind: "zone",
        phase: "http_request_firewall_custom",
        // A rule may match `${jndi:` or `%{`, which OpenTofu would otherwise read as template interpolation.
        rules: custom.map((rule) => ({ ref: rule.name, description: rule.name, expression: terraformLiteral(rule.expression), action: rule.action })),
      });
    }
    if (limits.length > 0) {
      this.rateLimits = new Ruleset(this, "rate-limits", {
        zoneId: props.zoneId,
        name: `${props.name} rate limits`,
        kind: "zone",
        phase: "http_ratelimit",
        rules: limits.map((rule) => ({
          ref: rule.name,
          description: rule.name,
          expression: terraformLiteral(rule.expression),
          action: rule.action,
          ratelimit: {
            characteristics: ["cf.colo.id", "ip.src"],
            period: rule.periodSeconds,
            requestsPerPeriod: rule.requestsPerPeriod,
            mitigationTimeout: rule.mitigationSeconds,
          },
        })),
      });
    }
    if (props.access) {
      const access = props.access;
      this.accessPolicy = new ZeroTrustAccessPolicy(this, "admin-policy", {
        accountId: props.accountId,
        name: `${props.name} admins with MFA`,
        decision: "allow",
        include: access.emails.map((email) => ({ email: { email } })),
        require: [{ authMethod: { authMethod: "mfa" } }],
        sessionDuration: access.sessionDuration,
      });
      for (const hostname of access.hostnames) {
        this.accessApplications.push(
          new ZeroTrustAccessApplication(this, `admin-${hostname}`, {
            zoneId: props.zoneId,
            name: `${props.name} ${hostname}`,
            domain: hostname,
            type: "self_hosted",
            sessionDuration: access.sessionDuration,
            policies: [{ id: this.accessPolicy.id, precedence: 1 }],
          }),
        );
      }
    }
  }
}
