import type { Config } from "../../schema/config.types";
import { routesBinding } from "./routes";

/** The plain-text bindings of the edge Worker, as wrangler.toml's vars and the worker script resource carry them. */
export interface WorkerBindings {
  /** JSON routing table (routes.ts). */
  readonly ROUTES: string;
  /** Content-Security-Policy header value (`edge.worker.csp`). */
  readonly CSP: string;
  /** max-age of Strict-Transport-Security, in seconds, as text (`edge.worker.hstsMaxAge`). */
  readonly HSTS_MAX_AGE: string;
  /** Environment name, reported by GET /__edge/health. */
  readonly ENVIRONMENT: string;
  /** How long to wait for an origin's response headers, in milliseconds, as text (`edge.worker.originTimeoutMs`). */
  readonly ORIGIN_TIMEOUT_MS: string;
}

/** The bindings of environment `env`'s Worker; throws a ConfigError when a route names an unknown service. */
export function workerBindings(config: Config, env: string): WorkerBindings {
  const routes = routesBinding(config, env);
  const worker = config.environments[env].edge.worker;
  return {
    ROUTES: routes,
    CSP: worker.csp,
    HSTS_MAX_AGE: String(worker.hstsMaxAge),
    ENVIRONMENT: env,
    ORIGIN_TIMEOUT_MS: String(worker.originTimeoutMs),
  };
}
