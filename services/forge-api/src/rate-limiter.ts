import { DurableObject } from "cloudflare:workers";
import type { Env, RateDecision } from "./env";

/**
 * A fixed-window request counter for one client (the Worker addresses one object per client with
 * idFromName). SQLite-backed (migrations: new_sqlite_classes): the count survives the object being
 * evicted, and one object serializes its client's requests, so the count is exact.
 */
export class RateLimiter extends DurableObject<Env> {
  /** Counts one request against `limit` requests per `windowSeconds`. */
  async hit(limit: number, windowSeconds: number): Promise<RateDecision> {
    const now = Date.now();
    const windowMs = windowSeconds * 1000;
    const window = Math.floor(now / windowMs);
    const sql = this.ctx.storage.sql;
    sql.exec("CREATE TABLE IF NOT EXISTS hits (window INTEGER PRIMARY KEY, count INTEGER NOT NULL)");
    sql.exec("DELETE FROM hits WHERE window < ?", window);
    const { count } = sql
      .exec<{ count: number }>("INSERT INTO hits (window, count) VALUES (?, 1) ON CONFLICT (window) DO UPDATE SET count = count + 1 RETURNING count", window)
      .one();
    const retryAfter = Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000));
    return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfter };
  }
}
