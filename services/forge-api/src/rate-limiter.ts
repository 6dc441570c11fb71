import { DurableObject } from "cloudflare:workers";
import type { Env, RateDecision } from "./env";

/**
 * A sliding-window request counter for one client (the Worker addresses one object per client with
 * idFromName): a request is allowed when fewer than `limit` were allowed in the last `windowSeconds`.
 * SQLite-backed (migrations: new_sqlite_classes): the log survives the object being evicted, and one
 * object serializes its client's requests, so the count is exact. Unlike fixed windows, a burst
 * straddling a window boundary cannot get twice the limit through.
 */
export class RateLimiter extends DurableObject<Env> {
  /** Counts one request against `limit` requests per `windowSeconds`; a refused request is not counted. */
  async hit(limit: number, windowSeconds: number): Promise<RateDecision> {
    const now = Date.now();
    const windowMs = windowSeconds * 1000;
    const sql = this.ctx.storage.sql;
    sql.exec("CREATE TABLE IF NOT EXISTS hits (at INTEGER NOT NULL)");
    sql.exec("DELETE FROM hits WHERE at <= ?", now - windowMs);
    const { count, oldest } = sql.exec<{ count: number; oldest: number | null }>("SELECT count(*) AS count, min(at) AS oldest FROM hits").one();
    if (count >= limit) {
      const retryAfter = Math.max(1, Math.ceil(((oldest ?? now) + windowMs - now) / 1000));
      return { allowed: false, remaining: 0, retryAfter };
    }
    sql.exec("INSERT INTO hits (at) VALUES (?)", now);
    return { allowed: true, remaining: limit - count - 1, retryAfter: 0 };
  }
}
