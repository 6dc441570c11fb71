// How a service's hostname reaches its nodes (service.publish), in one place for the stacks, the edge
// Worker's routing table and the docs. Pure: config in, names out.
import type { Config, Environment, Service } from "./config.types";
import { stackOutput } from "./outputs";

/** One node serving a service, as the edge sees it. */
export interface Origin {
  /** The node's name. */
  readonly node: string;
  /**
   * The node's own hostname for the service (originHostname): a proxied CNAME to that node's tunnel
   * (publish "worker").
   */
  readonly hostname: string;
  /** Share of requests, 0 to 1; 0 drains the node. */
  readonly weight: number;
}

/** The output of the edge stack that says which nodes the edge sends each service's requests to. */
export const EDGE_ORIGINS_OUTPUT = "origins";

/**
 * The name of an environment's rule in the zone's shared rulesets (stacks/zone-stack.ts): every
 * environment's custom rules share one ruleset and its rate limits another, so each is prefixed with its
 * environment, and a name must be unique in its ruleset.
 */
export function zoneRuleName(envName: string, name: string): string {
  return `${envName}-${name}`;
}

/**
 * The name the zone stack gives environment `envName`'s webhook `webhook` (its origin error-rate alerts go
 * to every environment's destinations, stacks/props.ts zoneAlertsProps): `<env>-<webhook>`.
 */
export function zoneWebhookName(envName: string, webhook: string): string {
  return `${envName}-${webhook}`;
}

/** The custom rule the zone stack adds per environment so that only its Worker reaches the origin hostnames. */
export const ORIGINS_VIA_WORKER_RULE = "origins-via-worker-only";

/** The host of a Workers route pattern (constructs/route-pattern.ts), re-exported for the rules and stacks. */
export { routeHost } from "../constructs/route-pattern";

/**
 * The node's own hostname for a service at `hostname` in `zone`: `<first label>-<node>.<rest>`, so
 * `api.example.com` on node `app-1` → `api-app-1.example.com`. On the zone apex the rest would leave the
 * zone (`example-app-1.com`, a name the zone cannot hold), so the apex's origins go below it instead:
 * `example.com` → `example-app-1.example.com`. Either way a service one level below the zone (or on it)
 * has origins one level below it, which the zone's universal certificate covers (nix/lib.nix
 * originHostname holds the same rule).
 */
export function originHostname(hostname: string, node: string, zone: string): string {
  const dot = hostname.indexOf(".");
  const rest = hostname === zone ? `.${zone}` : hostname.slice(dot);
  return `${hostname.slice(0, dot)}-${node}${rest}`;
}

/** The weight of `node` for `service`: its entry in weights, else 1. */
export function weightOf(service: Pick<Service, "weights">, node: string): number {
  const weight = Object.hasOwn(service.weights, node) ? service.weights[node] : undefined;
  return typeof weight === "number" ? weight : 1;
}

/** Every node of `service`, in config order, with its origin hostname in `zone` and weight. */
export function serviceOrigins(service: Pick<Service, "hostname" | "nodes" | "weights">, zone: string): Origin[] {
  return service.nodes.map((node) => ({ node, hostname: originHostname(service.hostname, node, zone), weight: weightOf(service, node) }));
}

/**
 * The edge stack's `origins` output for the environment: service → the nodes the edge sends it to, for
 * the services the edge balances (publish "worker" or "load-balancer"). A "tunnel" service's hostname
 * points at its node directly, so there is nothing for the edge to drain.
 */
export function edgeOrigins(env: Pick<Environment, "services">): Record<string, string[]> {
  return Object.fromEntries(env.services.filter((s) => s.publish !== "tunnel").map((s) => [s.name, [...s.nodes]]));
}

/**
 * What the edge sent each service to at its last apply (its `origins` output in CUE), or an empty map when
 * the edge was never applied or reported something else.
 */
export function appliedEdgeOrigins(config: Pick<Config, "outputs">, envName: string): Record<string, string[]> {
  const value = stackOutput(config, envName, `${envName}-edge`, EDGE_ORIGINS_OUTPUT);
  // Without a prototype: a service named "constructor" must not find Object's (it crashed the synth).
  const origins: Record<string, string[]> = Object.create(null);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return origins;
  for (const [service, nodes] of Object.entries(value)) {
    if (Array.isArray(nodes)) origins[service] = nodes.filter((n): n is string => typeof n === "string");
  }
  return origins;
}

/** Why a service runs on a node: the config assigns it, or the applied edge still sends it requests there. */
export type Placement = "assigned" | "draining";

/**
 * The services node `nodeName` must serve: those assigned to it, then those the applied edge still sends
 * there although the config moved them away ("draining"). A move is therefore safe in one deploy: the new
 * node starts serving, the edge switches, and the old node lets go on the next deploy, once the edge's
 * outputs no longer name it (adr/adr-scale-out.md).
 */
export function servicesOnNode(
  config: Pick<Config, "outputs">,
  envName: string,
  env: Pick<Environment, "services">,
  nodeName: string,
): Array<{ readonly service: Service; readonly placement: Placement }> {
  const applied = appliedEdgeOrigins(config, envName);
  const placed: Array<{ service: Service; placement: Placement }> = [];
  for (const service of env.services) {
    if (service.nodes.includes(nodeName)) placed.push({ service, placement: "assigned" });
    else if (service.publish !== "tunnel" && applied[service.name]?.includes(nodeName)) placed.push({ service, placement: "draining" });
  }
  return placed;
}

/**
 * Every origin hostname the environment's tunnels serve for publish "worker" services, draining ones
 * included, sorted. Only the Worker may call them (the zone stack blocks everyone else).
 */
export function workerOriginHostnames(config: Pick<Config, "outputs" | "cloudflare">, envName: string, env: Pick<Environment, "services" | "nodes">): string[] {
  const hostnames = new Set<string>();
  for (const node of env.nodes) {
    for (const { service } of servicesOnNode(config, envName, env, node.name)) {
      if (service.publish === "worker") hostnames.add(originHostname(service.hostname, node.name, config.cloudflare.zone));
    }
  }
  return [...hostnames].sort();
}
