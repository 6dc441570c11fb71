import type { Config } from "../../../schema/config.types";
import { ConfigError } from "../../../schema/problems";
import { workerBindings } from "../bindings";
import { routesBinding, routesTable } from "../routes";
import { ENV, routedConfig } from "./fixtures";

let config: Config;
beforeAll(() => {
  config = routedConfig();
});

function withRoutes(routes: Config["environments"][string]["edge"]["worker"]["routes"]): Config {
  const copy = structuredClone(config);
  copy.environments[ENV].edge.worker.routes = routes;
  return copy;
}

test("resolves each route to its service's https origin", () => {
  expect(routesTable(config, ENV)[1]).toEqual({
    pattern: "api-staging.example.com/v2/*",
    host: "api-staging.example.com",
    pathPrefix: "/v2/",
    exactPath: false,
    service: "api-v2",
    origins: [{ url: "https://api-v2-staging.example.com", weight: 1 }],
    cacheTtl: 0,
  });
  expect(routesTable(config, ENV).map((r) => r.cacheTtl)).toEqual([0, 0, 60, 0]);
});

test("a service published through the Worker is spread over its nodes' origin hostnames with their weights", () => {
  const copy = structuredClone(config);
  const staging = copy.environments[ENV];
  staging.nodes.push({ ...staging.nodes[0], name: "app-2" }, { ...staging.nodes[0], name: "app-3" });
  Object.assign(staging.services[0], { publish: "worker", nodes: ["app-1", "app-2", "app-3"], weights: { "app-2": 0.5, "app-3": 0 } });
  expect(routesTable(copy, ENV)[0].origins).toEqual([
    { url: "https://api-staging-app-1.example.com", weight: 1 },
    { url: "https://api-staging-app-2.example.com", weight: 0.5 },
    { url: "https://api-staging-app-3.example.com", weight: 0 },
  ]);
  // The other services keep their one hostname origin.
  expect(routesTable(copy, ENV)[1].origins).toEqual([{ url: "https://api-v2-staging.example.com", weight: 1 }]);
});

test("the binding is the table as JSON", () => {
  expect(JSON.parse(routesBinding(config, ENV))).toEqual(routesTable(config, ENV));
});

test("fails a route naming an unknown service, with the field path and the known services", () => {
  const bad = withRoutes([
    { pattern: "api-staging.example.com/*", service: "api", cacheTtl: 0 },
    { pattern: "x-staging.example.com/*", service: "x", cacheTtl: 0 },
  ]);
  expect(() => routesTable(bad, ENV)).toThrow(ConfigError);
  expect(() => routesTable(bad, ENV)).toThrow(
    'environments.staging.edge.worker.routes[1].service: unknown service "x"; services of staging: "api", "api-v2", "assets"',
  );
});

test("reports every bad route at once", () => {
  const bad = withRoutes([
    { pattern: "api-staging.example.com/*", service: "nope", cacheTtl: 0 },
    { pattern: "api-staging.example.com/*", service: "api", cacheTtl: 0 },
    { pattern: "api.other.org/*", service: "api", cacheTtl: 0 },
    { pattern: "api-staging.example.com/*/x", service: "api", cacheTtl: 0 },
  ]);
  let error: ConfigError | undefined;
  try {
    routesTable(bad, ENV);
  } catch (e) {
    error = e as ConfigError;
  }
  expect(error?.problems.map((p) => p.path)).toEqual([
    "environments.staging.edge.worker.routes[0].service",
    "environments.staging.edge.worker.routes[1].pattern",
    "environments.staging.edge.worker.routes[2].pattern",
    "environments.staging.edge.worker.routes[3].pattern",
  ]);
  expect(error?.message).toMatch(/routes\[1\]\.pattern: duplicate pattern/);
  expect(error?.message).toMatch(/routes\[2\]\.pattern: host "api\.other\.org" is outside the zone "example\.com"/);
  expect(error?.message).toMatch(/routes\[3\]\.pattern: .*only allowed at the end of the path/);
});

test("fails an unknown environment, naming the known ones", () => {
  expect(() => routesTable(config, "qa")).toThrow(/environments\.qa: unknown environment, expected one of: staging, production/);
});

test("workerBindings carries CSP, HSTS max-age and the origin timeout from edge.worker as text", () => {
  expect(workerBindings(config, ENV)).toMatchObject({
    CSP: "default-src 'self'; img-src https:",
    HSTS_MAX_AGE: "600",
    ENVIRONMENT: "staging",
    ORIGIN_TIMEOUT_MS: "30000",
  });
});
