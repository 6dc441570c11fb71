import http from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../src/config";
import { createPool } from "../src/db";
import { createLogger } from "../src/log";
import { migrate } from "../src/migrate";
import { closedPort, getJson, postJson, startApi, stopAllApis } from "./support/api";
import { startPostgres, type TestPostgres } from "./support/postgres";

let db: TestPostgres | undefined;

beforeAll(async () => {
  db = await startPostgres();
});

afterEach(async () => {
  await stopAllApis();
});

afterAll(async () => {
  await db?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quiet = createLogger({ level: "error", service: "test", sink: { write: () => true } });

function pg(): TestPostgres {
  if (!db) throw new Error("embedded postgres did not start (see beforeAll)");
  return db;
}

describe("migrations", () => {
  test("running twice applies each migration once and keeps existing rows", async () => {
    const config = loadConfig(pg().env("mig_twice"));
    const pool = createPool(config.database, quiet, "test");
    try {
      expect(await migrate(pool, "mig_twice")).toEqual({ applied: [1] });
      await pool.query(`INSERT INTO mig_twice.items (name) VALUES ('kept')`);
      expect(await migrate(pool, "mig_twice")).toEqual({ applied: [] });
      const rows = await pool.query(`SELECT name FROM mig_twice.items`);
      expect(rows.rows).toEqual([{ name: "kept" }]);
      const versions = await pool.query(`SELECT version FROM mig_twice.schema_migrations`);
      expect(versions.rows).toEqual([{ version: 1 }]);
    } finally {
      await pool.end();
    }
  });

  test("concurrent runs from several instances do not collide", async () => {
    const config = loadConfig(pg().env("mig_race"));
    const pools = [0, 1, 2].map(() => createPool(config.database, quiet, "test"));
    try {
      const results = await Promise.all(pools.map((p) => migrate(p, "mig_race")));
      expect(results.flatMap((r) => r.applied)).toEqual([1]);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  test("works for a role that owns its pre-made schema but may not create schemas", async () => {
    // How the Postgres node provisions a service: a login role owning schema <name>, no CREATE on the database.
    await pg().query(`CREATE ROLE owner_only LOGIN PASSWORD 'pw'`);
    await pg().query(`CREATE SCHEMA owner_only AUTHORIZATION owner_only`);
    const config = loadConfig({ ...pg().env("owner_only"), PGUSER: "owner_only", DATABASE_PASSWORD: "pw" });
    const pool = createPool(config.database, quiet, "test");
    try {
      await expect(pool.query(`CREATE SCHEMA not_allowed`)).rejects.toThrow(/permission denied/);
      expect(await migrate(pool, "owner_only")).toEqual({ applied: [1] });
    } finally {
      await pool.end();
    }
  });

  test("sets search_path to the service schema on every connection", async () => {
    const api = await startApi(pg().env("search_path_check"));
    const res = await api.svc.pool.query<{ search_path: string }>("SHOW search_path");
    expect(res.rows[0].search_path).toBe('"search_path_check"');
    await api.svc.pool.query(`INSERT INTO items (name) VALUES ('unqualified')`);
    const direct = await pg().query(`SELECT name FROM search_path_check.items`);
    expect(direct.rows).toEqual([{ name: "unqualified" }]);
  });
});

describe("items over HTTP", () => {
  test("a posted item is returned by GET /v1/items", async () => {
    const api = await startApi(pg().env("roundtrip"));
    const created = await postJson(`${api.url}/v1/items`, { name: "first", data: { colour: "blue", n: 1 } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^\d+$/),
      name: "first",
      data: { colour: "blue", n: 1 },
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    await postJson(`${api.url}/v1/items`, { name: "second" });

    const list = await getJson(`${api.url}/v1/items`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { name: string; data: unknown }) => [i.name, i.data])).toEqual([
      ["first", { colour: "blue", n: 1 }],
      ["second", {}],
    ]);
    expect((await getJson(`${api.url}/v1/items?limit=1`)).body.items).toHaveLength(1);
  });

  test("two services with different schemas do not see each other's rows", async () => {
    const a = await startApi(pg().env("svc_a"));
    const b = await startApi(pg().env("svc_b"));
    expect((await postJson(`${a.url}/v1/items`, { name: "only-in-a" })).status).toBe(201);

    expect((await getJson(`${a.url}/v1/items`)).body.items.map((i: { name: string }) => i.name)).toEqual(["only-in-a"]);
    expect((await getJson(`${b.url}/v1/items`)).body.items).toEqual([]);
    const counts = await pg().query(`SELECT (SELECT count(*) FROM svc_a.items)::int AS a, (SELECT count(*) FROM svc_b.items)::int AS b`);
    expect(counts.rows[0]).toEqual({ a: 1, b: 0 });
  });

  test("malformed JSON gets 400 with the parser's message", async () => {
    const api = await startApi(pg().env("bad_input"));
    const res = await postJson(`${api.url}/v1/items`, '{"name": "x",');
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.body.error).toMatch(/^invalid JSON body: /);
  });

  test("an invalid item gets 400 listing every bad field", async () => {
    const api = await startApi(pg().env("bad_input"));
    const res = await postJson(`${api.url}/v1/items`, { name: 42, data: [1], colour: "red" });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid item");
    expect(res.body.details).toEqual([
      'unknown field "colour"; allowed: name, data',
      "name must be a string, got number",
      "data must be a JSON object when given, got an array",
    ]);
    expect((await postJson(`${api.url}/v1/items`, { name: "   " })).status).toBe(400);
    expect((await postJson(`${api.url}/v1/items`, [])).body.error).toBe("invalid item");
    expect((await getJson(`${api.url}/v1/items`)).body.items).toEqual([]);
  });

  test("refuses non-JSON content types, oversized bodies, bad limits, unknown paths and methods", async () => {
    const api = await startApi(pg().env("bad_input"));
    const form = await getJson(`${api.url}/v1/items`, { method: "POST", body: "name=x" });
    expect(form.status).toBe(415);
    const big = await postJson(`${api.url}/v1/items`, { name: "x", data: { pad: "a".repeat(70_000) } });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatch(/exceeds 65536 bytes/);
    expect((await getJson(`${api.url}/v1/items?limit=0`)).status).toBe(400);
    expect((await getJson(`${api.url}/nope`)).status).toBe(404);
    const del = await getJson(`${api.url}/v1/items`, { method: "DELETE" });
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toBe("GET, POST");
  });
});

describe("health and readiness", () => {
  test("/healthz answers 200 without a database, /readyz answers 503", async () => {
    const api = await startApi({ ...pg().env("no_db"), PGPORT: String(await closedPort()) }, { migrate: false });
    const health = await getJson(`${api.url}/healthz`);
    expect(health).toMatchObject({ status: 200, body: { status: "ok" } });
    const ready = await getJson(`${api.url}/readyz`);
    expect(ready).toMatchObject({ status: 503, body: { status: "unavailable", error: "database unreachable" } });
  });

  test("/readyz turns 503 when the database goes down while /healthz stays 200", async () => {
    const second = await startPostgres();
    try {
      const api = await startApi(second.env("goes_down"));
      expect((await getJson(`${api.url}/readyz`)).status).toBe(200);
      await second.stop();
      expect((await getJson(`${api.url}/readyz`)).status).toBe(503);
      expect((await getJson(`${api.url}/healthz`)).status).toBe(200);
      expect(api.logs().some((l) => l.msg === "readiness check failed")).toBe(true);
    } finally {
      await second.stop();
    }
  });
});

describe("logs", () => {
  test("every request is one JSON line carrying the caller's x-request-id", async () => {
    const api = await startApi(pg().env("logs"));
    const res = await getJson(`${api.url}/healthz`, { headers: { "x-request-id": "req-abc.123" } });
    expect(res.headers.get("x-request-id")).toBe("req-abc.123");
    await postJson(`${api.url}/v1/items`, "{oops");

    await api.svc.shutdown("test");
    const logs = api.logs(); // throws unless every line is JSON
    const requests = logs.filter((l) => l.msg === "request");
    expect(requests).toHaveLength(2);
    expect(requests[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: "info",
      msg: "request",
      service: "api",
      method: "GET",
      path: "/healthz",
      status: 200,
      duration_ms: expect.any(Number),
      request_id: "req-abc.123",
      trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(requests[1]).toMatchObject({ method: "POST", path: "/v1/items", status: 400 });
  });

  test("a request without a usable x-request-id gets a generated one, logged and returned", async () => {
    const api = await startApi(pg().env("logs"));
    const res = await getJson(`${api.url}/healthz`, { headers: { "x-request-id": "has spaces, not allowed" } });
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await api.svc.shutdown("test");
    expect(api.logs().find((l) => l.msg === "request")?.request_id).toBe(id);
  });
});

describe("shutdown", () => {
  test("finishes an in-flight request, refuses new connections, closes the pool", async () => {
    const api = await startApi(pg().env("drain"));
    const port = Number(new URL(api.url).port);
    // A POST whose body is still arriving when shutdown starts.
    const req = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/v1/items",
      headers: { "content-type": "application/json" },
    });
    const response = new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode!, connection: res.headers.connection, body }));
      });
      req.on("error", reject);
    });
    req.write('{"name": "in-');
    await sleep(100); // the server has the headers and waits for the rest of the body

    const stopping = api.svc.shutdown("SIGTERM");
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow(); // no longer accepting
    req.end('flight"}');

    const res = await response;
    expect(res.status).toBe(201);
    expect(res.connection).toBe("close");
    expect(JSON.parse(res.body).name).toBe("in-flight");
    await stopping;
    expect(api.svc.pool.ending).toBe(true);
    const msgs = api.logs().map((l) => l.msg);
    expect(msgs.slice(-3)).toEqual(["shutting down", "request", "stopped"]);
  });

  test("sends buffered spans to the OTLP endpoint before stopping", async () => {
    const received: any[] = [];
    const collector = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ path: req.url, type: req.headers["content-type"], body: JSON.parse(body) });
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((r) => collector.listen(0, "127.0.0.1", r));
    try {
      const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
      const api = await startApi({ ...pg().env("otel"), OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
      const traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
      await getJson(`${api.url}/healthz`, { headers: { traceparent } });
      expect(received).toHaveLength(0); // batched, not sent per request
      await api.svc.shutdown("test");

      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ path: "/v1/traces", type: "application/json" });
      const rs = received[0].body.resourceSpans[0];
      expect(rs.resource.attributes).toEqual([{ key: "service.name", value: { stringValue: "api" } }]);
      const [span] = rs.scopeSpans[0].spans;
      expect(span).toMatchObject({
        traceId: "0af7651916cd43dd8448eb211c80319c",
        parentSpanId: "b7ad6b7169203331",
        name: "GET /healthz",
        kind: 2,
        status: { code: 1 },
      });
      expect(span.attributes).toContainEqual({ key: "http.response.status_code", value: { intValue: "200" } });
      expect(BigInt(span.endTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(span.startTimeUnixNano));
      const logged = api.logs().find((l) => l.msg === "request");
      expect(logged?.trace_id).toBe("0af7651916cd43dd8448eb211c80319c");
    } finally {
      await new Promise((r) => collector.close(r));
    }
  });
});
