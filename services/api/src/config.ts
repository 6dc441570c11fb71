import { readFileSync } from "node:fs";

/** Log levels in increasing severity; a logger drops lines below its configured level. */
export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** PGSSLMODE values the service understands (a subset of libpq's). */
export const SSL_MODES = ["disable", "require", "verify-full"] as const;
export type SslMode = (typeof SSL_MODES)[number];

/** Same rule as `database.schema` in schema/service.cue, so a schema CUE accepts is one the service accepts. */
const SCHEMA_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

export interface DatabaseConfig {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  /** Undefined when neither DATABASE_PASSWORD nor DATABASE_PASSWORD_FILE is set (peer or trust auth). */
  readonly password?: string;
  /** The service's own schema: every table it touches lives here. */
  readonly schema: string;
  readonly sslMode: SslMode;
  readonly poolMax: number;
}

export interface ApiConfig {
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly serviceName: string;
  /** OTLP/HTTP base URL (e.g. http://127.0.0.1:4318); telemetry export is off when undefined. */
  readonly otlpEndpoint?: string;
  /** How long a SIGTERM waits for in-flight requests before cutting connections. */
  readonly shutdownTimeoutMs: number;
  readonly database: DatabaseConfig;
}

/** Thrown by loadConfig with every problem found, one per line, each naming its environment variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the service configuration from environment variables (as set by the NixOS module) and validates
 * all of it before returning, so a bad deployment fails at start with one message listing every problem.
 */
export function loadConfig(env: Env): ApiConfig {
  const problems: string[] = [];
  const p = new Parser(env, problems);

  const host = p.string("HOST", "127.0.0.1");
  const port = p.int("PORT", 8080, 0, 65535);
  const logLevel = p.oneOf("LOG_LEVEL", LOG_LEVELS, "info");
  const serviceName = p.string("OTEL_SERVICE_NAME", "api");
  const otlpEndpoint = p.url("OTEL_EXPORTER_OTLP_ENDPOINT");
  const shutdownTimeoutMs = p.int("SHUTDOWN_TIMEOUT_MS", 10_000, 0, 300_000);

  const dbHost = p.required("PGHOST");
  const dbPort = p.int("PGPORT", 5432, 1, 65535);
  const database = p.required("PGDATABASE");
  const user = p.required("PGUSER");
  const schema = p.required("DATABASE_SCHEMA");
  if (schema !== "" && !SCHEMA_PATTERN.test(schema)) {
    problems.push(`DATABASE_SCHEMA: must match ${SCHEMA_PATTERN} (lowercase, like database.schema in service.cue), got ${JSON.stringify(schema)}`);
  }
  const sslMode = p.oneOf("PGSSLMODE", SSL_MODES, "disable");
  const poolMax = p.int("DATABASE_POOL_MAX", 10, 1, 1000);
  const password = readPassword(env, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    host,
    port,
    logLevel,
    serviceName,
    otlpEndpoint,
    shutdownTimeoutMs,
    database: { host: dbHost, port: dbPort, database, user, password, schema, sslMode, poolMax },
  };
}

// The secret arrives out of band: systemd's LoadCredential or a file outside the Nix store is preferred,
// a plain variable is accepted for local runs. Both at once is ambiguous, so it is refused.
function readPassword(env: Env, problems: string[]): string | undefined {
  const direct = env.DATABASE_PASSWORD;
  const file = env.DATABASE_PASSWORD_FILE;
  if (direct !== undefined && file !== undefined) {
    problems.push("DATABASE_PASSWORD and DATABASE_PASSWORD_FILE are both set; set only one (prefer the _FILE form)");
    return undefined;
  }
  if (file === undefined) return direct;
  if (file === "") {
    problems.push("DATABASE_PASSWORD_FILE: is set but empty; give the path of the file holding the password");
    return undefined;
  }
  try {
    // A trailing newline is an artefact of how the file was written, never part of the password.
    return readFileSync(file, "utf8").replace(/\r?\n$/, "");
  } catch (err) {
    problems.push(`DATABASE_PASSWORD_FILE: cannot read ${JSON.stringify(file)}: ${(err as Error).message}`);
    return undefined;
  }
}

class Parser {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  string(name: string, fallback: string): string {
    const v = this.env[name];
    return v === undefined || v === "" ? fallback : v;
  }

  required(name: string): string {
    const v = this.env[name];
    if (v === undefined || v === "") {
      this.problems.push(`${name}: is required but not set`);
      return "";
    }
    return v;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const v = this.env[name];
    if (v === undefined || v === "") return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      this.problems.push(`${name}: must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
      return fallback;
    }
    return Number(v);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const v = this.env[name];
    if (v === undefined || v === "") return fallback;
    if (!(allowed as readonly string[]).includes(v)) {
      this.problems.push(`${name}: must be one of ${allowed.join(", ")}, got ${JSON.stringify(v)}`);
      return fallback;
    }
    return v as T;
  }

  url(name: string): string | undefined {
    const v = this.env[name];
    if (v === undefined || v === "") return undefined;
    let parsed: URL;
    try {
      parsed = new URL(v);
    } catch {
      this.problems.push(`${name}: must be an http(s) URL such as http://127.0.0.1:4318, got ${JSON.stringify(v)}`);
      return undefined;
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      this.problems.push(`${name}: must use http or https (OTLP/HTTP), got ${JSON.stringify(v)}`);
      return undefined;
    }
    return v.replace(/\/+$/, "");
  }
}
