import pg from "pg";
import type { DatabaseConfig } from "./config";
import type { Logger } from "./log";

/** The schema name as a quoted SQL identifier; config already restricts it, quoting keeps SQL safe regardless. */
export function schemaIdent(schema: string): string {
  return pg.escapeIdentifier(schema);
}

/**
 * A pool whose every connection starts with search_path set to the service's schema (sent in the startup
 * packet, so there is no window where a fresh connection runs with the default path). Queries in this
 * service still qualify table names; the search_path protects ad hoc and future queries.
 */
export function createPool(db: DatabaseConfig, logger: Logger, applicationName: string): pg.Pool {
  const pool = new pg.Pool({
    host: db.host,
    port: db.port,
    database: db.database,
    user: db.user,
    password: db.password,
    max: db.poolMax,
    application_name: applicationName,
    options: `-c search_path=${schemaIdent(db.schema)}`,
    ssl: db.sslMode === "disable" ? false : { rejectUnauthorized: db.sslMode === "verify-full" },
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
  });
  // Without this listener an idle connection dropped by the server (restart, failover) crashes the process.
  pool.on("error", (err) => logger.warn("idle database connection failed", { err: err.message }));
  return pool;
}
