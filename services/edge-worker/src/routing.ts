// The routing table the Worker carries in its ROUTES binding, and how a request picks its route.
// Pure: no Workers runtime API, so routes.ts (Node, at synth) and the Worker share one implementation.
import { routeHost } from "../../../constructs/route-pattern";

/** One place a route's requests can be sent: a proxied hostname in front of one node's tunnel, or a load balancer. */
export interface OriginEntry {
  /** `https://<hostname>`, reached as a same-zone subrequest. */
  readonly url: string;
  /** Share of new requests, 0 to 1; 0 drains the origin (tried only when every other one failed). */
  readonly weight: number;
}

/** One entry of the ROUTES binding: a Workers route pattern resolved to the origins it forwards to. */
export interface RouteEntry {
  /** The Workers route pattern this entry came from, e.g. `api.example.com/*`. */
  readonly pattern: string;
  /** Lowercase hostname, or `*.example.com` for every subdomain of example.com. */
  readonly host: string;
  /** The path the request must start with (or equal, when `exactPath`). */
  readonly pathPrefix: string;
  /** True when the pattern has no trailing `*`: the path must equal `pathPrefix`. */
  readonly exactPath: boolean;
  /** Name of the service the route forwards to. */
  readonly service: string;
  /**
   * For a Worker service: the edge Worker's service binding to it (`SERVICE_<NAME>`), which requests
   * go through instead of any origin. Absent for a VPS service.
   */
  readonly binding?: string;
  /**
   * Where requests go: for a VPS service never empty, at least one weight above 0 (one origin per node
   * for a service published through the Worker, else the service's own hostname: its tunnel CNAME or
   * load balancer); empty for a Worker service (`binding`).
   */
  readonly origins: readonly OriginEntry[];
  /** Seconds successful GET responses stay in the edge cache; 0 disables caching. */
  readonly cacheTtl: number;
}

/** A route pattern split into what `matchRoute` compares. */
export interface ParsedPattern {
  readonly host: string;
  readonly pathPrefix: string;
  readonly exactPath: boolean;
}

/**
 * Splits a Workers route pattern (`host/path`, `*.` allowed before the host, `*` allowed at the end of
 * the path) the way Cloudflare reads it. Throws a message without a field path; callers add theirs.
 */
export function parsePattern(pattern: string): ParsedPattern {
  const written = routeHost(pattern);
  if (written.length === 0 || written === pattern) {
    throw new Error(`pattern ${JSON.stringify(pattern)} must be <host>/<path>, e.g. api.example.com/*`);
  }
  const host = written.toLowerCase();
  const path = pattern.slice(written.length);
  if (host.indexOf("*", host.startsWith("*.") ? 1 : 0) !== -1) {
    throw new Error(`pattern ${JSON.stringify(pattern)}: "*" is only allowed as a leading "*." in the host`);
  }
  const star = path.indexOf("*");
  if (star !== -1 && star !== path.length - 1) {
    throw new Error(`pattern ${JSON.stringify(pattern)}: "*" is only allowed at the end of the path`);
  }
  return star === -1 ? { host, pathPrefix: path, exactPath: true } : { host, pathPrefix: path.slice(0, -1), exactPath: false };
}

/** A binding name in a Worker's env, as the config allows them. */
const BINDING_NAME = /^[A-Z][A-Z0-9_]*$/;

/** Parses and checks the ROUTES binding; throws when it is not a list of well-formed entries. */
export function parseRoutes(json: string): RouteEntry[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error("ROUTES must be a JSON array of routes");
  return value.map((item: unknown, i) => {
    const entry = item as Partial<Record<keyof RouteEntry, unknown>>;
    const strings = ["pattern", "host", "pathPrefix", "service"] as const;
    for (const key of strings) {
      if (typeof entry?.[key] !== "string") throw new Error(`ROUTES[${i}].${key} must be a string`);
    }
    if (typeof entry.exactPath !== "boolean") throw new Error(`ROUTES[${i}].exactPath must be a boolean`);
    if (typeof entry.cacheTtl !== "number" || !(entry.cacheTtl >= 0)) {
      throw new Error(`ROUTES[${i}].cacheTtl must be a number >= 0`);
    }
    if (entry.binding !== undefined) {
      if (typeof entry.binding !== "string" || !BINDING_NAME.test(entry.binding)) {
        throw new Error(`ROUTES[${i}].binding must be a binding name (${BINDING_NAME.source}), got ${JSON.stringify(entry.binding)}`);
      }
      if (!Array.isArray(entry.origins) || entry.origins.length !== 0) {
        throw new Error(`ROUTES[${i}].origins must be empty: a route with a binding goes to a Worker service, not an origin`);
      }
      return entry as RouteEntry;
    }
    if (!Array.isArray(entry.origins) || entry.origins.length === 0) {
      throw new Error(`ROUTES[${i}].origins must be a non-empty array`);
    }
    entry.origins.forEach((origin: Partial<Record<keyof OriginEntry, unknown>> | null, k: number) => {
      if (typeof origin?.url !== "string" || !/^https:\/\/[a-z0-9.-]+$/.test(origin.url)) {
        throw new Error(`ROUTES[${i}].origins[${k}].url must be https://<hostname>, got ${JSON.stringify(origin?.url)}`);
      }
      if (typeof origin.weight !== "number" || !(origin.weight >= 0 && origin.weight <= 1)) {
        throw new Error(`ROUTES[${i}].origins[${k}].weight must be a number from 0 to 1, got ${JSON.stringify(origin.weight)}`);
      }
    });
    if (!entry.origins.some((origin: OriginEntry) => origin.weight > 0)) {
      throw new Error(`ROUTES[${i}].origins: every weight is 0, at least one origin must take requests`);
    }
    return entry as RouteEntry;
  });
}

function hostMatches(wanted: string, host: string): boolean {
  if (wanted.startsWith("*.")) return host.endsWith(wanted.slice(1));
  return wanted === host;
}

function pathMatches(route: RouteEntry, path: string): boolean {
  return route.exactPath ? path === route.pathPrefix : path.startsWith(route.pathPrefix);
}

/** Orders candidates the way Cloudflare picks among routes: exact host, then longer path, then exact path. */
function specificity(route: RouteEntry): [number, number, number] {
  return [route.host.startsWith("*.") ? 0 : 1, route.pathPrefix.length, route.exactPath ? 1 : 0];
}

/** The most specific route matching `host` and `path`, or undefined. The query string plays no part. */
export function matchRoute(routes: readonly RouteEntry[], host: string, path: string): RouteEntry | undefined {
  const lowerHost = host.toLowerCase();
  let best: RouteEntry | undefined;
  for (const route of routes) {
    if (!hostMatches(route.host, lowerHost) || !pathMatches(route, path)) continue;
    if (best === undefined || compare(specificity(route), specificity(best)) > 0) best = route;
  }
  return best;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}
