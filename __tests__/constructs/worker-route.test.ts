import { WorkersRoute } from "@cdktf/provider-cloudflare/lib/workers-route";
import { WorkersScript } from "@cdktf/provider-cloudflare/lib/workers-script";
import { WorkerRoute, type WorkerRouteProps } from "../../constructs/worker-route";
import { ofType, stack, synth } from "./helpers";

const props: WorkerRouteProps = {
  accountId: "0123456789abcdef0123456789abcdef",
  zoneId: "fedcba9876543210fedcba9876543210",
  scriptName: "edge-staging",
  content: "export default { fetch() { return new Response('ok'); } };",
  compatibilityDate: "2025-09-01",
  bindings: { ROUTES: "[]", CSP: "default-src 'none'" },
  routes: [{ pattern: "api-staging.example.com/*" }, { pattern: "www-staging.example.com/*", createDns: true }],
};

describe("WorkerRoute", () => {
  const { json, resources } = synth((scope) => new WorkerRoute(scope, "worker", props));

  test("uploads the bundle as an ES module with sorted plain-text bindings", () => {
    expect(json).toHaveResourceWithProperties(WorkersScript, {
      script_name: "edge-staging",
      content: props.content,
      main_module: "worker.js",
      compatibility_date: "2025-09-01",
      bindings: [
        { name: "CSP", type: "plain_text", text: "default-src 'none'" },
        { name: "ROUTES", type: "plain_text", text: "[]" },
      ],
    });
  });

  test("creates one route per pattern, bound to the script", () => {
    const routes = ofType(resources, "cloudflare_workers_route");
    expect(routes.map((r) => r.pattern).sort()).toEqual(["api-staging.example.com/*", "www-staging.example.com/*"]);
    expect(json).toHaveResourceWithProperties(WorkersRoute, {
      zone_id: props.zoneId,
      script: expect.stringMatching(/^\$\{cloudflare_workers_script\..*\.script_name\}$/),
    });
  });

  test("adds a proxied placeholder record only where a route asks for one", () => {
    const records = ofType(resources, "cloudflare_dns_record");
    expect(records).toEqual([expect.objectContaining({ name: "www-staging.example.com", type: "AAAA", content: "100::", proxied: true })]);
  });

  test("escapes template interpolation in the bundle so OpenTofu keeps the code literal", () => {
    const { resources: escaped } = synth((scope) => new WorkerRoute(scope, "w", { ...props, content: "const a = `max-age=${age}`; const b = '%{x}';" }));
    expect(ofType(escaped, "cloudflare_workers_script")[0].content).toBe("const a = `max-age=$${age}`; const b = '%%{x}';");
  });

  test("refuses a Worker without routes", () => {
    expect(() => new WorkerRoute(stack(), "w", { ...props, routes: [] })).toThrow(/routes: a Worker without routes receives no traffic/);
  });

  test("refuses a pattern without a path and a pattern listed twice", () => {
    expect(() => new WorkerRoute(stack(), "w", { ...props, routes: [{ pattern: "api.example.com" }, { pattern: "api.example.com" }] })).toThrow(
      /routes: pattern\(s\) listed twice: api\.example\.com[\s\S]*routes\[0\]\.pattern: not a Workers route pattern/,
    );
  });

  test("refuses an empty bundle and a lowercase binding name", () => {
    expect(() => new WorkerRoute(stack(), "w", { ...props, content: " ", bindings: { routes: "[]" } })).toThrow(
      /content: the bundled Worker is empty[\s\S]*bindings\.routes: binding names are UPPER_SNAKE_CASE/,
    );
  });

  test("refuses a DNS record for a wildcard host", () => {
    expect(() => new WorkerRoute(stack(), "w", { ...props, routes: [{ pattern: "*.example.com/*", createDns: true }] })).toThrow(
      /routes\[0\]\.createDns: a DNS record needs a plain hostname/,
    );
  });
});

describe("WorkerRoute service bindings", () => {
  test("adds type service bindings after the plain-text ones, sorted", () => {
    const { json } = synth(
      (scope) => new WorkerRoute(scope, "worker", { ...props, serviceBindings: { SERVICE_NOTES: "acme-staging-notes", SERVICE_AUTH: "acme-staging-auth" } }),
    );
    expect(json).toHaveResourceWithProperties(WorkersScript, {
      bindings: [
        { name: "CSP", type: "plain_text", text: "default-src 'none'" },
        { name: "ROUTES", type: "plain_text", text: "[]" },
        { name: "SERVICE_AUTH", type: "service", service: "acme-staging-auth" },
        { name: "SERVICE_NOTES", type: "service", service: "acme-staging-notes" },
      ],
    });
  });

  test("refuses a service binding named like a var, a bad script name, and itself", () => {
    expect(
      () => new WorkerRoute(stack(), "worker", { ...props, serviceBindings: { ROUTES: "acme-notes", SERVICE_X: "Bad Name", SERVICE_SELF: "edge-staging" } }),
    ).toThrow(
      /serviceBindings\.ROUTES: is also a plain-text binding[\s\S]*serviceBindings\.SERVICE_X: not a script name[\s\S]*serviceBindings\.SERVICE_SELF: the edge Worker cannot bind to itself/,
    );
  });
});
