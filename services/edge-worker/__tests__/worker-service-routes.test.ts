// Routes to Worker services: the routing-table entry carries the service binding instead of origins,
// the Worker refuses a malformed one, and wrangler.toml gives the edge Worker the binding.
import { forgeConfig } from "../../forge-api/__tests__/fixtures";
import { routesTable } from "../routes";
import { parseRoutes, type RouteEntry } from "../src/routing";
import { renderWranglerToml } from "../wrangler";

const bound: RouteEntry = {
  pattern: "forge-staging.example.com/*",
  host: "forge-staging.example.com",
  pathPrefix: "/",
  exactPath: false,
  service: "forge-api",
  binding: "SERVICE_FORGE_API",
  origins: [],
  cacheTtl: 0,
};

describe("routesTable", () => {
  test("resolves a route naming a Worker service to its SERVICE_<NAME> binding and no origin", () => {
    expect(routesTable(forgeConfig(), "staging").find((r) => r.service === "forge-api")).toEqual(bound);
  });

  test("lists Worker services among the known ones when a route names neither kind", () => {
    const config = forgeConfig();
    config.environments.staging.edge.worker.routes.push({ pattern: "x-staging.example.com/*", service: "x", cacheTtl: 0 });
    expect(() => routesTable(config, "staging")).toThrow(/unknown service "x"; services of staging: "api", "forge-api"/);
  });
});

describe("parseRoutes", () => {
  test("accepts an entry with a binding and no origins", () => {
    expect(parseRoutes(JSON.stringify([bound]))).toEqual([bound]);
  });

  test("refuses a binding that is not a binding name", () => {
    expect(() => parseRoutes(JSON.stringify([{ ...bound, binding: "service-forge" }]))).toThrow(/ROUTES\[0\]\.binding must be a binding name/);
    expect(() => parseRoutes(JSON.stringify([{ ...bound, binding: 7 }]))).toThrow(/ROUTES\[0\]\.binding/);
  });

  test("refuses a binding together with origins", () => {
    expect(() => parseRoutes(JSON.stringify([{ ...bound, origins: [{ url: "https://a.example.com", weight: 1 }] }]))).toThrow(
      /ROUTES\[0\]\.origins must be empty/,
    );
  });

  test("still refuses empty origins without a binding", () => {
    const { binding: _, ...vps } = bound;
    expect(() => parseRoutes(JSON.stringify([vps]))).toThrow(/ROUTES\[0\]\.origins must be a non-empty array/);
  });
});

test("wrangler.toml gives the edge Worker a service binding to the Worker service's script in each environment", () => {
  const toml = renderWranglerToml(forgeConfig());
  const project = forgeConfig().project;
  expect(toml).toContain(`\n[[env.staging.services]]\nbinding = "SERVICE_FORGE_API"\nservice = "${project}-staging-forge-api"\n`);
  expect(toml).toContain(`\n[[env.production.services]]\nbinding = "SERVICE_FORGE_API"\nservice = "${project}-production-forge-api"\n`);
});
