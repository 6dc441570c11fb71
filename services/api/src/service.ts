import type { AddressInfo } from "node:net";
import type pg from "pg";
import { createApp } from "./app";
import type { ApiConfig } from "./config";
import { createPool } from "./db";
import { createLogger, type Logger, type LogSink } from "./log";
import { migrate } from "./migrate";
import { createTelemetry, type Telemetry } from "./telemetry";

export interface ServiceOptions {
  /** Apply pending migrations before listening. @default true */
  readonly migrate?: boolean;
  /** Where JSON log lines go. @default process.stdout */
  readonly logSink?: LogSink;
}

export interface RunningService {
  /** The port actually bound (differs from config.port when that is 0). */
  readonly port: number;
  readonly logger: Logger;
  readonly pool: pg.Pool;
  readonly telemetry: Telemetry;
  /**
   * Stops accepting connections, lets in-flight requests finish (up to config.shutdownTimeoutMs, then cuts
   * the rest), closes the database pool and flushes telemetry. Safe to call more than once.
   */
  shutdown(reason: string): Promise<void>;
}

/** Wires config → pool → migrations → HTTP server; the process concerns (signals, exit codes) live in server.ts. */
export async function startService(config: ApiConfig, options: ServiceOptions = {}): Promise<RunningService> {
  const logger = createLogger({ level: config.logLevel, service: config.serviceName, sink: options.logSink });
  const telemetry = createTelemetry({ serviceName: config.serviceName, endpoint: config.otlpEndpoint, logger });
  const pool = createPool(config.database, logger, config.serviceName);

  try {
    if (options.migrate ?? true) await migrateLogged(pool, config.database.schema, logger);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }

  const app = createApp({ pool, schema: config.database.schema, logger, telemetry });
  await new Promise<void>((resolve, reject) => {
    app.server.once("error", reject);
    app.server.listen(config.port, config.host, () => {
      app.server.off("error", reject);
      resolve();
    });
  });
  const port = (app.server.address() as AddressInfo).port;
  logger.info("listening", { host: config.host, port, telemetry: telemetry.enabled });

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      logger.info("shutting down", { reason });
      app.startDraining();
      const closed = new Promise<void>((resolve) => app.server.close(() => resolve()));
      // close() only drops idle keep-alive sockets; busy ones close after their response (Connection: close).
      app.server.closeIdleConnections();
      const force = setTimeout(() => {
        logger.warn("shutdown timeout; closing remaining connections", { timeout_ms: config.shutdownTimeoutMs });
        app.server.closeAllConnections();
      }, config.shutdownTimeoutMs);
      await closed;
      clearTimeout(force);
      await pool.end();
      await telemetry.shutdown();
      logger.info("stopped", { reason });
    })();
    return stopping;
  };

  return { port, logger, pool, telemetry, shutdown };
}

/** Applies pending migrations and closes its connections: the `--migrate-only` mode. */
export async function migrateOnly(config: ApiConfig, options: Pick<ServiceOptions, "logSink"> = {}): Promise<void> {
  const logger = createLogger({ level: config.logLevel, service: config.serviceName, sink: options.logSink });
  const pool = createPool(config.database, logger, config.serviceName);
  try {
    await migrateLogged(pool, config.database.schema, logger);
  } finally {
    await pool.end();
  }
}

async function migrateLogged(pool: pg.Pool, schema: string, logger: Logger): Promise<void> {
  const { applied } = await migrate(pool, schema);
  logger.info("migrations checked", { schema, applied });
}
