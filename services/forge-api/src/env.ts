import type { D1Database, DurableObjectNamespace, KVNamespace, Queue, R2Bucket } from "./runtime";

/** What POST /notes sends to EVENTS and the queue handler stores in D1's events table. */
export interface NoteEvent {
  readonly type: "note.created";
  readonly noteId: number;
  /** ISO 8601 time the note was created. */
  readonly occurredAt: string;
}

/** The rate limiter's answer for one request (RateLimiter.hit). */
export interface RateDecision {
  readonly allowed: boolean;
  /** Requests left in the current window. */
  readonly remaining: number;
  /** When refused: seconds until the oldest counted request leaves the window and the client may send again; else 0. */
  readonly retryAfter: number;
}

/** The RateLimiter Durable Object as the Worker calls it (JavaScript RPC on its stub). */
export interface RateLimiterStub {
  hit(limit: number, windowSeconds: number): Promise<RateDecision>;
}

/**
 * forge-api's bindings, as the config's workerServices entry declares them (examples/autoforge) and
 * wrangler.toml / the worker script resource give them.
 */
export interface Env {
  /** D1 database `forge`: notes and the events the queue consumer stored (migrations/0001_init.sql). */
  readonly DB: D1Database;
  /** KV namespace `cache`: read-through cache of notes. */
  readonly CACHE: KVNamespace;
  /** R2 bucket `files`: PUT/GET /files/<key>. */
  readonly FILES: R2Bucket;
  /** Queue `events`: one NoteEvent per created note; this Worker consumes it too. */
  readonly EVENTS: Queue<NoteEvent>;
  /** The RateLimiter Durable Object class, one object per client. */
  readonly RATE_LIMITER: DurableObjectNamespace<RateLimiterStub>;
  /** Environment name (a plain var). */
  readonly ENVIRONMENT: string;
  /** Secret, set with `wrangler secret put`; only its presence is ever looked at. */
  readonly LLM_API_KEY?: string;
}
