// The bundled edge Worker on real workerd (miniflare 3). Every subrequest the Worker makes leaves through
// `outboundService`, pointed at a local origin server, so https://<service hostname> reaches 127.0.0.1
// with its Host header intact and the Worker runs unmodified.
import { type Response as MfResponse, Miniflare } from "miniflare";
import { workerBindings } from "../bindings";
import { bundleWorker } from "../bundle";
import { closedPort, ENV, type Origin, routedConfig, SLOW_MS, startOrigin } from "./fixtures";

const ORIGIN_TIMEOUT_MS = 300;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let mf: Miniflare;
let origin: Origin;
/** What the Worker logged (console.* inside workerd), kept out of the test output. */
let runtimeLog = "";

interface Echo {
  host: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}
interface ErrorBody {
  error: { code: string; message: string; requestId: string };
}

beforeAll(async () => {
  origin = await startOrigin();
  const config = routedConfig();
  const bindings = { ...workerBindings(config, ENV), ORIGIN_TIMEOUT_MS: String(ORIGIN_TIMEOUT_MS) };
  const common = {
    modules: true,
    script: bundleWorker(),
    compatibilityDate: config.environments[ENV].edge.worker.compatibilityDate,
  };
  const outbound = (port: number) => ({ external: { address: `127.0.0.1:${port}`, http: {} } });
  mf = new Miniflare({
    handleRuntimeStdio: (stdout, stderr) => {
      for (const stream of [stdout, stderr]) stream.on("data", (chunk: Buffer) => (runtimeLog += chunk.toString("utf8")));
    },
    workers: [
      { name: "edge", ...common, bindings, outboundService: outbound(origin.port) },
      { name: "edge-origin-down", ...common, bindings, outboundService: outbound(await closedPort()) },
      {
        name: "edge-misconfigured",
        ...common,
        bindings: { ...bindings, ROUTES: "{not json" },
        outboundService: outbound(origin.port),
      },
    ],
  });
  await mf.ready;
});

afterAll(async () => {
  await mf?.dispose();
  await origin?.close();
});

// miniflare types getWorker/getCaches with @cloudflare/workers-types, which this project does not install.
interface WorkerFetcher {
  fetch(url: string): Promise<MfResponse>;
}
interface TestCaches {
  readonly default: { match(url: string): Promise<MfResponse | undefined> };
}

async function via(worker: string, url: string): Promise<MfResponse> {
  return ((await mf.getWorker(worker)) as unknown as WorkerFetcher).fetch(url);
}

/** The line the Worker logged for `requestId`, waiting up to `ms` for workerd's output to arrive. */
async function logLineFor(requestId: string, ms = 2_000): Promise<string | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const line = runtimeLog.split("\n").find((l) => l.includes(requestId));
    if (line !== undefined || Date.now() > deadline) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether the edge cache holds `url` within `ms`: cache.put runs in waitUntil, after the response. */
async function cachedWithin(url: string, ms: number): Promise<boolean> {
  const caches = (await mf.getCaches()) as unknown as TestCaches;
  const deadline = Date.now() + ms;
  for (;;) {
    const hit = await caches.default.match(url);
    if (hit !== undefined) {
      await hit.arrayBuffer();
      return true;
    }
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("routing", () => {
  test("forwards a request for a routed host to its service's origin", async () => {
    const res = await mf.dispatchFetch("https://api-staging.example.com/users/7");
    expect(res.status).toBe(200);
    const echo = (await res.json()) as Echo;
    expect(echo.host).toBe("api-staging.example.com");
    expect(echo.url).toBe("/users/7");
  });

  test("the longest path prefix wins: /v2/* goes to api-v2, not api", async () => {
    const echo = (await (await mf.dispatchFetch("https://api-staging.example.com/v2/users")).json()) as Echo;
    expect(echo.host).toBe("api-v2-staging.example.com");
    const shorter = (await (await mf.dispatchFetch("https://api-staging.example.com/v2")).json()) as Echo;
    expect(shorter.host).toBe("api-staging.example.com");
  });

  test("a *.host route matches any subdomain and tells the origin the host the client used", async () => {
    const echo = (await (await mf.dispatchFetch("https://pr-12.preview-staging.example.com/index.html")).json()) as Echo;
    expect(echo.host).toBe("assets-staging.example.com");
    expect(echo.headers["x-forwarded-host"]).toBe("pr-12.preview-staging.example.com");
  });

  test("fails an unknown host with 404 JSON carrying the request id, without reaching any origin", async () => {
    const before = origin.hits.length;
    const res = await mf.dispatchFetch("https://unknown.example.com/users");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("route_not_found");
    expect(body.error.requestId).toMatch(UUID);
    expect(res.headers.get("x-request-id")).toBe(body.error.requestId);
    expect(origin.hits.length).toBe(before);
  });
});

describe("forwarding", () => {
  test("preserves method, path, query and body", async () => {
    const res = await mf.dispatchFetch("https://api-staging.example.com/items?b=2&a=1", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "widget" }),
    });
    const echo = (await res.json()) as Echo;
    expect(echo).toMatchObject({ method: "PUT", url: "/items?b=2&a=1", body: '{"name":"widget"}' });
  });

  test("sends x-request-id (cf-ray when present) and x-forwarded-host, and answers with the same id", async () => {
    const res = await mf.dispatchFetch("https://api-staging.example.com/ray", {
      headers: { "cf-ray": "8f1e2d3c4b5a6978-NRT" },
    });
    const echo = (await res.json()) as Echo;
    expect(echo.headers["x-request-id"]).toBe("8f1e2d3c4b5a6978-NRT");
    expect(echo.headers["x-forwarded-host"]).toBe("api-staging.example.com");
    expect(res.headers.get("x-request-id")).toBe("8f1e2d3c4b5a6978-NRT");
  });

  test("generates a UUID request id when cf-ray is absent or malformed", async () => {
    const res = await mf.dispatchFetch("https://api-staging.example.com/no-ray", {
      headers: { "cf-ray": "bad id\twith spaces" },
    });
    const echo = (await res.json()) as Echo;
    expect(echo.headers["x-request-id"]).toMatch(UUID);
    expect(res.headers.get("x-request-id")).toBe(echo.headers["x-request-id"]);
  });

  test("keeps a path starting with // on the origin instead of treating it as another host", async () => {
    const echo = (await (await mf.dispatchFetch("https://api-staging.example.com//evil.example.net/x")).json()) as Echo;
    expect(echo.host).toBe("api-staging.example.com");
    expect(echo.url).toBe("//evil.example.net/x");
  });

  test("hands origin redirects to the client instead of following them", async () => {
    const res = await mf.dispatchFetch("https://api-staging.example.com/status/302", { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("https://elsewhere.example.net/landing");
    expect(origin.hits.some((hit) => hit.host === "elsewhere.example.net")).toBe(false);
  });
});

describe("response headers", () => {
  const expected = {
    "strict-transport-security": "max-age=600; includeSubDomains",
    "content-security-policy": "default-src 'self'; img-src https:",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
  };

  test("adds HSTS and CSP from the config and the fixed security headers to a proxied response", async () => {
    const res = await mf.dispatchFetch("https://api-staging.example.com/headers");
    await res.arrayBuffer();
    for (const [name, value] of Object.entries(expected)) expect([name, res.headers.get(name)]).toEqual([name, value]);
  });

  test("adds the same security headers to error responses", async () => {
    const res = await mf.dispatchFetch("https://unknown.example.com/");
    await res.arrayBuffer();
    for (const [name, value] of Object.entries(expected)) expect([name, res.headers.get(name)]).toEqual([name, value]);
  });

  test("strips the origin's server and x-powered-by headers", async () => {
    const res = await mf.dispatchFetch("https://api-staging.example.com/stripped");
    await res.arrayBuffer();
    expect(origin.count("/stripped")).toBe(1);
    expect(res.headers.get("server")).toBeNull();
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
});

describe("edge cache", () => {
  const assets = "https://assets-staging.example.com";
  // Long enough for a waitUntil cache.put that was going to happen to have happened.
  const SETTLE_MS = 300;

  test("serves a second GET within cacheTtl from the cache without reaching the origin", async () => {
    const first = await mf.dispatchFetch(`${assets}/app.js?v=1`);
    const body = await first.text();
    expect(first.headers.get("x-edge-cache")).toBe("MISS");
    expect(await cachedWithin(`${assets}/app.js?v=1`, 2_000)).toBe(true);
    const second = await mf.dispatchFetch(`${assets}/app.js?v=1`, { headers: { "cf-ray": "cached-ray-1" } });
    expect(await second.text()).toBe(body);
    expect(second.headers.get("x-edge-cache")).toBe("HIT");
    expect(second.headers.get("x-request-id")).toBe("cached-ray-1");
    expect(second.headers.get("strict-transport-security")).toBe("max-age=600; includeSubDomains");
    expect(second.headers.get("server")).toBeNull();
    expect(origin.count("/app.js?v=1")).toBe(1);
  });

  test("keys the cache on the query string", async () => {
    await (await mf.dispatchFetch(`${assets}/q?v=1`)).arrayBuffer();
    expect(await cachedWithin(`${assets}/q?v=1`, 2_000)).toBe(true);
    await (await mf.dispatchFetch(`${assets}/q?v=2`)).arrayBuffer();
    expect(origin.count("/q?v=2")).toBe(1);
  });

  // x-edge-cache tells whether the Worker itself decided not to store: workerd's cache refuses some of
  // these on its own (Set-Cookie), and the Worker must not rely on that.
  test.each([
    ["a POST", `${assets}/form`, { method: "POST", body: "a=1" }, "BYPASS"],
    ["a GET on a route with cacheTtl 0", "https://api-staging.example.com/ttl-zero", {}, "BYPASS"],
    ["a request with Authorization", `${assets}/authorized`, { headers: { authorization: "Bearer t" } }, "BYPASS"],
    ["a response setting a cookie", `${assets}/login/set-cookie`, {}, "UNCACHEABLE"],
    ["a response marked private", `${assets}/me/private`, {}, "UNCACHEABLE"],
    ["a non-2xx response", `${assets}/status/404`, {}, "UNCACHEABLE"],
  ])("never caches %s", async (_what, url, init, cacheStatus) => {
    const path = new URL(url).pathname;
    const first = await mf.dispatchFetch(url, init);
    await first.arrayBuffer();
    expect(first.headers.get("x-edge-cache")).toBe(cacheStatus);
    expect(await cachedWithin(url, SETTLE_MS)).toBe(false);
    await (await mf.dispatchFetch(url, init)).arrayBuffer();
    expect(origin.count(path)).toBe(2);
  });
});

describe("errors", () => {
  test("answers 502 JSON when the origin is unreachable, and logs why under the request id", async () => {
    const res = await via("edge-origin-down", "https://api-staging.example.com/users");
    expect(res.status).toBe(502);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("origin_unreachable");
    expect(res.headers.get("x-request-id")).toBe(body.error.requestId);
    const logged = JSON.parse((await logLineFor(body.error.requestId)) ?? "{}") as Record<string, unknown>;
    expect(logged).toMatchObject({ status: 502, cause: expect.stringMatching(/.+/) });
  });

  test("answers 502 JSON when Cloudflare reports the tunnel down (530)", async () => {
    const res = await mf.dispatchFetch("https://api-staging.example.com/status/530");
    expect(res.status).toBe(502);
    expect(((await res.json()) as ErrorBody).error.code).toBe("origin_unreachable");
  });

  test("answers 504 JSON once the origin takes longer than ORIGIN_TIMEOUT_MS", async () => {
    const started = Date.now();
    const res = await mf.dispatchFetch("https://api-staging.example.com/slow");
    const elapsed = Date.now() - started;
    expect(res.status).toBe(504);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("origin_timeout");
    expect(res.headers.get("x-request-id")).toBe(body.error.requestId);
    expect(elapsed).toBeGreaterThanOrEqual(ORIGIN_TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(SLOW_MS);
  });

  test("answers 500 JSON, with security headers, when its bindings are invalid", async () => {
    const res = await via("edge-misconfigured", "https://api-staging.example.com/users");
    expect(res.status).toBe(500);
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: "internal_error", message: "the edge is misconfigured" });
    expect(res.headers.get("x-request-id")).toBe(body.error.requestId);
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=\d+; includeSubDomains$/);
  });
});

describe("health", () => {
  test("GET /__edge/health reports the environment and the number of routes, without reaching an origin", async () => {
    const before = origin.hits.length;
    const res = await mf.dispatchFetch("https://api-staging.example.com/__edge/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", environment: "staging", routes: 4 });
    expect(origin.hits.length).toBe(before);
  });

  test("fails other methods on /__edge/health with 405", async () => {
    const res = await mf.dispatchFetch("https://api-staging.example.com/__edge/health", { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    await res.arrayBuffer();
  });
});
