import type { Construct } from "constructs";
import { type CustomRule, EdgeSecurity, type RateLimitRule } from "../constructs/edge-security";
import { HealthAlerts } from "../constructs/health-alerts";
import { CheckedStack } from "../constructs/policy/checked-stack";
import type { Config } from "../schema/config.types";
import { ORIGINS_VIA_WORKER_RULE, routeHost, workerOriginHostnames, zoneRuleName } from "../schema/publish";
import { configureState } from "./environment-stack";
import { zoneOwner } from "./names";
import { zoneAlertsProps } from "./props";
import { cloudflareProvider } from "./providers";

export interface ZoneStackProps {
  readonly config: Config;
}

/**
 * What the environments share because they share cloudflare.zone. The firewall: Cloudflare allows one
 * entry-point ruleset per phase per zone, so the managed WAF, the custom rules and the rate limits of all
 * environments live here, each environment's rules scoped to its own hostnames. The origin error-rate
 * alerts: Cloudflare measures them per zone, so they are created here once, for every environment's
 * services and destinations (zoneAlertsProps). State follows the first production environment's backend
 * (else the first environment's).
 */
export class ZoneStack extends CheckedStack {
  readonly security: EdgeSecurity;
  readonly alerts: HealthAlerts;

  constructor(scope: Construct, id: string, props: ZoneStackProps) {
    super(scope, id);
    const { config } = props;
    const envs = Object.entries(config.environments);
    configureState(this, id, config, config.environments[zoneOwner(config.environments)]);
    cloudflareProvider(this);

    const customRules: CustomRule[] = [];
    const rateLimits: RateLimitRule[] = [];
    for (const [envName, env] of envs) {
      const scope = hostScope([
        ...env.edge.worker.routes.map((r) => routeHost(r.pattern)),
        ...env.services.map((s) => s.hostname),
        // Served by Cloudflare without the edge Worker: a Worker service's own domain, a Pages site.
        ...env.workerServices.flatMap((s) => (s.customDomain ? [s.customDomain] : [])),
        ...env.pages.map((p) => p.hostname),
      ]);
      const scoped = (expression: string) => `${scope} and (${expression})`;
      customRules.push(...env.edge.waf.customRules.map((r) => ({ ...r, name: zoneRuleName(envName, r.name), expression: scoped(r.expression) })));
      rateLimits.push(...env.edge.rateLimits.map((r) => ({ ...r, name: zoneRuleName(envName, r.name), expression: scoped(r.expression) })));
      // The nodes' origin hostnames are proxied names anyone could call, skipping the Worker's routing,
      // headers and cache: only subrequests of this zone's Workers get through.
      const origins = workerOriginHostnames(config, envName, env);
      if (origins.length > 0) {
        customRules.push({
          name: zoneRuleName(envName, ORIGINS_VIA_WORKER_RULE),
          expression: `${hostScope(origins)} and cf.worker.upstream_zone ne ${JSON.stringify(config.cloudflare.zone)}`,
          action: "block",
        });
      }
    }
    this.security = new EdgeSecurity(this, "security", {
      accountId: config.cloudflare.accountId,
      zoneId: config.cloudflare.zoneId,
      name: `${config.project} ${config.cloudflare.zone}`,
      managedWaf: envs.some(([, env]) => env.edge.waf.managedRuleset),
      customRules,
      rateLimits,
    });
    this.alerts = new HealthAlerts(this, "alerts", zoneAlertsProps(config));
  }
}

/** A Rules-language condition matching exactly these hosts; `*.zone` matches every subdomain of zone. */
export function hostScope(hosts: readonly string[]): string {
  const exact = [...new Set(hosts.filter((h) => !h.startsWith("*.")))].sort();
  const wildcard = [...new Set(hosts.filter((h) => h.startsWith("*.")).map((h) => h.slice(1)))].sort();
  const parts = [
    ...(exact.length > 0 ? [`http.host in {${exact.map((h) => JSON.stringify(h)).join(" ")}}`] : []),
    ...wildcard.map((suffix) => `ends_with(http.host, ${JSON.stringify(suffix)})`),
  ];
  return `(${parts.join(" or ")})`;
}
