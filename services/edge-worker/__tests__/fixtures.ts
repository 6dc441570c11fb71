// Shared by the edge Worker tests: a configuration with several routes, and a local origin server.
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { Config, Route } from "../../../schema/config.types";
import { loadConfig } from "../../../schema/load";

export const ENV = "staging";

/**
 * The default configuration with staging given three services and routes exercising host match, longest
 * prefix, a cached route and a wildcard host.
 */
export function routedConfig(): Config {
  const config = loadConfig();
  const staging = config.environments[ENV];
  const api = staging.services[0];
  // Each reached at its own hostname (publish "tunnel"): the failover tests cover the Worker's spread.
  staging.services = [
    { ...api, name: "api", hostname: "api-staging.example.com", publish: "tunnel" },
    { ...api, name: "api-v2", hostname: "api-v2-staging.example.com", publish: "tunnel" },
    { ...api, name: "assets", hostname: "assets-staging.example.com", publish: "tunnel" },
  ];
  const routes: [Route, ...Route[]] = [
    { pattern: "api-staging.example.com/*", service: "api", cacheTtl: 0 },
    { pattern: "api-staging.example.com/v2/*", service: "api-v2", cacheTtl: 0 },
    { pattern: "assets-staging.example.com/*", service: "assets", cacheTtl: 60 },
    { pattern: "*.preview-staging.example.com/*", service: "assets", cacheTtl: 0 },
  ];
  staging.edge.worker = { ...staging.edge.worker, csp: "default-src 'self'; img-src https:", hstsMaxAge: 600, routes };
  return config;
}

/** One request the origin received. */
export interface OriginHit {
  readonly host: string;
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface Origin {
  readonly port: number;
  readonly hits: OriginHit[];
  /** How many requests for `url` (path and query) reached the origin. */
  count(url: string): number;
  close(): Promise<void>;
}

/** How long /slow makes the client wait: longer than the ORIGIN_TIMEOUT_MS the tests give the Worker. */
export const SLOW_MS = 2_000;

/**
 * An origin on 127.0.0.1 standing in for every service's tunnel. It echoes each request as JSON and
 * behaves differently on a few paths: /slow, .../set-cookie, .../private, /status/<code> (3xx
 * with a Location elsewhere).
 */
export async function startOrigin(): Promise<Origin> {
  const hits: OriginHit[] = [];
  const pending = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const hit = {
        host: req.headers.host ?? "",
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      hits.push(hit);
      const path = hit.url.split("?")[0];
      res.setHeader("server", "nginx/1.27");
      res.setHeader("x-powered-by", "Express");
      res.setHeader("content-type", "application/json");
      if (path === "/slow") {
        const timer = setTimeout(() => {
          pending.delete(timer);
          res.end("{}");
        }, SLOW_MS);
        pending.add(timer);
        return;
      }
      if (path.endsWith("/set-cookie")) res.setHeader("set-cookie", "session=abc; Secure; HttpOnly");
      if (path.endsWith("/private")) res.setHeader("cache-control", "private, max-age=60");
      const status = /^\/status\/(\d{3})$/.exec(path);
      res.statusCode = status ? Number(status[1]) : 200;
      if (res.statusCode >= 300 && res.statusCode < 400) res.setHeader("location", "https://elsewhere.example.net/landing");
      res.end(JSON.stringify({ ...hit, served: hits.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    count: (url) => hits.filter((hit) => hit.url === url).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: bound once by the OS, then released. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
