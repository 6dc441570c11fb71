import { LoadBalancer } from "@cdktf/provider-cloudflare/lib/load-balancer";
import { LoadBalancerMonitor } from "@cdktf/provider-cloudflare/lib/load-balancer-monitor";
import { LoadBalancerPool } from "@cdktf/provider-cloudflare/lib/load-balancer-pool";
import { ServiceLoadBalancer, type ServiceLoadBalancerProps } from "../../constructs/load-balancer";
import { ofType, stack, synth } from "./helpers";

const tunnel = (n: number) => `00000000-0000-4000-8000-00000000000${n}.cfargotunnel.com`;

const props: ServiceLoadBalancerProps = {
  accountId: "0123456789abcdef0123456789abcdef",
  zoneId: "fedcba9876543210fedcba9876543210",
  name: "acme-production-api",
  hostname: "api.example.com",
  healthPath: "/healthz",
  origins: [
    { name: "app-2", address: tunnel(2), weight: 0.5 },
    { name: "app-1", address: tunnel(1), weight: 1 },
    { name: "app-3", address: tunnel(3), weight: 0 },
  ],
  originSteering: "least_outstanding_requests",
  sessionAffinity: "cookie",
  sessionAffinityTtl: 82800,
  monitorIntervalSeconds: 30,
};

const build = (overrides: Partial<ServiceLoadBalancerProps>) => () => new ServiceLoadBalancer(stack(), "lb", { ...props, ...overrides });

describe("ServiceLoadBalancer", () => {
  const { json, resources } = synth((scope) => new ServiceLoadBalancer(scope, "lb", props));
  const [monitor] = ofType(resources, "cloudflare_load_balancer_monitor");
  const [pool] = ofType(resources, "cloudflare_load_balancer_pool");
  const [lb] = ofType(resources, "cloudflare_load_balancer");

  test("creates exactly one monitor, one pool and one load balancer", () => {
    expect(ofType(resources, "cloudflare_load_balancer_monitor")).toHaveLength(1);
    expect(ofType(resources, "cloudflare_load_balancer_pool")).toHaveLength(1);
    expect(ofType(resources, "cloudflare_load_balancer")).toHaveLength(1);
    expect(ofType(resources, "cloudflare_dns_record")).toHaveLength(0);
  });

  test("the monitor GETs the health path over HTTPS with the hostname as Host, expects 200 and follows no redirect", () => {
    expect(json).toHaveResourceWithProperties(LoadBalancerMonitor, {
      account_id: props.accountId,
      type: "https",
      method: "GET",
      path: "/healthz",
      expected_codes: "200",
      follow_redirects: false,
      header: { Host: ["api.example.com"] },
      interval: 30,
    });
    expect(monitor.timeout as number).toBeLessThan(30);
  });

  test("the pool lists every node's tunnel with its weight and the hostname as Host header, sorted by name", () => {
    expect(pool.origins).toEqual([
      { name: "app-1", address: tunnel(1), weight: 1, enabled: true, header: { host: ["api.example.com"] } },
      { name: "app-2", address: tunnel(2), weight: 0.5, enabled: true, header: { host: ["api.example.com"] } },
      { name: "app-3", address: tunnel(3), weight: 0, enabled: true, header: { host: ["api.example.com"] } },
    ]);
  });

  test("a drained node (weight 0) stays enabled, so Cloudflare keeps health-checking it", () => {
    const drained = (pool.origins as Array<Record<string, unknown>>).find((o) => o.name === "app-3");
    expect(drained).toEqual(expect.objectContaining({ weight: 0, enabled: true }));
  });

  test("the pool is account-level, uses the monitor and the origin steering, and needs one healthy origin", () => {
    expect(json).toHaveResourceWithProperties(LoadBalancerPool, {
      account_id: props.accountId,
      name: "acme-production-api",
      monitor: expect.stringMatching(/^\$\{cloudflare_load_balancer_monitor\.lb_monitor_[0-9A-F]+\.id\}$/),
      origin_steering: { policy: "least_outstanding_requests" },
      minimum_origins: 1,
      check_regions: ["ENAM"],
    });
  });

  test("the load balancer is named after the hostname, proxied, with the pool as default and fallback and steering off", () => {
    const poolRef = expect.stringMatching(/^\$\{cloudflare_load_balancer_pool\.lb_pool_[0-9A-F]+\.id\}$/);
    expect(json).toHaveResourceWithProperties(LoadBalancer, {
      zone_id: props.zoneId,
      name: "api.example.com",
      proxied: true,
      steering_policy: "off",
      default_pools: [poolRef],
      fallback_pool: poolRef,
      session_affinity: "cookie",
      session_affinity_ttl: 82800,
    });
    expect(lb.default_pools).toEqual([lb.fallback_pool]);
  });

  test("monitor and pool are created before the old ones are destroyed; the load balancer is not (its name is unique)", () => {
    expect(monitor.lifecycle).toEqual({ create_before_destroy: true });
    expect(pool.lifecycle).toEqual({ create_before_destroy: true });
    expect(lb.lifecycle).toBeUndefined();
  });

  test("without session affinity no TTL is sent", () => {
    const { resources: none } = synth((scope) => new ServiceLoadBalancer(scope, "lb", { ...props, sessionAffinity: "none" }));
    const [plain] = ofType(none, "cloudflare_load_balancer");
    expect(plain.session_affinity).toBe("none");
    expect(plain).not.toHaveProperty("session_affinity_ttl");
  });

  test("check regions can be chosen", () => {
    const { resources: custom } = synth((scope) => new ServiceLoadBalancer(scope, "lb", { ...props, checkRegions: ["NEAS", "WEU", "WNAM"] }));
    expect(ofType(custom, "cloudflare_load_balancer_pool")[0].check_regions).toEqual(["NEAS", "WEU", "WNAM"]);
  });

  test("refuses a pool without origins", () => {
    expect(build({ origins: [] })).toThrow(/origins: a pool needs at least one node's tunnel/);
  });

  test("refuses a node listed twice", () => {
    expect(build({ origins: [props.origins[0], { ...props.origins[1], name: "app-2" }] })).toThrow(/origins: node\(s\) listed twice: app-2/);
  });

  test("refuses one tunnel behind two nodes", () => {
    expect(build({ origins: [props.origins[0], { ...props.origins[1], address: tunnel(2) }] })).toThrow(
      /origins: tunnel\(s\) listed twice \(an address is unique in a pool\): 0{8}-0000-4000-8000-000000000002\.cfargotunnel\.com/,
    );
  });

  test("refuses an address that is not a tunnel", () => {
    expect(build({ origins: [{ name: "app-1", address: "api-app-1.example.com", weight: 1 }] })).toThrow(
      /origins\[0\]\.address: must be a tunnel, "<tunnel uuid>\.cfargotunnel\.com", got "api-app-1\.example\.com"/,
    );
    expect(build({ origins: [{ name: "app-1", address: "not-a-uuid.cfargotunnel.com", weight: 1 }] })).toThrow(/origins\[0\]\.address: must be a tunnel/);
  });

  test("refuses a pool where every node weighs 0", () => {
    expect(build({ origins: props.origins.map((o) => ({ ...o, weight: 0 })) })).toThrow(/origins: every node weighs 0/);
  });

  test("refuses weights outside 0..1, reporting each", () => {
    expect(
      build({
        origins: [
          { ...props.origins[0], weight: 1.5 },
          { ...props.origins[1], weight: -0.1 },
        ],
      }),
    ).toThrow(/origins\[0\]\.weight: must be from 0 to 1, got 1\.5\n\s+origins\[1\]\.weight: must be from 0 to 1, got -0\.1/);
  });

  test("refuses a health path that does not start with /", () => {
    expect(build({ healthPath: "healthz" })).toThrow(/healthPath: must be a path starting with "\/"/);
  });

  test("refuses an invalid hostname", () => {
    expect(build({ hostname: "API_example" })).toThrow(/hostname: not a valid hostname: "API_example"/);
  });

  test.each([1799, 604801, 3600.5])("refuses a session affinity TTL of %s", (ttl) => {
    expect(build({ sessionAffinityTtl: ttl })).toThrow(/sessionAffinityTtl: must be a whole number of seconds from 1800 to 604800/);
  });

  test.each([9, 3601, 0])("refuses a monitor interval of %s", (interval) => {
    expect(build({ monitorIntervalSeconds: interval })).toThrow(/monitorIntervalSeconds: must be a whole number of seconds from 10 to 3600/);
  });

  test("refuses an unknown check region and an empty list", () => {
    expect(build({ checkRegions: ["MARS" as never] })).toThrow(/checkRegions\[0\]: unknown region "MARS"/);
    expect(build({ checkRegions: [] })).toThrow(/checkRegions: the monitor needs at least one region/);
  });

  test("refuses a name Cloudflare does not accept for a pool", () => {
    expect(build({ name: "acme production" })).toThrow(/name: must be 1-64 letters, digits, "-" or "_"/);
  });
});
