import type { Config } from "../../schema/config.types";
import { ConfigError, type ConfigProblem, joinPath } from "../../schema/problems";
import { serviceOrigins } from "../../schema/publish";
import { serviceBindingName } from "../../schema/worker-services";
import { type ParsedPattern, parsePattern, type RouteEntry } from "./src/routing";

export type { RouteEntry } from "./src/routing";

/**
 * The routing table of environment `env`'s edge Worker: each of `edge.worker.routes` resolved to the
 * service it names, a VPS service (its origins) or a Worker service (the edge Worker's service binding
 * to it, no origin). Throws a ConfigError listing every route that names an unknown service, repeats a
 * pattern, or is not a valid Workers route pattern inside `cloudflare.zone`.
 */
export function routesTable(config: Config, env: string): RouteEntry[] {
  const environment = config.environments[env];
  if (environment === undefined) {
    const known = Object.keys(config.environments).join(", ");
    throw new ConfigError("for the edge Worker", [{ path: joinPath("environments", env), message: `unknown environment, expected one of: ${known}` }]);
  }
  const services = new Map(environment.services.map((s) => [s.name, s]));
  const workerServices = new Set(environment.workerServices.map((s) => s.name));
  const zone = config.cloudflare.zone;
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  const table: RouteEntry[] = [];
  environment.edge.worker.routes.forEach((route, i) => {
    const at = (field: string) => joinPath("environments", env, "edge", "worker", "routes", i, field);
    const service = services.get(route.service);
    const workerService = workerServices.has(route.service);
    if (service === undefined && !workerService) {
      const known = [...services.keys(), ...workerServices].map((s) => JSON.stringify(s)).join(", ") || "none";
      problems.push({
        path: at("service"),
        message: `unknown service ${JSON.stringify(route.service)}; services of ${env}: ${known}`,
      });
    }
    if (seen.has(route.pattern)) problems.push({ path: at("pattern"), message: `duplicate pattern ${JSON.stringify(route.pattern)}` });
    seen.add(route.pattern);
    let parsed: ParsedPattern;
    try {
      parsed = parsePattern(route.pattern);
    } catch (error) {
      problems.push({ path: at("pattern"), message: (error as Error).message });
      return;
    }
    const bareHost = parsed.host.replace(/^\*\./, "");
    if (bareHost !== zone && !bareHost.endsWith(`.${zone}`)) {
      problems.push({
        path: at("pattern"),
        message: `host ${JSON.stringify(parsed.host)} is outside the zone ${JSON.stringify(zone)}`,
      });
    }
    if (workerService) {
      table.push({
        pattern: route.pattern,
        ...parsed,
        service: route.service,
        binding: serviceBindingName(route.service),
        origins: [],
        cacheTtl: route.cacheTtl,
      });
      return;
    }
    if (service === undefined) return;
    table.push({
      pattern: route.pattern,
      ...parsed,
      service: service.name,
      // A service published through the Worker is spread over its nodes' own hostnames; any other is
      // reached at its hostname (its tunnel's CNAME, or the load balancer in front of its nodes).
      origins:
        service.publish === "worker"
          ? serviceOrigins(service, zone).map((o) => ({ url: `https://${o.hostname}`, weight: o.weight }))
          : [{ url: `https://${service.hostname}`, weight: 1 }],
      cacheTtl: route.cacheTtl,
    });
  });
  if (problems.length > 0) throw new ConfigError("for the edge Worker", problems);
  return table;
}

/** The ROUTES binding of environment `env`'s Worker: the routing table as the JSON text the Worker parses. */
export function routesBinding(config: Config, env: string): string {
  return JSON.stringify(routesTable(config, env));
}
