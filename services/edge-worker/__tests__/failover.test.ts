// The Worker spreading a service over several nodes (publish "worker") on real workerd (miniflare 3).
// Every subrequest leaves through `outboundService` to one local server that plays each node's origin
// hostname (api-staging-app-<n>.example.com, told apart by the Host header) in the mode a test sets.
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { type Response as MfResponse, Miniflare } from "miniflare";
import type { Config } from "../../../schema/config.types";
import { loadConfig } from "../../../schema/load";
import { workerBindings } from "../bindings";
import { bundleWorker } from "../bundle";
import { REPLAY_BODY_LIMIT } from "../src/origins";
import { ENV } from "./fixtures";

const ORIGIN_TIMEOUT_MS = 300;
const HOST = "api-staging.example.com";
const node = (n: number) => `api-staging-app-${n}.example.com`;

// "530" stands in for Cloudflare's own answer when a node's tunnel has no live connector (error 1033).
type Mode = "ok" | "503" | "530" | "slow" | "down";
const modes = new Map<string, Mode>();
const hits: Array<{ host: string; method: string; body: string }> = [];
let server: http.Server;
let mf: Miniflare;
let runtimeLog = "";

/** Staging's api on nodes app-1..app-3 with these weights, published through the Worker. */
function spreadConfig(weights: Record<string, number>): Config {
  const config = loadConfig();
  const staging = config.environments[ENV];
  staging.nodes = [1, 2, 3].map((n) => ({ ...staging.nodes[0], name: `app-${n}` }));
  Object.assign(staging.services[0], { publish: "worker", nodes: ["app-1", "app-2", "app-3"], weights });
  return config;
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const host = req.headers.host ?? "";
      const mode = modes.get(host) ?? "ok";
      if (mode === "down") return void req.socket.destroy();
      hits.push({ host, method: req.method ?? "", body: Buffer.concat(chunks).toString("utf8") });
      if (mode === "slow") return void setTimeout(() => res.end("late"), ORIGIN_TIMEOUT_MS * 5).unref();
      if (mode === "530") {
        res.statusCode = 530;
        return void res.end("error code: 1033");
      }
      res.statusCode = mode === "503" ? 503 : 200;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ host, body: hits[hits.length - 1].body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const outboundService = { external: { address: `127.0.0.1:${(server.address() as AddressInfo).port}`, http: {} } };
  const worker = (name: string, weights: Record<string, number>) => {
    const config = spreadConfig(weights);
    return {
      name,
      modules: true,
      script: bundleWorker(),
      compatibilityDate: config.environments[ENV].edge.worker.compatibilityDate,
      bindings: { ...workerBindings(config, ENV), ORIGIN_TIMEOUT_MS: String(ORIGIN_TIMEOUT_MS) },
      outboundService,
    };
  };
  mf = new Miniflare({
    handleRuntimeStdio: (stdout, stderr) => {
      for (const stream of [stdout, stderr]) stream.on("data", (chunk: Buffer) => (runtimeLog += chunk.toString("utf8")));
    },
    workers: [
      // app-1 takes everything; app-2 and app-3 are drained: the last resorts, in that order.
      worker("primary", { "app-1": 1, "app-2": 0, "app-3": 0 }),
      worker("halves", { "app-1": 0.5, "app-2": 0.5, "app-3": 0 }),
    ],
  });
  await mf.ready;
});

afterAll(async () => {
  await mf?.dispose();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

beforeEach(() => {
  modes.clear();
  hits.length = 0;
});

interface WorkerFetcher {
  fetch(url: string, init?: { method?: string; body?: string; headers?: Record<string, string> }): Promise<MfResponse>;
}
async function send(worker: string, init?: { method?: string; body?: string; headers?: Record<string, string> }): Promise<{ status: number; json: any }> {
  const response = await ((await mf.getWorker(worker)) as unknown as WorkerFetcher).fetch(`https://${HOST}/items`, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}
/** The Worker's log once a line matches `pattern` (workerd's output arrives asynchronously), at most 2 s. */
async function logged(pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 2_000;
  while (!pattern.test(runtimeLog) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return runtimeLog;
}
const hitsOn = (n: number) => hits.filter((h) => h.host === node(n)).length;

describe("spreading requests by weight", () => {
  test("weight 1 against drained nodes: every request goes to app-1", async () => {
    for (let i = 0; i < 40; i++) expect((await send("primary")).json.host).toBe(node(1));
    expect(hitsOn(2) + hitsOn(3)).toBe(0);
  });

  test("equal weights: both nodes get a share, the drained one none", async () => {
    for (let i = 0; i < 120; i++) expect((await send("halves")).status).toBe(200);
    // Binomial(120, 0.5): fewer than 30 on one side has a probability below 1e-7.
    expect(hitsOn(1)).toBeGreaterThan(30);
    expect(hitsOn(2)).toBeGreaterThan(30);
    expect(hitsOn(3)).toBe(0);
  });
});

describe("failing over", () => {
  test("an unreachable origin: a POST goes to the next node with its body intact", async () => {
    modes.set(node(1), "down");
    const body = JSON.stringify({ order: 42, note: "x".repeat(10_000) });
    const ray = "0123456789abcdef-AMS"; // the request id the Worker logs under
    const { status, json } = await send("primary", { method: "POST", body, headers: { "cf-ray": ray } });
    expect(status).toBe(200);
    expect(json).toEqual({ host: node(2), body });
    const line = (await logged(new RegExp(ray))).split("\n").find((l) => l.includes(ray));
    expect(JSON.parse(line ?? "null")).toEqual({
      requestId: ray,
      failover: { service: "api", from: node(1), to: node(2), reason: "unreachable" },
    });
  });

  test("Cloudflare's own 530 (tunnel down): a POST goes to the next node, the 530 never reaches the client", async () => {
    modes.set(node(1), "530");
    const { status, json } = await send("primary", { method: "POST", body: '{"order":7}' });
    expect(status).toBe(200);
    expect(json).toEqual({ host: node(2), body: '{"order":7}' });
  });

  test("a body over the replay limit is sent once: no failover, 502", async () => {
    modes.set(node(1), "down");
    const { status } = await send("primary", { method: "POST", body: "x".repeat(REPLAY_BODY_LIMIT + 1) });
    expect(status).toBe(502);
    expect(hitsOn(2)).toBe(0);
  });

  test("a 503 from the service: a GET is retried on the next node", async () => {
    modes.set(node(1), "503");
    const { status, json } = await send("primary");
    expect(status).toBe(200);
    expect(json.host).toBe(node(2));
    expect(hitsOn(1)).toBe(1);
  });

  test("a 503 from the service: a POST is not sent twice, the client gets the 503", async () => {
    modes.set(node(1), "503");
    const { status } = await send("primary", { method: "POST", body: "{}" });
    expect(status).toBe(503);
    expect(hitsOn(1)).toBe(1);
    expect(hitsOn(2)).toBe(0);
  });

  test("a timeout: a GET is retried on the next node", async () => {
    modes.set(node(1), "slow");
    const { status, json } = await send("primary");
    expect(status).toBe(200);
    expect(json.host).toBe(node(2));
  });

  test("a timeout: a POST is not retried and the client gets 504", async () => {
    modes.set(node(1), "slow");
    const { status, json } = await send("primary", { method: "POST", body: "{}" });
    expect(status).toBe(504);
    expect(json.error.code).toBe("origin_timeout");
    expect(hitsOn(2)).toBe(0);
  });

  test("drained nodes serve only when every weighted node failed, in order", async () => {
    modes.set(node(1), "down");
    modes.set(node(2), "down");
    const { status, json } = await send("halves");
    expect(status).toBe(200);
    expect(json.host).toBe(node(3));
  });

  test("every node unreachable: 502 origin_unreachable as JSON", async () => {
    for (const n of [1, 2, 3]) modes.set(node(n), "down");
    const { status, json } = await send("primary");
    expect(status).toBe(502);
    expect(json.error.code).toBe("origin_unreachable");
  });

  test("every node timing out: 504 origin_timeout as JSON after one attempt per node", async () => {
    for (const n of [1, 2, 3]) modes.set(node(n), "slow");
    const { status, json } = await send("primary");
    expect(status).toBe(504);
    expect(json.error).toMatchObject({ code: "origin_timeout", requestId: expect.any(String) });
    expect([hitsOn(1), hitsOn(2), hitsOn(3)]).toEqual([1, 1, 1]);
  });

  test("every node answering 503: the client gets the last 503", async () => {
    for (const n of [1, 2, 3]) modes.set(node(n), "503");
    const { status } = await send("primary");
    expect(status).toBe(503);
    expect([hitsOn(1), hitsOn(2), hitsOn(3)]).toEqual([1, 1, 1]);
  });
});
