import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { Config, Service } from "../../schema/config.types";
import { healthCheckOf } from "../../schema/health-check";
import { errorBudgetMinutes, main, renderSlo, renderSloDocs, SLO_DIR, SLO_NOTICE, writeSloDocs } from "../../tools/slo";
import { defaultConfig, tempDir, writeJsonConfig } from "../helpers/config";

const ROOT = path.resolve(__dirname, "../..");

/** The table row of `service` on a page, split into its cells. */
function row(page: string, service: string): string[] {
  const line = page.split("\n").find((l) => l.startsWith(`| ${service} |`));
  if (!line) throw new Error(`no row for ${service} in\n${page}`);
  return line.slice(2, -2).split(" | ");
}

/** The default config with a second, load-balanced service and a webhook in production. */
function scaledConfig(): Config {
  const config = defaultConfig();
  const production = config.environments.production;
  const api = production.services[0];
  const shop: Service = {
    ...api,
    name: "shop",
    hostname: "shop.example.com",
    nodes: ["app-1", "db-1"],
    publish: "load-balancer",
    weights: { "db-1": 0 },
    loadBalancer: { originSteering: "least_outstanding_requests", sessionAffinity: "cookie", sessionAffinityTtl: 3600, monitorIntervalSeconds: 30 },
    healthCheck: { enabled: true, intervalSeconds: 120 },
    slo: { availability: 99.95, latencyMs: 250 },
  };
  const admin: Service = { ...api, name: "admin", hostname: "admin.example.com", admin: true };
  const quiet: Service = {
    ...api,
    name: "batch",
    hostname: "batch.example.com",
    healthCheck: { enabled: false, intervalSeconds: 60 },
    slo: { availability: 99, latencyMs: 2000 },
  };
  production.services = [api, shop, admin, quiet];
  production.alerts = { emails: ["ops@example.com"], webhooks: [{ name: "pager", url: "https://hooks.pager.example/cloudflare/abc" }] };
  return config;
}

describe("error budget", () => {
  test.each([
    [99.9, 43.2],
    [99.95, 21.6],
    [99.99, 4.32],
    [99.5, 216],
    [99, 432],
    [90, 4320],
  ])("%s %% allows %s minutes per 30 days", (availability, minutes) => {
    expect(errorBudgetMinutes(availability)).toBe(minutes);
  });
});

describe("health checks", () => {
  const api = defaultConfig().environments.staging.services[0];

  test("a public service with checks enabled is probed on its health path", () => {
    expect(healthCheckOf(api)).toEqual({ probed: true, path: "/healthz", intervalSeconds: 60 });
  });

  test("an admin service is never probed: Access would answer", () => {
    expect(healthCheckOf({ ...api, admin: true })).toEqual({ probed: false, reason: expect.stringMatching(/^admin service behind Access/) });
  });

  test("a disabled check says so", () => {
    expect(healthCheckOf({ ...api, healthCheck: { enabled: false, intervalSeconds: 60 } })).toEqual({
      probed: false,
      reason: "disabled (healthCheck.enabled: false)",
    });
  });
});

describe("the default config's pages", () => {
  const config = defaultConfig();
  const staging = renderSlo(config, "staging");

  test("start with the generated notice and the environment", () => {
    expect(staging.split("\n").slice(0, 2)).toEqual([`<!-- ${SLO_NOTICE} -->`, "# Service levels: staging"]);
  });

  test("api: hostname, publish mode and node, 99.9 % = 43.2 minutes per 30 days, 500 ms, probed every 60 s", () => {
    expect(row(staging, "api")).toEqual([
      "api",
      "api-staging.example.com",
      "worker",
      "app-1",
      "99.9 %",
      "43.2 min (0.1 % of requests)",
      "500 ms",
      "GET /healthz every 60 s",
    ]);
    expect(row(renderSlo(config, "production"), "api")[1]).toBe("api.example.com");
  });

  test("alerts go to the environment's email, for the health check and the 99.9 % origin error rate", () => {
    expect(staging).toContain("Every alert goes to: email ops@example.com.");
    expect(staging).toContain("- Health check status changes: api.");
    expect(staging).toMatch(/- Origin error rate burning the 99\.9 % error budget \([^)]*example\.com\): api\./);
    expect(staging).not.toContain("Load balancer");
  });

  test("one page per environment under docs/slo", () => {
    expect(Object.keys(renderSloDocs(config))).toEqual(["docs/slo/staging.md", "docs/slo/production.md"]);
  });

  test("fails on an unknown environment, naming the known ones", () => {
    expect(() => renderSlo(config, "qa")).toThrow(/no environment "qa"; known: staging, production/);
  });
});

describe("a scaled-out environment", () => {
  const page = renderSlo(scaledConfig(), "production");

  test("a load-balanced service shows steering, affinity, weights with the drained node, its budget and both probes", () => {
    expect(row(page, "shop")).toEqual([
      "shop",
      "shop.example.com",
      "load-balancer (least_outstanding_requests steering, cookie affinity 3600 s)",
      "app-1 (weight 1), db-1 (weight 0, drained)",
      "99.95 %",
      "21.6 min (0.05 % of requests)",
      "250 ms",
      "GET /healthz every 120 s; load balancer monitor: GET /healthz on every node every 30 s",
    ]);
  });

  test("an admin service and a disabled check say why they are not probed", () => {
    expect(row(page, "admin")[7]).toBe("none: admin service behind Access (Access would answer the probe, not the service)");
    expect(row(page, "batch")[7]).toBe("none: disabled (healthCheck.enabled: false)");
    expect(row(page, "batch")[5]).toBe("432 min (1 % of requests)");
  });

  test("alerts: webhook by name and host only, probed services, one line per objective, load balancer health", () => {
    expect(page).toContain("Every alert goes to: email ops@example.com, webhook pager (hooks.pager.example).");
    expect(page).not.toContain("/cloudflare/abc");
    expect(page).toContain("- Health check status changes: api, shop.");
    expect(page).toMatch(/99\.9 % error budget [^\n]*: api, admin\./);
    expect(page).toMatch(/99\.95 % error budget [^\n]*: shop\./);
    expect(page).toMatch(/99 % error budget [^\n]*: batch\./);
    expect(page).toContain("- Load balancer pool and node health: shop.");
    expect(page).toContain("TF_VAR_alert_webhook_secret");
  });

  test("without destinations the page says no notification policy is created", () => {
    const config = scaledConfig();
    config.environments.production.alerts = { emails: [], webhooks: [] };
    const quiet = renderSlo(config, "production");
    expect(quiet).toContain("no\nnotification policy is created");
    expect(quiet).not.toContain("Every alert goes to");
  });
});

describe("writing the pages", () => {
  test("writes one page per environment, removes pages of environments that are gone, leaves no temp file", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "qa.md"), "old");
    writeFileSync(path.join(dir, "notes.txt"), "kept");
    const written = writeSloDocs(defaultConfig(), dir);
    expect(written).toEqual([path.join(dir, "staging.md"), path.join(dir, "production.md")]);
    expect(readdirSync(dir).sort()).toEqual(["notes.txt", "production.md", "staging.md"]);
    expect(readFileSync(path.join(dir, "staging.md"), "utf8")).toBe(renderSlo(defaultConfig(), "staging"));
  });

  test("--check fails on a stale page and passes after writing", async () => {
    const config = writeJsonConfig(defaultConfig());
    const dir = tempDir();
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const logs = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(await main(["--config", config, "--out", dir, "--check"])).toBe(1);
      expect(errors.mock.calls.join("\n")).toMatch(/out of date: .*staging\.md/);
      expect(await main(["--config", config, "--out", dir])).toBe(0);
      expect(await main(["--config", config, "--out", dir, "--check"])).toBe(0);
      writeFileSync(path.join(dir, "production.md"), "edited by hand");
      expect(await main(["--config", config, "--out", dir, "--check"])).toBe(1);
    } finally {
      errors.mockRestore();
      logs.mockRestore();
    }
  });

  test("a page rendered from --config names that config as its source and how to regenerate it, not schema/", async () => {
    const dir = tempDir();
    const logs = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(await main(["--config", path.join(ROOT, "examples", "cartographer"), "--out", dir])).toBe(0);
    } finally {
      logs.mockRestore();
    }
    const notice = readFileSync(path.join(dir, "staging.md"), "utf8").split("\n")[0];
    expect(notice).toBe(
      "<!-- Generated by tools/slo.ts from examples/cartographer; do not edit. Regenerate: npx tsx tools/slo.ts --config examples/cartographer -->",
    );
    expect(notice).not.toContain("schema/");
  });

  test("an unknown option is a usage error", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await main(["--nope"])).toBe(2);
    } finally {
      errors.mockRestore();
    }
  });
});

describe("docs/slo", () => {
  test("the committed pages equal a fresh render of the default config", () => {
    const files = renderSloDocs(defaultConfig());
    const dir = path.join(ROOT, SLO_DIR);
    expect(existsSync(dir)).toBe(true);
    expect(
      readdirSync(dir)
        .map((f) => `${SLO_DIR}/${f}`)
        .sort(),
    ).toEqual(Object.keys(files).sort());
    for (const [file, content] of Object.entries(files)) {
      // A mismatch means docs/slo is stale: run `npm run synth` (or npx tsx tools/slo.ts).
      expect({ file, content: readFileSync(path.join(ROOT, file), "utf8") }).toEqual({ file, content });
    }
  });
});
