import type { Service } from "./config.types";

/** Whether Cloudflare probes a service, with what; or why not. */
export type HealthCheckOf =
  | { readonly probed: true; readonly path: string; readonly intervalSeconds: number }
  | { readonly probed: false; readonly reason: string };

/**
 * The one rule for which services get a Cloudflare health check: the edge stack creates one for each
 * probed service (stacks/props.ts), and the SLO page lists the same (tools/slo.ts). Admin services are
 * never probed: Access would answer the probe with its login page, not the service.
 */
export function healthCheckOf(service: Pick<Service, "admin" | "healthCheck" | "healthPath">): HealthCheckOf {
  if (service.admin) return { probed: false, reason: "admin service behind Access (Access would answer the probe, not the service)" };
  if (!service.healthCheck.enabled) return { probed: false, reason: "disabled (healthCheck.enabled: false)" };
  return { probed: true, path: service.healthPath, intervalSeconds: service.healthCheck.intervalSeconds };
}
