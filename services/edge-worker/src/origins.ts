// Which origin a request goes to first, and where it fails over. Pure: routes.ts (at synth), the Worker
// and the unit tests share it.
import type { OriginEntry } from "./routing";

/**
 * The order the origins are tried in: one picked at random in proportion to its weight (`random` in
 * [0, 1)), then the other origins with a weight by descending weight, then drained (weight 0) ones, the
 * last resort. Config order breaks ties, so the result is deterministic for a given `random`.
 */
export function attemptOrder(origins: readonly OriginEntry[], random: number): OriginEntry[] {
  const weighted = origins.filter((o) => o.weight > 0);
  const drained = origins.filter((o) => o.weight === 0);
  const total = weighted.reduce((sum, o) => sum + o.weight, 0);
  let point = Math.min(Math.max(random, 0), 1) * total;
  let first = weighted[weighted.length - 1];
  for (const origin of weighted) {
    if (point < origin.weight) {
      first = origin;
      break;
    }
    point -= origin.weight;
  }
  const rest = weighted.filter((o) => o !== first).sort((a, b) => b.weight - a.weight);
  return first === undefined ? [...drained] : [first, ...rest, ...drained];
}

/**
 * Methods whose request may be sent again after a service saw it and answered 5xx or timed out: the safe
 * methods of RFC 9110 §9.2.1 (GET, HEAD, OPTIONS). RFC 9110 §9.2.2 also lets PUT and DELETE be retried,
 * but they are left out on purpose. A timed-out attempt is not cancelled on its node: it can still apply
 * after the retry, or after the client's next write, and undo it. A retried DELETE that already
 * succeeded answers 404 to a client whose delete worked. The client, which knows what it sent, decides
 * about those. A request that never reached a service (unreachable origin) is retried whatever its method.
 */
export function retriableAfterService(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/** Request bodies up to this size are buffered so they can be sent to a second origin; larger ones go once. */
export const REPLAY_BODY_LIMIT = 1024 * 1024;

/** Status codes of a service that count as failed for idempotent requests. */
export const SERVICE_FAILURES: ReadonlySet<number> = new Set([500, 502, 503, 504]);
