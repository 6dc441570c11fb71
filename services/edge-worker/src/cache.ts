// When the Worker may use the edge cache (caches.default), and what it stores there.

/** The part of the Workers Cache API the Worker uses. */
export interface EdgeCache {
  match(key: Request): Promise<Response | undefined>;
  put(key: Request, response: Response): Promise<void>;
}

/** Carries the origin's own Cache-Control through the cache, so a hit answers with what the origin said. */
const ORIGIN_CACHE_CONTROL = "x-edge-origin-cache-control";

/** True when the request may be answered from, and its response stored in, a cache shared by every client. */
export function requestIsCacheable(request: Request, cacheTtl: number): boolean {
  return cacheTtl > 0 && request.method === "GET" && !request.headers.has("authorization");
}

/**
 * True when a response to a cacheable request may be shared with other clients: a 2xx other than 206,
 * no cookie being set, no Cache-Control forbidding it, and no Vary the cache key would ignore.
 */
export function responseIsCacheable(response: Response): boolean {
  if (response.status < 200 || response.status > 299 || response.status === 206) return false;
  if (response.headers.has("set-cookie")) return false;
  const cacheControl = (response.headers.get("cache-control") ?? "").toLowerCase();
  if (/(^|[\s,])(private|no-store|no-cache)($|[\s,=])/.test(cacheControl)) return false;
  const vary = (response.headers.get("vary") ?? "")
    .toLowerCase()
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "" && v !== "accept-encoding");
  return vary.length === 0;
}

/** The copy put in the cache: kept for `cacheTtl` seconds whatever the origin's Cache-Control says. */
export function toStoredResponse(response: Response, cacheTtl: number): Response {
  const stored = new Response(response.body, response);
  const original = stored.headers.get("cache-control");
  if (original !== null) stored.headers.set(ORIGIN_CACHE_CONTROL, original);
  stored.headers.set("cache-control", `public, max-age=${cacheTtl}`);
  stored.headers.delete("expires");
  return stored;
}

/** A cache hit as the client should see it: the origin's Cache-Control restored, mutable headers. */
export function fromStoredResponse(cached: Response): Response {
  const response = new Response(cached.body, cached);
  const original = response.headers.get(ORIGIN_CACHE_CONTROL);
  response.headers.delete(ORIGIN_CACHE_CONTROL);
  if (original === null) response.headers.delete("cache-control");
  else response.headers.set("cache-control", original);
  return response;
}
