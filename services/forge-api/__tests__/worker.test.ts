// forge-api on real workerd (miniflare 4): local D1 with migrations/0001_init.sql applied, KV, R2, the
// EVENTS queue with this Worker as its consumer, and the RateLimiter Durable Object on SQLite.
import { readFileSync } from "node:fs";
import { type Response as MfResponse, Miniflare } from "miniflare";
import type { NoteEvent, RateLimiterStub } from "../src/env";
import { RATE_LIMIT } from "../src/limits";
import type { D1Database, DurableObjectNamespace, KVNamespace, Queue, R2Bucket } from "../src/runtime";
import { applyMigration, eventually, exampleForgeApi, forgeApiService, MIGRATION, migrationStatements, workerServiceOptions } from "./fixtures";

const SECRET = "sk-test-0123456789abcdef";

let mf: Miniflare;
let db: D1Database;
let cache: KVNamespace;
let runtimeLog = "";
/** Each test its own client address, so the rate limit of one never bites another. */
let client = 0;

beforeAll(async () => {
  mf = new Miniflare({
    handleRuntimeStdio: (stdout, stderr) => {
      for (const stream of [stdout, stderr]) stream.on("data", (chunk: Buffer) => (runtimeLog += chunk.toString("utf8")));
    },
    workers: [workerServiceOptions(exampleForgeApi("staging"), { LLM_API_KEY: SECRET })],
  });
  // miniflare types these with @cloudflare/workers-types, which this project does not install.
  db = (await mf.getD1Database("DB")) as unknown as D1Database;
  cache = (await mf.getKVNamespace("CACHE")) as unknown as KVNamespace;
  await applyMigration(db);
});

afterAll(async () => {
  await mf?.dispose();
});

beforeEach(() => {
  client += 1;
});

function call(path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<MfResponse> {
  return mf.dispatchFetch(`https://staging-api.autoforge.example${path}`, {
    ...init,
    headers: { "cf-connecting-ip": `198.51.100.${client}`, ...init.headers },
  });
}

async function postNote(text: string): Promise<{ id: number; text: string; createdAt: string }> {
  const res = await call("/notes", { method: "POST", body: JSON.stringify({ text }), headers: { "content-type": "application/json" } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: number; text: string; createdAt: string };
}

test("the tests' written-out forge-api is examples/autoforge's, binding for binding", () => {
  for (const env of ["staging", "production"]) expect(forgeApiService(env)).toEqual(exampleForgeApi(env));
});

describe("the D1 migration", () => {
  test("splits into its statements, comments dropped", () => {
    expect(migrationStatements("-- a; comment\nCREATE TABLE a (x INT); -- b\nCREATE INDEX i ON a (x);\n")).toEqual([
      "CREATE TABLE a (x INT)",
      "CREATE INDEX i ON a (x)",
    ]);
  });

  test("creates the notes and events tables", async () => {
    const { results } = await db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('notes', 'events') ORDER BY name")
      .all<{ name: string }>();
    expect(results.map((r) => r.name)).toEqual(["events", "notes"]);
  });
});

describe("GET /health", () => {
  test("answers ok with the environment and whether the secret is set, never its value", async () => {
    const res = await call("/health");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ status: "ok", environment: "staging", secrets: { LLM_API_KEY: true } });
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(SECRET.slice(0, 6));
  });

  test("refuses other methods with 405 and allow", async () => {
    const res = await call("/health", { method: "DELETE" });
    await res.arrayBuffer();
    expect([res.status, res.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
  });
});

describe("notes on D1 with a KV read-through cache", () => {
  test("POST /notes stores a note in D1 and answers 201 with its location", async () => {
    const note = await postNote("first");
    expect(note.text).toBe("first");
    const row = await db.prepare("SELECT text FROM notes WHERE id = ?").bind(note.id).first<{ text: string }>();
    expect(row).toEqual({ text: "first" });
  });

  test("GET /notes/:id misses the cache once, then hits it; the cached copy is in KV", async () => {
    const note = await postNote("cached");
    const first = await call(`/notes/${note.id}`);
    expect([first.status, first.headers.get("x-cache")]).toEqual([200, "miss"]);
    expect(await first.json()).toEqual(note);
    expect(await cache.get(`notes:${note.id}`, "json")).toEqual(note);
    const second = await call(`/notes/${note.id}`);
    expect([second.status, second.headers.get("x-cache")]).toEqual([200, "hit"]);
    expect(await second.json()).toEqual(note);
  });

  test("a hit is served from KV without reading D1", async () => {
    const note = await postNote("original");
    await (await call(`/notes/${note.id}`)).arrayBuffer();
    await db.prepare("UPDATE notes SET text = 'changed behind the cache' WHERE id = ?").bind(note.id).run();
    const res = await call(`/notes/${note.id}`);
    expect(res.headers.get("x-cache")).toBe("hit");
    expect(((await res.json()) as { text: string }).text).toBe("original");
  });

  test("POST /notes drops the cached list, so the next GET /notes misses and shows the new note", async () => {
    await postNote("before");
    await (await call("/notes")).arrayBuffer();
    const hit = await call("/notes");
    expect(hit.headers.get("x-cache")).toBe("hit");
    await hit.arrayBuffer();
    const added = await postNote("after");
    const res = await call("/notes");
    expect(res.headers.get("x-cache")).toBe("miss");
    const { notes } = (await res.json()) as { notes: Array<{ id: number }> };
    expect(notes[0].id).toBe(added.id);
  });

  test("an unknown note is 404 and is not cached", async () => {
    for (const path of ["/notes/999999", "/notes/abc", "/notes/0"]) {
      const res = await call(path);
      expect([path, res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([path, 404, "note_not_found"]);
    }
    expect(await cache.get("notes:999999")).toBeNull();
  });

  test("refuses a body that is not JSON or has no text with 400, storing nothing", async () => {
    const before = await db.prepare("SELECT count(*) AS n FROM notes").first<{ n: number }>();
    for (const body of ["{not json", JSON.stringify({ text: "" }), JSON.stringify({ title: "x" })]) {
      const res = await call("/notes", { method: "POST", body });
      expect([body, res.status]).toEqual([body, 400]);
      await res.arrayBuffer();
    }
    expect(await db.prepare("SELECT count(*) AS n FROM notes").first<{ n: number }>()).toEqual(before);
  });
});

describe("the EVENTS queue", () => {
  test("POST /notes sends a note.created event that the queue handler stores in D1's events table", async () => {
    const note = await postNote("queued");
    const row = await eventually(
      async () => (await db.prepare("SELECT type, note_id, occurred_at, message_id FROM events WHERE note_id = ?").bind(note.id).first()) ?? undefined,
    );
    expect(row).toMatchObject({ type: "note.created", note_id: note.id, occurred_at: note.createdAt });
  });

  test("every note's event is stored once (each message acknowledged, none redelivered)", async () => {
    const notes = [await postNote("a"), await postNote("b"), await postNote("c")];
    const ids = notes.map((n) => n.id);
    const stored = await eventually(async () => {
      const { n } = (await db.prepare(`SELECT count(*) AS n FROM events WHERE note_id IN (${ids.join(",")})`).first<{ n: number }>()) ?? { n: 0 };
      return n === 3 ? n : undefined;
    });
    expect(stored).toBe(3);
    // Past another batch wait: an unacknowledged message would come back, and INSERT OR IGNORE would hide it; the log would not.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { n } = (await db.prepare(`SELECT count(*) AS n FROM events WHERE note_id IN (${ids.join(",")})`).first<{ n: number }>()) ?? { n: 0 };
    expect(n).toBe(3);
    expect(runtimeLog).not.toMatch(/"messageId"/);
  });
});

describe("files on R2", () => {
  test("PUT then GET /files/<key> gives back the bytes and the content type", async () => {
    const body = "PNG\u0000\u0001 not really";
    const put = await call("/files/reports/2026/q1.bin", { method: "PUT", body, headers: { "content-type": "image/png" } });
    expect(put.status).toBe(201);
    const stored = (await put.json()) as { key: string; size: number; etag: string };
    expect(stored).toMatchObject({ key: "reports/2026/q1.bin", size: new TextEncoder().encode(body).byteLength });
    const got = await call("/files/reports/2026/q1.bin");
    expect([got.status, got.headers.get("content-type"), got.headers.get("etag")]).toEqual([200, "image/png", stored.etag]);
    expect(await got.text()).toBe(body);
    const object = await ((await mf.getR2Bucket("FILES")) as unknown as R2Bucket).get("reports/2026/q1.bin");
    expect(await object?.text()).toBe(body);
  });

  test("an absent file is 404; a key with . or .. segments is 400", async () => {
    const missing = await call("/files/nothing-here");
    expect([missing.status, ((await missing.json()) as { error: { code: string } }).error.code]).toEqual([404, "file_not_found"]);
    // The URL parser resolves a literal /../ itself; an encoded slash reaches the Worker.
    for (const path of ["/files/a/%2E%2E%2Fb", "/files/a//b", "/files/%E0%A4%A"]) {
      const bad = await call(path, { method: "PUT", body: "x" });
      expect([path, bad.status]).toEqual([path, 400]);
      await bad.arrayBuffer();
    }
  });
});

describe("rate limit through the RateLimiter Durable Object", () => {
  test(`allows ${RATE_LIMIT} requests per client and window, then 429 with retry-after; another client is unaffected`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT; i++) {
      const res = await call("/notes/999999");
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(new Set(statuses)).toEqual(new Set([404]));
    const limited = await call("/notes/999999");
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    client += 1;
    const other = await call("/notes/999999");
    expect(other.status).toBe(404);
    await other.arrayBuffer();
  });

  test("counts in the Durable Object's SQLite storage", async () => {
    const ns = (await mf.getDurableObjectNamespace("RATE_LIMITER")) as unknown as DurableObjectNamespace<RateLimiterStub>;
    const stub = ns.get(ns.idFromName(`198.51.100.${client}`));
    expect(await stub.hit(2, 60)).toMatchObject({ allowed: true, remaining: 1 });
    expect(await stub.hit(2, 60)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await stub.hit(2, 60)).toMatchObject({ allowed: false, remaining: 0 });
  });

  test("/health is not rate limited", async () => {
    for (let i = 0; i <= RATE_LIMIT; i++) {
      const res = await call("/health");
      await res.arrayBuffer();
      expect(res.status).toBe(200);
    }
  });
});

describe("unknown paths", () => {
  test("are 404 JSON", async () => {
    const res = await call("/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

// Its own miniflare: the events table is dropped for one test, and the handler's failures fill the log.
describe("dead letters: a message the queue handler cannot store", () => {
  const forgeApi = exampleForgeApi("staging");
  const consumer = forgeApi.consumes[0];
  const dlqName = consumer.deadLetterQueue ?? "";
  /** The dead-letter queue's consumer: records each message it gets in KV under its id, and acknowledges it. */
  const RECORDER = `export default {
    async queue(batch, env) {
      for (const m of batch.messages) {
        await env.DEAD.put(m.id, JSON.stringify({ queue: batch.queue, attempts: m.attempts, body: m.body }));
        m.ack();
      }
    },
  };`;
  interface DeadLetter {
    queue: string;
    attempts: number;
    body: unknown;
  }

  let dlqMf: Miniflare;
  let dlqDb: D1Database;
  let dead: KVNamespace & { list(): Promise<{ keys: Array<{ name: string }> }> };
  let log = "";

  beforeAll(async () => {
    dlqMf = new Miniflare({
      handleRuntimeStdio: (stdout, stderr) => {
        for (const stream of [stdout, stderr]) stream.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
      },
      workers: [
        workerServiceOptions(forgeApi, { LLM_API_KEY: SECRET }),
        {
          name: "dead-letters",
          modules: true,
          script: RECORDER,
          compatibilityDate: forgeApi.compatibilityDate,
          kvNamespaces: { DEAD: "dead-letters" },
          queueConsumers: { [dlqName]: { maxBatchTimeout: 0.05 } },
        },
      ],
    });
    dlqDb = (await dlqMf.getD1Database("DB", "forge-api")) as unknown as D1Database;
    dead = (await dlqMf.getKVNamespace("DEAD", "dead-letters")) as unknown as typeof dead;
    await applyMigration(dlqDb);
  });

  afterAll(async () => {
    await dlqMf?.dispose();
  });

  /** Every message the dead-letter queue's consumer got, by id. */
  async function deadLetters(): Promise<Map<string, DeadLetter>> {
    const { keys } = await dead.list();
    return new Map(await Promise.all(keys.map(async ({ name }) => [name, (await dead.get(name, "json")) as DeadLetter] as const)));
  }

  /** The id of the first dead letter whose body `match` accepts, once one arrives. */
  function deadLetterWhere(match: (body: unknown) => boolean): Promise<string | undefined> {
    return eventually(async () => [...(await deadLetters())].find(([, letter]) => match(letter.body))?.[0]);
  }

  /** The handler's log lines for message `id`: one per failed attempt. */
  function failures(id: string): number {
    return log.split("\n").filter((line) => line.includes(`"messageId":"${id}"`)).length;
  }

  async function waitForFailures(id: string, n: number): Promise<number> {
    return (await eventually(async () => (failures(id) >= n ? failures(id) : undefined), 2_000)) ?? failures(id);
  }

  function eventsOf(noteId: number): Promise<{ n: number } | null> {
    return dlqDb.prepare("SELECT count(*) AS n FROM events WHERE note_id = ?").bind(noteId).first<{ n: number }>();
  }

  test("the config dead-letters EVENTS' consumer to events-dlq after 3 retries", () => {
    expect(consumer).toMatchObject({ queue: "events", deadLetterQueue: "events-dlq", maxRetries: 3 });
  });

  test("a body the handler rejects is retried maxRetries times, then lands on events-dlq and not in events; a good one beside it is stored", async () => {
    const events = (await dlqMf.getQueueProducer("EVENTS", "forge-api")) as unknown as Queue<unknown>;
    const bad = { type: "note.created", noteId: 424242 }; // no occurredAt: D1 refuses to bind undefined
    const good: NoteEvent = { type: "note.created", noteId: 434343, occurredAt: new Date().toISOString() };
    await events.send(bad);
    await events.send(good);
    const id = await deadLetterWhere((body) => (body as { noteId?: number }).noteId === bad.noteId);
    expect(id).toBeDefined();
    const letter = (await deadLetters()).get(id ?? "");
    expect(letter).toEqual({ queue: dlqName, attempts: 1, body: bad });
    expect(await waitForFailures(id ?? "", consumer.maxRetries + 1)).toBe(consumer.maxRetries + 1);
    expect(await eventsOf(bad.noteId)).toEqual({ n: 0 });
    expect(await eventually(async () => ((await eventsOf(good.noteId))?.n === 1 ? 1 : undefined))).toBe(1);
    expect([...(await deadLetters()).values()].filter((l) => (l.body as { noteId?: number }).noteId === good.noteId)).toEqual([]);
  });

  test("a body of the right shape with the wrong types is dead-lettered too, not stored (SQLite would keep the text)", async () => {
    const events = (await dlqMf.getQueueProducer("EVENTS", "forge-api")) as unknown as Queue<unknown>;
    const bad = { type: "note.created", noteId: "abc", occurredAt: "yesterday-ish" };
    await events.send(bad);
    const id = await deadLetterWhere((body) => (body as { noteId?: unknown }).noteId === "abc");
    expect(id).toBeDefined();
    expect(log).toContain("not a note.created event: noteId is not a positive integer");
    expect(
      await dlqDb
        .prepare("SELECT count(*) AS n FROM events WHERE message_id = ?")
        .bind(id ?? "")
        .first<{ n: number }>(),
    ).toEqual({ n: 0 });
  });

  test("a note's event while D1's events table is gone is dead-lettered, and is not redelivered once the table is back", async () => {
    const post = (text: string) =>
      dlqMf.dispatchFetch("https://staging-api.autoforge.example/notes", {
        method: "POST",
        body: JSON.stringify({ text }),
        headers: { "cf-connecting-ip": "203.0.113.7" },
      });
    await dlqDb.prepare("DROP TABLE events").run();
    let lost: { id: number; createdAt: string };
    let id: string | undefined;
    try {
      const res = await post("while events is gone");
      expect(res.status).toBe(201);
      lost = (await res.json()) as { id: number; createdAt: string };
      id = await deadLetterWhere((body) => (body as NoteEvent).noteId === lost.id);
      expect(id).toBeDefined();
    } finally {
      const eventsTable = migrationStatements(readFileSync(MIGRATION, "utf8")).filter((statement) => /\bevents\b/.test(statement));
      await dlqDb.batch(eventsTable.map((statement) => dlqDb.prepare(statement)));
    }
    const letter = (await deadLetters()).get(id ?? "");
    expect(letter).toEqual({ queue: dlqName, attempts: 1, body: { type: "note.created", noteId: lost.id, occurredAt: lost.createdAt } });
    expect(await waitForFailures(id ?? "", consumer.maxRetries + 1)).toBe(consumer.maxRetries + 1);
    expect(log).toMatch(/no such table: events/);
    // With the table back, the next note's event is stored; the dead-lettered one is not coming back.
    const next = (await (await post("after the table is back")).json()) as { id: number };
    expect(await eventually(async () => ((await eventsOf(next.id))?.n === 1 ? 1 : undefined))).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await eventsOf(lost.id)).toEqual({ n: 0 });
    expect(failures(id ?? "")).toBe(consumer.maxRetries + 1);
  });
});
