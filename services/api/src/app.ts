import { randomUUID } from "node:crypto";
import http from "node:http";
import type pg from "pg";
import { insertItem, listItems, validateNewItem } from "./items";
import type { Logger } from "./log";
import { nowUnixNano, type Telemetry, traceContextFrom } from "./telemetry";

export interface AppProps {
  readonly pool: pg.Pool;
  readonly schema: string;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  /** /readyz answers 503 when `select 1` takes longer than this. @default 2000 */
  readonly readyTimeoutMs?: number;
  /** Larger request bodies get 413. @default 65536 */
  readonly maxBodyBytes?: number;
}

export interface App {
  readonly server: http.Server;
  /** From now on /readyz answers 503 and every response closes its connection, so clients move away. */
  startDraining(): void;
}

/** A request-level failure with the status and message the client should see. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: readonly string[],
  ) {
    super(message);
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

type Handler = (req: http.IncomingMessage, url: URL) => Promise<{ status: number; body: unknown }>;

export function createApp(props: AppProps): App {
  const { pool, schema, logger, telemetry } = props;
  const readyTimeoutMs = props.readyTimeoutMs ?? 2000;
  const maxBodyBytes = props.maxBodyBytes ?? 64 * 1024;
  let draining = false;

  const routes: Record<string, Record<string, Handler>> = {
    "/healthz": {
      // Liveness only: a database outage must not make systemd or the tunnel restart a healthy process.
      GET: async () => ({ status: 200, body: { status: "ok" } }),
    },
    "/readyz": {
      GET: async () => {
        if (draining) return { status: 503, body: { status: "draining" } };
        try {
          await withTimeout(pool.query("select 1"), readyTimeoutMs, "database check timed out");
          return { status: 200, body: { status: "ready" } };
        } catch (err) {
          logger.warn("readiness check failed", { err: (err as Error).message });
          return { status: 503, body: { status: "unavailable", error: "database unreachable" } };
        }
      },
    },
    "/v1/items": {
      GET: async (_req, url) => ({ status: 200, body: { items: await listItems(pool, schema, parseLimit(url)) } }),
      POST: async (req) => {
        const parsed = validateNewItem(await readJson(req, maxBodyBytes));
        if ("problems" in parsed) throw new HttpError(400, "invalid item", parsed.problems);
        return { status: 201, body: await insertItem(pool, schema, parsed.item) };
      },
    },
  };

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const startUnixNano = nowUnixNano();
    const header = req.headers["x-request-id"];
    const requestId = typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
    const traceparent = req.headers.traceparent;
    const trace = traceContextFrom(typeof traceparent === "string" ? traceparent : undefined);
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = routes[url.pathname];
    res.setHeader("x-request-id", requestId);

    res.on("close", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // 499 (client closed request, as nginx logs it) when the client left before the response was sent.
      const status = res.writableFinished ? res.statusCode : 499;
      const fields = {
        method,
        path: url.pathname,
        status,
        duration_ms: Math.round(durationMs * 1000) / 1000,
        request_id: requestId,
        trace_id: trace.traceId,
      };
      if (status >= 500) logger.error("request", fields);
      else logger.info("request", fields);
      telemetry.record({
        context: trace,
        name: route ? `${method} ${url.pathname}` : method,
        startUnixNano,
        endUnixNano: nowUnixNano(),
        attributes: {
          "http.request.method": method,
          "url.path": url.pathname,
          ...(route ? { "http.route": url.pathname } : {}),
          "http.response.status_code": status,
        },
        error: status >= 500,
      });
    });

    const respond = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (draining) res.setHeader("connection", "close");
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(body));
    };

    const run = async () => {
      if (!route) throw new HttpError(404, `no route for ${url.pathname}`);
      const handler = route[method];
      if (!handler) {
        throw new HttpError(405, `${method} not allowed on ${url.pathname}; allowed: ${Object.keys(route).join(", ")}`);
      }
      const out = await handler(req, url);
      respond(out.status, out.body);
    };

    run().catch((err: unknown) => {
      if (err instanceof HttpError) {
        const headers: Record<string, string> = err.status === 405 && route ? { allow: Object.keys(route).join(", ") } : {};
        // Unread request bodies would otherwise be parsed as the next request on a keep-alive connection.
        if (err.status === 413) res.setHeader("connection", "close");
        respond(err.status, err.details ? { error: err.message, details: err.details } : { error: err.message }, headers);
        return;
      }
      logger.error("unhandled error", { request_id: requestId, err });
      if (res.headersSent) res.destroy();
      else respond(500, { error: "internal error", request_id: requestId });
    });
  });

  return {
    server,
    startDraining() {
      draining = true;
    },
  };
}

function parseLimit(url: URL): number {
  const raw = url.searchParams.get("limit");
  if (raw === null) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_LIMIT) {
    throw new HttpError(400, `limit must be an integer from 1 to ${MAX_LIMIT}, got ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

async function readJson(req: http.IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, `content-type must be application/json, got ${JSON.stringify(type)}`);
  }
  const body = await readBody(req, maxBytes);
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new HttpError(400, `invalid JSON body: ${(err as Error).message}`);
  }
}

// Events rather than for-await: leaving a for-await loop early destroys the request and with it the socket,
// and the 413 would never reach the client.
function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off("data", onData);
      req.resume();
      reject(new HttpError(413, `request body exceeds ${maxBytes} bytes`));
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
