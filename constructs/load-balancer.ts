import { LoadBalancer } from "@cdktf/provider-cloudflare/lib/load-balancer";
import { LoadBalancerMonitor } from "@cdktf/provider-cloudflare/lib/load-balancer-monitor";
import { LoadBalancerPool } from "@cdktf/provider-cloudflare/lib/load-balancer-pool";
import { Construct } from "constructs";
import { CLOUDFLARE_NAME } from "./provider-names";
import { duplicates, HOSTNAME, PropsValidator } from "./validation";

/** One node's tunnel as a pool endpoint. */
export interface LoadBalancerOrigin {
  /** The node's name; the endpoint's name in the pool. */
  readonly name: string;
  /** The node's tunnel, `<tunnel uuid>.cfargotunnel.com`. */
  readonly address: string;
  /**
   * Share of the pool's new requests, 0 to 1 (Cloudflare: endpoint weight ÷ sum of weights). 0 drains the
   * node: Cloudflare sends it no new requests but keeps health-checking it, and clients pinned to it by
   * session affinity stay until their session expires. The endpoint stays enabled; disabling it would stop
   * its health checks too.
   */
  readonly weight: number;
}

/** How the pool picks a healthy endpoint for a request (Cloudflare's local traffic steering). */
export type OriginSteering = "random" | "hash" | "least_outstanding_requests" | "least_connections";

/** How a client is kept on one endpoint: not at all, by a Cloudflare cookie, or by its IP and a cookie. */
export type SessionAffinity = "none" | "cookie" | "ip_cookie";

/** Cloudflare's health monitor regions (a pool's `check_regions`); ALL_REGIONS is for Enterprise plans only. */
export const MONITOR_REGIONS = ["WNAM", "ENAM", "WEU", "EEU", "NSAM", "SSAM", "OC", "ME", "NAF", "SAF", "SAS", "SEAS", "NEAS", "ALL_REGIONS"] as const;
export type MonitorRegion = (typeof MONITOR_REGIONS)[number];

export interface ServiceLoadBalancerProps {
  readonly accountId: string;
  /** The zone `hostname` is in. */
  readonly zoneId: string;
  /** Names the monitor and the pool, e.g. `acme-production-api`: letters, digits, `-` and `_`. */
  readonly name: string;
  /**
   * The public hostname the load balancer answers on. Every node's tunnel serves it (ingress without a DNS
   * record), so it is also the Host header of every endpoint and of the monitor.
   */
  readonly hostname: string;
  /** The path the monitor GETs over HTTPS; 200 means healthy. */
  readonly healthPath: string;
  /** The nodes' tunnels. Order does not matter: the pool lists them sorted by name, as Cloudflare returns them. */
  readonly origins: readonly LoadBalancerOrigin[];
  readonly originSteering: OriginSteering;
  readonly sessionAffinity: SessionAffinity;
  /** How long a client stays on its node with cookie affinity, 1800 to 604800 seconds. */
  readonly sessionAffinityTtl: number;
  /** Seconds between monitor probes, 10 to 3600 (the shortest interval a plan allows may be longer). */
  readonly monitorIntervalSeconds: number;
  /**
   * The regions the monitor probes from (three data centers each; an endpoint is healthy when most regions
   * say so). Every region beyond the first is billed by Cloudflare.
   * @default ["ENAM"]: one region, which every Load Balancing plan includes. An unset list would mean
   * every data center, which only Enterprise plans may use.
   */
  readonly checkRegions?: readonly MonitorRegion[];
}

const TUNNEL_ADDRESS = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.cfargotunnel\.com$/;
const HEALTH_PATH = /^\/[A-Za-z0-9/._-]*$/;
const AFFINITY_TTL = { min: 1800, max: 604800 } as const;
const MONITOR_INTERVAL = { min: 10, max: 3600 } as const;
/** Seconds a probe may take; Cloudflare requires it to be shorter than the interval. */
const MONITOR_TIMEOUT = 5;

/**
 * Cloudflare Load Balancing for one service on several nodes, the way Cloudflare documents it for tunnels
 * (https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/routing-to-tunnel/lb/):
 * an account-level HTTPS monitor on the health path, an account-level pool whose endpoints are the nodes'
 * `<tunnel uuid>.cfargotunnel.com` with `Host: hostname`, and a proxied, zone-level load balancer on the
 * hostname with that pool as default and fallback. The load balancer replaces any DNS record of the
 * hostname, so no record is created for it.
 */
export class ServiceLoadBalancer extends Construct {
  readonly monitor: LoadBalancerMonitor;
  readonly pool: LoadBalancerPool;
  readonly loadBalancer: LoadBalancer;

  constructor(scope: Construct, id: string, props: ServiceLoadBalancerProps) {
    super(scope, id);
    const names = props.origins.map((o) => o.name);
    const addresses = props.origins.map((o) => o.address);
    const regions = props.checkRegions ?? ["ENAM"];
    const validator = new PropsValidator(`ServiceLoadBalancer ${this.node.path}`)
      .check(CLOUDFLARE_NAME.test(props.name), "name", `must be 1-64 letters, digits, "-" or "_", got ${JSON.stringify(props.name)}`)
      .check(HOSTNAME.test(props.hostname), "hostname", `not a valid hostname: ${JSON.stringify(props.hostname)}`)
      .check(
        HEALTH_PATH.test(props.healthPath),
        "healthPath",
        `must be a path starting with "/" (letters, digits, "/", ".", "_", "-"), got ${JSON.stringify(props.healthPath)}`,
      )
      .check(props.origins.length > 0, "origins", "a pool needs at least one node's tunnel")
      .check(duplicates(names).length === 0, "origins", `node(s) listed twice: ${duplicates(names).join(", ")}`)
      .check(duplicates(addresses).length === 0, "origins", `tunnel(s) listed twice (an address is unique in a pool): ${duplicates(addresses).join(", ")}`)
      .check(props.origins.length === 0 || props.origins.some((o) => o.weight > 0), "origins", "every node weighs 0: at least one node must take requests")
      .check(
        Number.isInteger(props.sessionAffinityTtl) && props.sessionAffinityTtl >= AFFINITY_TTL.min && props.sessionAffinityTtl <= AFFINITY_TTL.max,
        "sessionAffinityTtl",
        `must be a whole number of seconds from ${AFFINITY_TTL.min} to ${AFFINITY_TTL.max}, got ${props.sessionAffinityTtl}`,
      )
      .check(
        Number.isInteger(props.monitorIntervalSeconds) &&
          props.monitorIntervalSeconds >= MONITOR_INTERVAL.min &&
          props.monitorIntervalSeconds <= MONITOR_INTERVAL.max,
        "monitorIntervalSeconds",
        `must be a whole number of seconds from ${MONITOR_INTERVAL.min} to ${MONITOR_INTERVAL.max}, got ${props.monitorIntervalSeconds}`,
      )
      .check(regions.length > 0, "checkRegions", "the monitor needs at least one region to probe from")
      .check(duplicates([...regions]).length === 0, "checkRegions", `region(s) listed twice: ${duplicates([...regions]).join(", ")}`);
    regions.forEach((region, i) => {
      validator.check(
        (MONITOR_REGIONS as readonly string[]).includes(region),
        `checkRegions[${i}]`,
        `unknown region ${JSON.stringify(region)}; one of ${MONITOR_REGIONS.join(", ")}`,
      );
    });
    props.origins.forEach((origin, i) => {
      validator
        .check(
          /^[a-z0-9][a-z0-9-]{0,62}$/.test(origin.name),
          `origins[${i}].name`,
          `must be a node name (lowercase letters, digits, "-"), got ${JSON.stringify(origin.name)}`,
        )
        .check(
          TUNNEL_ADDRESS.test(origin.address),
          `origins[${i}].address`,
          `must be a tunnel, "<tunnel uuid>.cfargotunnel.com", got ${JSON.stringify(origin.address)}`,
        )
        .check(Number.isFinite(origin.weight) && origin.weight >= 0 && origin.weight <= 1, `origins[${i}].weight`, `must be from 0 to 1, got ${origin.weight}`);
    });
    validator.throwIfInvalid();

    const host = { Host: [props.hostname] };
    // Only account_id (monitor, pool) and zone_id (load balancer) force a replacement in provider 5.24.0, but a
    // replacement can still come from `tofu apply -replace`, a taint or a provider upgrade. Cloudflare refuses to
    // delete a monitor a pool uses, or a pool a load balancer uses, so the default destroy-then-create order
    // would fail half way ("This object is referenced by other objects, delete them first. (1005)",
    // cloudflare/terraform-provider-cloudflare#66 and #3040) or, were the delete accepted, leave the load
    // balancer on a deleted pool. create_before_destroy makes tofu create the new monitor/pool, repoint the
    // pool/load balancer, then delete the old one; the monitor has no name and a pool is keyed by its id, so
    // old and new coexist. The load balancer itself must not have it: its name is the hostname, one per zone.
    this.monitor = new LoadBalancerMonitor(this, "monitor", {
      accountId: props.accountId,
      description: `${props.name}: GET https://${props.hostname}${props.healthPath}`,
      type: "https",
      method: "GET",
      path: props.healthPath,
      expectedCodes: "200",
      followRedirects: false,
      allowInsecure: false,
      header: host,
      interval: props.monitorIntervalSeconds,
      timeout: MONITOR_TIMEOUT,
      retries: 2,
      // Two failures in a row before a node leaves the pool, two successes before it returns: one lost probe
      // does not flap it.
      consecutiveDown: 2,
      consecutiveUp: 2,
      lifecycle: { createBeforeDestroy: true },
    });
    this.pool = new LoadBalancerPool(this, "pool", {
      accountId: props.accountId,
      name: props.name,
      description: `${props.hostname} on ${[...names].sort().join(", ")}`,
      monitor: this.monitor.id,
      checkRegions: [...regions],
      minimumOrigins: 1,
      originSteering: { policy: props.originSteering },
      origins: [...props.origins]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((origin) => ({
          name: origin.name,
          address: origin.address,
          weight: origin.weight,
          // Weight 0 drains; the endpoint stays enabled so it keeps being health-checked.
          enabled: true,
          header: { host: [props.hostname] },
        })),
      lifecycle: { createBeforeDestroy: true },
    });
    const affinity = props.sessionAffinity !== "none";
    this.loadBalancer = new LoadBalancer(this, "load-balancer", {
      zoneId: props.zoneId,
      name: props.hostname,
      description: `${props.name}: ${props.origins.length} node(s)`,
      proxied: true,
      // One pool: steering between pools is off; the pool's origin steering spreads requests over the nodes.
      steeringPolicy: "off",
      defaultPools: [this.pool.id],
      fallbackPool: this.pool.id,
      sessionAffinity: props.sessionAffinity,
      ...(affinity ? { sessionAffinityTtl: props.sessionAffinityTtl } : {}),
    });
  }
}
