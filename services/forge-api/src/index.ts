// forge-api: seed 004's API as a Worker of its own. Notes in D1 with a KV read-through cache, files in
// R2, an event per new note through a Queue (which this Worker also consumes, into D1), and a per-client
// rate limit kept by a Durable Object. Reached through the edge Worker's service binding
// (SERVICE_FORGE_API), which adds the security headers; it sets none of its own.
import type { Env, NoteEvent } from "./env";
import { RATE_LIMIT, RATE_WINDOW_SECONDS } from "./limits";
import { RateLimiter } from "./rate-limiter";
import type { ExecutionContext, MessageBatch } from "./runtime";

export { RateLimiter };

/** How long a cached note or list stays in KV (KV's minimum expirationTtl is 60). */
const CACHE_TTL_SECONDS = 300;
const MAX_NOTE_LENGTH = 10_000;
const LIST_KEY = "notes:list";
const LIST_LIMIT = 100;

interface Note {
  readonly id: number;
  readonly text: string;
  readonly createdAt: string;
}

interface NoteRow {
  readonly id: number;
  readonly text: string;
  readonly created_at: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

function toNote(row: NoteRow): Note {
  return { id: row.id, text: row.text, createdAt: row.created_at };
}

function methodNotAllowed(path: string, allowed: string): HttpError {
  return new HttpError(405, "method_not_allowed", `${path} answers ${allowed}`, { allow: allowed });
}

/** The client a request counts against: the address Cloudflare saw (also behind the edge Worker, which passes its headers on). */
function clientOf(request: Request): string {
  return request.headers.get("cf-connecting-ip") ?? "unknown";
}

async function rateLimit(request: Request, env: Env): Promise<void> {
  const limiter = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(clientOf(request)));
  const decision = await limiter.hit(RATE_LIMIT, RATE_WINDOW_SECONDS);
  if (!decision.allowed) {
    throw new HttpError(429, "rate_limited", `more than ${RATE_LIMIT} requests in ${RATE_WINDOW_SECONDS} s`, {
      "retry-after": String(decision.retryAfter),
    });
  }
}

/** The value under `key` in KV, or `load()`'s (stored for next time); null is not cached. */
async function readThrough<T>(env: Env, key: string, load: () => Promise<T | null>): Promise<{ value: T | null; cache: "hit" | "miss" }> {
  const cached = (await env.CACHE.get(key, "json")) as T | null;
  if (cached !== null) return { value: cached, cache: "hit" };
  const value = await load();
  if (value !== null) await env.CACHE.put(key, JSON.stringify(value), { expirationTtl: CACHE_TTL_SECONDS });
  return { value, cache: "miss" };
}

async function createNote(request: Request, env: Env): Promise<Response> {
  let text: unknown;
  try {
    text = ((await request.json()) as { text?: unknown } | null)?.text;
  } catch {
    throw new HttpError(400, "invalid_json", 'the body must be JSON: {"text": "..."}');
  }
  if (typeof text !== "string" || text.trim() === "" || text.length > MAX_NOTE_LENGTH) {
    throw new HttpError(400, "invalid_note", `text must be a non-empty string of at most ${MAX_NOTE_LENGTH} characters`);
  }
  const createdAt = new Date().toISOString();
  const row = await env.DB.prepare("INSERT INTO notes (text, created_at) VALUES (?, ?) RETURNING id, text, created_at").bind(text, createdAt).first<NoteRow>();
  if (row === null) throw new Error("INSERT … RETURNING gave no row");
  const note = toNote(row);
  const event: NoteEvent = { type: "note.created", noteId: note.id, occurredAt: createdAt };
  await env.EVENTS.send(event);
  await env.CACHE.delete(LIST_KEY);
  return json(201, note, { location: `/notes/${note.id}` });
}

async function listNotes(env: Env): Promise<Response> {
  const { value, cache } = await readThrough(env, LIST_KEY, async () => {
    const { results } = await env.DB.prepare("SELECT id, text, created_at FROM notes ORDER BY id DESC LIMIT ?").bind(LIST_LIMIT).all<NoteRow>();
    return results.map(toNote);
  });
  return json(200, { notes: value }, { "x-cache": cache });
}

async function getNote(env: Env, id: number): Promise<Response> {
  const { value, cache } = await readThrough(env, `notes:${id}`, async () => {
    const row = await env.DB.prepare("SELECT id, text, created_at FROM notes WHERE id = ?").bind(id).first<NoteRow>();
    return row === null ? null : toNote(row);
  });
  if (value === null) throw new HttpError(404, "note_not_found", `no note ${id}`);
  return json(200, value, { "x-cache": cache });
}

/** The object key of /files/<key>: percent-decoded, 1 to 1024 bytes, no empty or dot segments. */
function fileKey(encoded: string): string {
  let key: string;
  try {
    key = decodeURIComponent(encoded);
  } catch {
    throw new HttpError(400, "invalid_key", "the file key is not valid percent-encoding");
  }
  const bytes = new TextEncoder().encode(key).byteLength;
  if (bytes === 0 || bytes > 1024 || key.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new HttpError(400, "invalid_key", "the file key must be 1 to 1024 bytes of non-empty path segments, without . or ..");
  }
  return key;
}

async function putFile(request: Request, env: Env, key: string): Promise<Response> {
  const contentType = request.headers.get("content-type") ?? "application/octet-stream";
  const object = await env.FILES.put(key, await request.arrayBuffer(), { httpMetadata: { contentType } });
  return json(201, { key: object.key, size: object.size, etag: object.httpEtag });
}

async function getFile(env: Env, key: string): Promise<Response> {
  const object = await env.FILES.get(key);
  if (object === null) throw new HttpError(404, "file_not_found", `no file ${JSON.stringify(key)}`);
  return new Response(object.body, {
    headers: { "content-type": object.httpMetadata?.contentType ?? "application/octet-stream", etag: object.httpEtag, "content-length": String(object.size) },
  });
}

async function handle(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname;
  const method = request.method;
  if (path === "/health") {
    if (method !== "GET" && method !== "HEAD") throw methodNotAllowed(path, "GET, HEAD");
    // The secret's presence only: never its value, not even a prefix or a length.
    return json(200, { status: "ok", environment: env.ENVIRONMENT, secrets: { LLM_API_KEY: typeof env.LLM_API_KEY === "string" && env.LLM_API_KEY !== "" } });
  }
  await rateLimit(request, env);
  if (path === "/notes") {
    if (method === "GET") return listNotes(env);
    if (method === "POST") return createNote(request, env);
    throw methodNotAllowed(path, "GET, POST");
  }
  const note = /^\/notes\/([^/]+)$/.exec(path);
  if (note !== null) {
    if (method !== "GET") throw methodNotAllowed(path, "GET");
    const id = /^[1-9][0-9]{0,15}$/.test(note[1]) ? Number(note[1]) : Number.NaN;
    if (!Number.isSafeInteger(id)) throw new HttpError(404, "note_not_found", `no note ${JSON.stringify(note[1])}`);
    return getNote(env, id);
  }
  if (path.startsWith("/files/")) {
    const key = fileKey(path.slice("/files/".length));
    if (method === "PUT") return putFile(request, env, key);
    if (method === "GET") return getFile(env, key);
    throw methodNotAllowed(path, "GET, PUT");
  }
  throw new HttpError(404, "not_found", `no resource ${path}`);
}

/** Stores one consumed event; a redelivered message (same id) is stored once. */
/** Why `body` is not a NoteEvent this Worker sent, or undefined when it is one. */
function notAnEvent(body: unknown): string | undefined {
  const event = body as Partial<NoteEvent> | null;
  if (typeof event !== "object" || event === null) return "not an object";
  if (event.type !== "note.created") return `unknown type ${JSON.stringify(event.type)}`;
  if (!Number.isSafeInteger(event.noteId) || (event.noteId ?? 0) < 1) return `noteId is not a positive integer: ${JSON.stringify(event.noteId)}`;
  if (typeof event.occurredAt !== "string" || Number.isNaN(Date.parse(event.occurredAt)))
    return `occurredAt is not a time: ${JSON.stringify(event.occurredAt)}`;
  return undefined;
}

/** Stores one event; throws (so the message is retried, then dead-lettered) when the body is not a NoteEvent. */
async function storeEvent(env: Env, id: string, event: NoteEvent): Promise<void> {
  const problem = notAnEvent(event);
  if (problem) throw new Error(`not a note.created event: ${problem}`);
  await env.DB.prepare("INSERT OR IGNORE INTO events (message_id, type, note_id, occurred_at, received_at) VALUES (?, ?, ?, ?, ?)")
    .bind(id, event.type, event.noteId, event.occurredAt, new Date().toISOString())
    .run();
}

export default {
  async fetch(request: Request, env: Env, _ctx: ExecutionContext): Promise<Response> {
    try {
      return await handle(request, env);
    } catch (error) {
      if (error instanceof HttpError) return json(error.status, { error: { code: error.code, message: error.message } }, { ...error.headers });
      console.error(JSON.stringify({ error: `${request.method} ${new URL(request.url).pathname}: ${(error as Error).message}` }));
      return json(500, { error: { code: "internal_error", message: "unexpected error" } });
    }
  },

  /** EVENTS' consumer: each message is acknowledged once stored, or retried (then dead-lettered) when storing fails. */
  async queue(batch: MessageBatch<NoteEvent>, env: Env, _ctx: ExecutionContext): Promise<void> {
    for (const message of batch.messages) {
      try {
        await storeEvent(env, message.id, message.body);
        message.ack();
      } catch (error) {
        console.error(JSON.stringify({ queue: batch.queue, messageId: message.id, error: (error as Error).message }));
        message.retry();
      }
    }
  },
};
