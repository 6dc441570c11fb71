// examples/autoforge's edge Worker in front of its forge-api on workerd: a route naming the Worker service goes through the
// SERVICE_FORGE_API service binding (no origin, no public hostname) and comes back with the edge's
// security headers; without the binding the edge answers 502 and logs why.
import { type Response as MfResponse, Miniflare } from "miniflare";
import { workerBindings } from "../../edge-worker/bindings";
import { bundleWorker } from "../../edge-worker/bundle";
import type { D1Database } from "../src/runtime";
import { applyMigration, exampleConfig, workerServiceOptions } from "./fixtures";

const ENV = "staging";
const HOST = "staging-api.autoforge.example";

let mf: Miniflare;
let db: D1Database;
let runtimeLog = "";

interface ErrorBody {
  error: { code: string; message: string; requestId?: string };
}

beforeAll(async () => {
  const config = exampleConfig();
  const environment = config.environments[ENV];
  const edge = {
    modules: true,
    script: bundleWorker(),
    compatibilityDate: environment.edge.worker.compatibilityDate,
    bindings: { ...workerBindings(config, ENV) },
  };
  mf = new Miniflare({
    handleRuntimeStdio: (stdout, stderr) => {
      for (const stream of [stdout, stderr]) stream.on("data", (chunk: Buffer) => (runtimeLog += chunk.toString("utf8")));
    },
    workers: [
      { name: "edge", ...edge, serviceBindings: { SERVICE_FORGE_API: "forge-api" } },
      { name: "edge-unbound", ...edge },
      workerServiceOptions(environment.workerServices.find((s) => s.name === "forge-api")!, { LLM_API_KEY: "sk-edge-test" }),
    ],
  });
  db = (await mf.getD1Database("DB", "forge-api")) as unknown as D1Database;
  await applyMigration(db);
});

afterAll(async () => {
  await mf?.dispose();
});

const SECURITY_HEADERS = {
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "content-security-policy": "default-src 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

function securityHeaders(res: MfResponse): Record<string, string | null> {
  return Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, res.headers.get(name)]));
}

// miniflare types getWorker with @cloudflare/workers-types, which this project does not install.
async function via(worker: string, url: string): Promise<MfResponse> {
  return ((await mf.getWorker(worker)) as unknown as { fetch(url: string): Promise<MfResponse> }).fetch(url);
}

test("the edge route's table entry names the binding and no origin", () => {
  const routes = JSON.parse(workerBindings(exampleConfig(), ENV).ROUTES) as Array<{ service: string; binding?: string; origins: unknown[] }>;
  expect(routes.find((r) => r.service === "forge-api")).toMatchObject({ binding: "SERVICE_FORGE_API", origins: [] });
});

test("a request to the edge route reaches forge-api and comes back with the edge's security headers", async () => {
  const res = await mf.dispatchFetch(`https://${HOST}/health`, { headers: { "cf-ray": "8f1e2d3c4b5a6978-NRT" } });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", environment: ENV, secrets: { LLM_API_KEY: true } });
  expect(securityHeaders(res)).toEqual(SECURITY_HEADERS);
  expect(res.headers.get("x-request-id")).toBe("8f1e2d3c4b5a6978-NRT");
  expect(res.headers.get("x-edge-cache")).toBe("BYPASS");
});

test("a POST goes through with its body: the note lands in forge-api's D1 and its cache works behind the edge", async () => {
  const created = await mf.dispatchFetch(`https://${HOST}/notes`, { method: "POST", body: JSON.stringify({ text: "via the edge" }) });
  expect(created.status).toBe(201);
  const note = (await created.json()) as { id: number };
  expect(await db.prepare("SELECT text FROM notes WHERE id = ?").bind(note.id).first()).toEqual({ text: "via the edge" });
  const first = await mf.dispatchFetch(`https://${HOST}/notes/${note.id}`);
  const second = await mf.dispatchFetch(`https://${HOST}/notes/${note.id}`);
  await Promise.all([first.arrayBuffer(), second.arrayBuffer()]);
  expect([first.headers.get("x-cache"), second.headers.get("x-cache")]).toEqual(["miss", "hit"]);
});

test("an unknown path on the route is forge-api's 404, with the edge's headers", async () => {
  const res = await mf.dispatchFetch(`https://${HOST}/no/such/thing`);
  expect(res.status).toBe(404);
  expect(((await res.json()) as ErrorBody).error.code).toBe("not_found");
  expect(securityHeaders(res)).toEqual(SECURITY_HEADERS);
});

test("a host no route names is still the edge's own 404, never reaching forge-api", async () => {
  const res = await mf.dispatchFetch("https://unrouted.autoforge.example/health");
  expect(res.status).toBe(404);
  expect(((await res.json()) as ErrorBody).error.code).toBe("route_not_found");
});

test("without the service binding the edge answers 502 and logs which binding is missing", async () => {
  const res = await via("edge-unbound", `https://${HOST}/health`);
  expect(res.status).toBe(502);
  const body = (await res.json()) as ErrorBody;
  expect(body.error).toMatchObject({ code: "service_unavailable", message: "service forge-api is unavailable" });
  expect(securityHeaders(res)).toEqual(SECURITY_HEADERS);
  const deadline = Date.now() + 2_000;
  while (!runtimeLog.includes(body.error.requestId ?? "?") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const line = runtimeLog.split("\n").find((l) => l.includes(body.error.requestId ?? "?"));
  expect(line).toMatch(/no service binding SERVICE_FORGE_API for service forge-api/);
});
