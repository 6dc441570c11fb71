import { ConfigError, loadConfig } from "./config";
import { migrateOnly, startService } from "./service";

// The process entry point (bundled to dist/server.js). Exit codes: 0 clean stop, 1 runtime failure,
// 64 bad arguments, 78 bad configuration (EX_CONFIG; a unit can list it in RestartPreventExitStatus).
export const EXIT_USAGE = 64;
export const EXIT_CONFIG = 78;

const USAGE = `usage: server.js [--migrate-only | --no-migrate]

  (no flag)       apply pending migrations to DATABASE_SCHEMA, then serve HTTP on HOST:PORT
  --migrate-only  apply pending migrations and exit (e.g. as ExecStartPre)
  --no-migrate    serve without touching the schema (migrations run elsewhere)

Configuration is read from the environment: HOST, PORT, LOG_LEVEL, OTEL_SERVICE_NAME,
OTEL_EXPORTER_OTLP_ENDPOINT, SHUTDOWN_TIMEOUT_MS, PGHOST, PGPORT, PGDATABASE, PGUSER, PGSSLMODE,
DATABASE_SCHEMA, DATABASE_POOL_MAX, and DATABASE_PASSWORD or DATABASE_PASSWORD_FILE.
`;

function fatal(msg: string, fields: Record<string, unknown>, code: number): never {
  // Same line shape as the logger, so the failure reaches R2 alongside everything else.
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: "error", msg, ...fields })}\n`);
  process.exit(code);
}

async function main(argv: readonly string[]): Promise<void> {
  const known = new Set(["--migrate-only", "--no-migrate", "--help", "-h"]);
  const unknown = argv.filter((a) => !known.has(a));
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(USAGE);
    return;
  }
  if (unknown.length > 0 || (argv.includes("--migrate-only") && argv.includes("--no-migrate"))) {
    process.stderr.write(`unknown or conflicting arguments: ${argv.join(" ")}\n\n${USAGE}`);
    process.exit(EXIT_USAGE);
  }

  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      fatal(`invalid configuration: ${err.problems.join("; ")}`, { problems: err.problems }, EXIT_CONFIG);
    }
    throw err;
  }

  if (argv.includes("--migrate-only")) {
    await migrateOnly(config);
    return;
  }

  const svc = await startService(config, { migrate: !argv.includes("--no-migrate") });
  const stop = (signal: NodeJS.Signals) => {
    svc.shutdown(signal).then(
      () => process.exit(0),
      (err: unknown) => {
        svc.logger.error("shutdown failed", { err });
        process.exit(1);
      },
    );
  };
  // once: a second SIGTERM/SIGINT falls through to the default handler and kills the process at once.
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const e = err instanceof Error ? err : new Error(String(err));
  fatal(`startup failed: ${e.message}`, { err: { name: e.name, message: e.message, stack: e.stack } }, 1);
});
