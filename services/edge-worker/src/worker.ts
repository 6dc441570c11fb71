// The edge Worker: every request to a routed hostname enters here and is forwarded to one of its
// service's origins — proxied hostnames in front of the nodes' Cloudflare Tunnels, picked by weight, with
// failover — or the service's load balancer. A subrequest to a hostname of the Worker's own zone goes to
// that origin, not back into the Worker. A route to a Worker service goes through the edge Worker's
// service binding to it instead (routing.ts RouteEntry.binding), never over the public internet.
import { type EdgeCache, fromStoredResponse, requestIsCacheable, responseIsCacheable, toStoredResponse } from "./cache";
import { finishHeaders, requestIdOf, type SecuritySettings } from "./headers";
import { attemptOrder, REPLAY_BODY_LIMIT, retriableAfterService, SERVICE_FAILURES } from "./origins";
import { matchRoute, type OriginEntry, parseRoutes, type RouteEntry } from "./routing";

/** A service binding to another Worker: its fetch handler, called without leaving Cloudflare. */
interface ServiceBinding {
  fetch(request: Request): Promise<Response>;
}

/**
 * The bindings wrangler.toml (or the cdktf worker script) gives the Worker: plain text, and one service
 * binding (`SERVICE_<NAME>`) per Worker service a route names.
 */
export interface Env {
  readonly [binding: string]: unknown;
  /** JSON list of RouteEntry, rendered by routes.ts. */
  readonly ROUTES: string;
  readonly CSP: string;
  readonly HSTS_MAX_AGE: string | number;
  readonly ENVIRONMENT: string;
  /** How long the origin may take to answer with headers before the Worker gives up with 504. */
  readonly ORIGIN_TIMEOUT_MS?: string | number;
}

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

declare const caches: { readonly default: EdgeCache };

const HEALTH_PATH = "/__edge/health";
const DEFAULT_ORIGIN_TIMEOUT_MS = 30_000;

/** Status codes Cloudflare answers with itself when it cannot reach the origin (521-523, 530 is a tunnel down). */
const EDGE_UNREACHABLE = new Set([521, 522, 523, 530]);
const EDGE_TIMEOUT = 524;

interface Settings extends SecuritySettings {
  readonly routes: readonly RouteEntry[];
  readonly environment: string;
  readonly originTimeoutMs: number;
}

/** An error the client gets as JSON with `status`; `cause` goes to the log only. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: { readonly headers?: Readonly<Record<string, string>>; readonly cause?: unknown } = {},
  ) {
    super(message);
  }
}

let parsed: { readonly source: string; readonly routes: RouteEntry[] } | undefined;

function integerSetting(name: string, value: string | number | undefined, min: number, fallback?: number): number {
  if ((value === undefined || value === "") && fallback !== undefined) return fallback;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
  return n;
}

function isServiceBinding(value: unknown): value is ServiceBinding {
  return typeof (value as Partial<ServiceBinding> | null)?.fetch === "function";
}

/**
 * Hands the request to the Worker service behind `route.binding`, as the client sent it (same URL and
 * Host) plus x-request-id. No failover or retry: the binding is one service, not a set of origins.
 */
async function viaBinding(request: Request, env: Env, route: RouteEntry & { binding: string }, requestId: string): Promise<Response> {
  const binding = env[route.binding];
  if (!isServiceBinding(binding)) {
    throw new HttpError(502, "service_unavailable", `service ${route.service} is unavailable`, {
      cause: `the Worker has no service binding ${route.binding} for service ${route.service} (deploy the edge Worker with its service bindings)`,
    });
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  try {
    return await binding.fetch(new Request(request, { headers, redirect: "manual" }));
  } catch (error) {
    throw new HttpError(502, "service_unavailable", `service ${route.service} is unavailable`, { cause: error });
  }
}

function settingsOf(env: Env): Settings {
  if (typeof env.ROUTES !== "string") throw new Error("ROUTES binding is missing");
  if (parsed?.source !== env.ROUTES) parsed = { source: env.ROUTES, routes: parseRoutes(env.ROUTES) };
  if (typeof env.CSP !== "string" || env.CSP === "") throw new Error("CSP binding is missing");
  return {
    routes: parsed.routes,
    csp: env.CSP,
    hstsMaxAge: integerSetting("HSTS_MAX_AGE", env.HSTS_MAX_AGE, 0),
    environment: String(env.ENVIRONMENT ?? ""),
    originTimeoutMs: integerSetting("ORIGIN_TIMEOUT_MS", env.ORIGIN_TIMEOUT_MS, 1, DEFAULT_ORIGIN_TIMEOUT_MS),
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

function errorResponse(error: HttpError, requestId: string): Response {
  const response = json(error.status, { error: { code: error.code, message: error.message, requestId } });
  for (const [name, value] of Object.entries(error.options.headers ?? {})) response.headers.set(name, value);
  return response;
}

/** What one attempt at one origin came to. */
type Attempt = { readonly kind: "response"; readonly response: Response } | { readonly kind: "unreachable" | "timeout"; readonly error: HttpError };

async function attempt(
  request: Request,
  url: URL,
  route: RouteEntry,
  origin: OriginEntry,
  body: RequestInit["body"],
  requestId: string,
  timeoutMs: number,
): Promise<Attempt> {
  // Concatenated, not resolved: a path such as //evil.example must stay a path on the origin.
  const target = new URL(`${origin.url}${url.pathname}${url.search}`);
  const headers = new Headers(request.headers);
  // The origin is addressed by its own hostname; the one the client used travels in x-forwarded-host.
  headers.delete("host");
  headers.set("x-request-id", requestId);
  headers.set("x-forwarded-host", url.host);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(target, {
      method: request.method,
      headers,
      body,
      // The client follows the origin's redirects itself; the Worker must not fetch Location for it.
      redirect: "manual",
      signal: controller.signal,
    });
    if (!EDGE_UNREACHABLE.has(response.status) && response.status !== EDGE_TIMEOUT) return { kind: "response", response };
    await response.body?.cancel();
    const cause = `Cloudflare answered ${response.status} for ${target.host}`;
    if (response.status === EDGE_TIMEOUT) {
      return { kind: "timeout", error: new HttpError(504, "origin_timeout", `origin of service ${route.service} timed out`, { cause }) };
    }
    return { kind: "unreachable", error: new HttpError(502, "origin_unreachable", `origin of service ${route.service} is unreachable`, { cause }) };
  } catch (error) {
    if (controller.signal.aborted) {
      const message = `origin of service ${route.service} did not answer within ${timeoutMs} ms`;
      return { kind: "timeout", error: new HttpError(504, "origin_timeout", message, { cause: target.host }) };
    }
    const message = `origin of service ${route.service} is unreachable`;
    return { kind: "unreachable", error: new HttpError(502, "origin_unreachable", message, { cause: error }) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The request body read into memory when it is at most REPLAY_BODY_LIMIT bytes, so it can be sent to a
 * second origin. A larger one is handed on as a stream (what was read, then the rest): sent once.
 */
async function bufferBody(request: Request): Promise<{ body: RequestInit["body"]; replayable: boolean }> {
  if (request.body === null) return { body: null, replayable: true };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > REPLAY_BODY_LIMIT) {
      const rest = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
        },
        async pull(controller) {
          const next = await reader.read();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
      });
      return { body: rest, replayable: false };
    }
  }
  const buffer = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    buffer.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { body: buffer, replayable: true };
}

/**
 * Sends the request to the route's origins in attemptOrder (origins.ts), failing over to the next one
 * when an origin is unreachable (any method: the request never reached a service) and, for safe methods,
 * when the service answered 500/502/503/504 or timed out. A body larger than REPLAY_BODY_LIMIT is sent once.
 */
async function forward(request: Request, url: URL, route: RouteEntry, requestId: string, timeoutMs: number): Promise<Response> {
  const order = attemptOrder(route.origins, Math.random());
  const { body, replayable } = order.length > 1 ? await bufferBody(request) : { body: request.body, replayable: false };
  const retriable = retriableAfterService(request.method);
  for (let i = 0; ; i++) {
    const origin = order[i];
    const last = i === order.length - 1 || !replayable;
    const outcome = await attempt(request, url, route, origin, body, requestId, timeoutMs);
    const failed =
      outcome.kind === "response"
        ? retriable && SERVICE_FAILURES.has(outcome.response.status) && `service answered ${outcome.response.status}`
        : (outcome.kind === "unreachable" || retriable) && outcome.kind;
    if (last || !failed) {
      if (outcome.kind === "response") return outcome.response;
      throw outcome.error;
    }
    if (outcome.kind === "response") await outcome.response.body?.cancel();
    const next = new URL(order[i + 1].url).host;
    console.log(JSON.stringify({ requestId, failover: { service: route.service, from: new URL(origin.url).host, to: next, reason: failed } }));
  }
}

async function handle(request: Request, env: Env, settings: Settings, requestId: string, ctx: ExecutionContext): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === HEALTH_PATH) {
    if (request.method !== "GET" && request.method !== "HEAD") {
      throw new HttpError(405, "method_not_allowed", `${HEALTH_PATH} answers GET only`, {
        headers: { allow: "GET, HEAD" },
      });
    }
    return json(200, { status: "ok", environment: settings.environment, routes: settings.routes.length });
  }
  const route = matchRoute(settings.routes, url.hostname, url.pathname);
  if (route === undefined) throw new HttpError(404, "route_not_found", `no route for ${url.hostname}${url.pathname}`);

  const cacheable = requestIsCacheable(request, route.cacheTtl);
  const cacheKey = new Request(url.toString(), { method: "GET" });
  if (cacheable) {
    const cached = await caches.default.match(cacheKey);
    if (cached !== undefined) return withCacheStatus(fromStoredResponse(cached), "HIT");
  }
  const origin =
    route.binding === undefined
      ? await forward(request, url, route, requestId, settings.originTimeoutMs)
      : await viaBinding(request, env, { ...route, binding: route.binding }, requestId);
  const response = new Response(origin.body, origin);
  if (!cacheable) return withCacheStatus(response, "BYPASS");
  if (!responseIsCacheable(response)) return withCacheStatus(response, "UNCACHEABLE");
  const stored = caches.default.put(cacheKey, toStoredResponse(response.clone(), route.cacheTtl));
  ctx.waitUntil(stored.catch((error) => console.error(JSON.stringify({ requestId, error: `cache put: ${error}` }))));
  return withCacheStatus(response, "MISS");
}

function withCacheStatus(response: Response, status: string): Response {
  response.headers.set("x-edge-cache", status);
  return response;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const requestId = requestIdOf(request.headers, () => crypto.randomUUID());
    let settings: Settings;
    try {
      settings = settingsOf(env);
    } catch (error) {
      console.error(JSON.stringify({ requestId, error: `invalid Worker configuration: ${(error as Error).message}` }));
      const response = errorResponse(new HttpError(500, "internal_error", "the edge is misconfigured"), requestId);
      // Without settings the configured headers are unknown: fall back to the strictest ones.
      finishHeaders(response.headers, { csp: "default-src 'none'; frame-ancestors 'none'", hstsMaxAge: 31536000 }, requestId);
      return response;
    }
    let response: Response;
    try {
      response = await handle(request, env, settings, requestId, ctx);
    } catch (error) {
      const known = error instanceof HttpError ? error : new HttpError(500, "internal_error", "unexpected error at the edge");
      if (known.status >= 500) {
        const cause = known === error ? known.options.cause : error;
        console.error(
          JSON.stringify({
            requestId,
            status: known.status,
            error: known.message,
            cause: cause === undefined ? undefined : String(cause),
          }),
        );
      }
      response = errorResponse(known, requestId);
    }
    finishHeaders(response.headers, settings, requestId);
    return response;
  },
};
