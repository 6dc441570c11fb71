// examples/autoforge's edge Worker in front of its forge-api on workerd: a route naming the Worker service goes through the
// SERVICE_FORGE_API service binding (no origin, no public hostname) and comes back with the edge's
// security headers; without the binding the edge answers 502 and logs why.
import { type Response as MfResponse, Miniflare } from "miniflare";
import { checkConfig } from "../../../schema/load";
import type { WorkerService } from "../../../schema/worker-services";
import { workerBindings } from "../../edge-worker/bindings";
import { bundleWorker } from "../../edge-worker/bundle";
import type { D1Database } from "../src/runtime";
import { applyMigration, exampleConfig, workerServiceOptions } from "./fixtures";

const ENV = "staging";
const HOST = "staging-api.autoforge.example";

let mf: Miniflare;
let db: D1Database;
let runtimeLog = "";

/**
 * A second Worker service of examples/autoforge's staging with a service binding to forge-api
 * (`bindings.services`), in a config the rules accept: what such a Worker would get on Cloudflare.
 */
function callerService(): WorkerService {
  const config = exampleConfig();
  const environment = config.environments[ENV];
  environment.workerServices.push({
    name: "forge-caller",
    source: "services/forge-caller",
    main: "src/index.ts",
    compatibilityDate: environment.workerServices[0].compatibilityDate,
    compatibilityFlags: [],
    vars: {},
    secrets: [],
    bindings: { d1: {}, kv: {}, r2: {}, queues: {}, durableObjects: {}, services: { FORGE_API: "forge-api" } },
    consumes: [],
    migrations: [],
  });
  const checked = checkConfig(config, "forge-caller.json").environments[ENV].workerServices.find((s) => s.name === "forge-caller");
  if (checked === undefined) throw new Error("forge-caller went missing");
  return checked;
}

/** forge-caller's script: GET /run?text=… calls forge-api's /health, POST /notes and GET /notes through FORGE_API and answers with what it got. */
const CALLER = `export default {
  async fetch(request, env) {
    const text = new URL(request.url).searchParams.get("text");
    const headers = { "cf-connecting-ip": request.headers.get("cf-connecting-ip") ?? "" };
    const answer = async (res) => ({ status: res.status, body: await res.json() });
    const health = await answer(await env.FORGE_API.fetch("https://forge-api/health"));
    const created = await answer(await env.FORGE_API.fetch("https://forge-api/notes", { method: "POST", body: JSON.stringify({ text }), headers }));
    const listed = await answer(await env.FORGE_API.fetch("https://forge-api/notes", { headers }));
    return Response.json({ health, created, listed });
  },
};`;

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
      workerServiceOptions(callerService(), {}, 0.05, CALLER),
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
async function via(worker: string, url: string, headers: Record<string, string> = {}): Promise<MfResponse> {
  return ((await mf.getWorker(worker)) as unknown as { fetch(url: string, init: { headers: Record<string, string> }): Promise<MfResponse> }).fetch(url, {
    headers,
  });
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

test("another Worker with a service binding to forge-api (bindings.services) calls /health and /notes and gets forge-api's answers", async () => {
  const res = await via("forge-caller", "https://forge-caller.internal/run?text=from+another+worker", { "cf-connecting-ip": "192.0.2.44" });
  expect(res.status).toBe(200);
  const { health, created, listed } = (await res.json()) as {
    health: { status: number; body: unknown };
    created: { status: number; body: { id: number; text: string } };
    listed: { status: number; body: { notes: Array<{ id: number; text: string }> } };
  };
  expect(health).toEqual({ status: 200, body: { status: "ok", environment: ENV, secrets: { LLM_API_KEY: true } } });
  expect(created).toMatchObject({ status: 201, body: { text: "from another worker" } });
  expect(listed.status).toBe(200);
  expect(listed.body.notes[0]).toMatchObject({ id: created.body.id, text: "from another worker" });
  // forge-api saw the call: the note is in its D1.
  expect(await db.prepare("SELECT text FROM notes WHERE id = ?").bind(created.body.id).first()).toEqual({ text: "from another worker" });
});
