import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

// Offline queries over the logs Vector ships to R2 (NDJSON, usually gzipped), downloaded to a directory.
// Each line is one service log line (time, level, msg, service, method, path, status, duration_ms,
// request_id, ... as services/api/src/log.ts writes them), plus the envelope Vector adds (timestamp, host,
// and unit or _SYSTEMD_UNIT when the line came from journald).
//
// Two views are defined for the built-in summaries and for --sql:
//   logs      every line, normalised: ts, service, host, level, msg, method, path, status, duration_ms,
//             request_id, after the --since/--service filters
//   requests  the lines of logs that describe an HTTP request (method and status present)
//   raw_logs  the files as DuckDB reads them, every field, no filters

/** File names Vector's aws_s3 sink produces (extension chosen by its config) and common NDJSON names. */
const LOG_FILE = /\.(ndjson|jsonl|json|log)(\.gz)?$/;

/** A problem with the user's input (directory, filter), reported without a stack trace. */
export class LogQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LogQueryError";
  }
}

export interface LogQueryOptions {
  /** Directory holding the downloaded files; searched recursively (R2 keys become subdirectories). */
  readonly dir: string;
  /** Only lines at or after this instant. @default no lower bound */
  readonly since?: Date;
  /** Only lines of this service. @default every service */
  readonly service?: string;
}

export interface StatusCount {
  readonly service: string;
  readonly status: number;
  readonly requests: number;
}

export interface PathLatency {
  readonly service: string;
  readonly path: string;
  readonly requests: number;
  /** Percentiles of duration_ms, linearly interpolated (quantile_cont), rounded to 3 decimals. */
  readonly p50_ms: number;
  readonly p95_ms: number;
}

export interface ErrorRate {
  readonly service: string;
  readonly requests: number;
  /** Responses with status 500-599: the service's failures. */
  readonly server_errors: number;
  /** Responses with status 400-499: reported separately, they are usually the caller's fault. */
  readonly client_errors: number;
  /** server_errors / requests, rounded to 4 decimals. */
  readonly error_rate: number;
}

export interface LogSummary {
  readonly files: number;
  /** Lines after the filters, requests or not. */
  readonly lines: number;
  readonly requests: number;
  /** ISO times of the first and last line after the filters; undefined when there are none. */
  readonly from?: string;
  readonly to?: string;
  readonly statusCounts: readonly StatusCount[];
  readonly latencyByPath: readonly PathLatency[];
  readonly errorRates: readonly ErrorRate[];
}

export type Row = Record<string, unknown>;

/** Every log file under dir, sorted; throws LogQueryError when dir is missing or holds none. */
export function findLogFiles(dir: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new LogQueryError(`--dir: ${JSON.stringify(dir)} does not exist`);
  }
  if (!isDir) throw new LogQueryError(`--dir: ${JSON.stringify(dir)} is not a directory`);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && LOG_FILE.test(e.name))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
  if (files.length === 0) {
    throw new LogQueryError(`--dir: no log files in ${JSON.stringify(dir)} (looked for *.ndjson, *.jsonl, *.json, *.log, optionally .gz)`);
  }
  return files;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A DuckDB session over one directory of logs. Close it when done. */
export class LogStore {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    readonly files: readonly string[],
  ) {}

  static async open(options: LogQueryOptions): Promise<LogStore> {
    const files = findLogFiles(options.dir);
    if (options.since && Number.isNaN(options.since.getTime())) throw new LogQueryError("--since: invalid date");
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    const store = new LogStore(instance, conn, files);
    try {
      await store.defineViews(options);
    } catch (err) {
      store.close();
      throw err;
    }
    return store;
  }

  private async defineViews(options: LogQueryOptions): Promise<void> {
    // Timestamps without an offset are read as UTC whatever the local zone of the machine running this.
    await this.conn.run("SET TimeZone = 'UTC'");
    const list = `[${this.files.map(sqlString).join(", ")}]`;
    await this.conn.run(`CREATE VIEW raw_logs AS SELECT * FROM read_ndjson(${list}, union_by_name = true, sample_size = -1)`);
    const described = await this.conn.runAndReadAll("DESCRIBE raw_logs");
    const columns = new Set(described.getRowObjectsJson().map((r) => String(r.column_name)));
    const col = (name: string) => (columns.has(name) ? ident(name) : "NULL");
    const text = (name: string) => `try_cast(${col(name)} AS VARCHAR)`;
    const unit = (name: string) => `regexp_replace(${text(name)}, '\\.service$', '')`;

    const filters: string[] = [];
    if (options.since) filters.push(`ts >= TIMESTAMPTZ ${sqlString(options.since.toISOString())}`);
    if (options.service !== undefined) filters.push(`service = ${sqlString(options.service)}`);

    // time is when the service wrote the line; timestamp is when Vector read it: prefer the first.
    await this.conn.run(`CREATE VIEW logs AS SELECT * FROM (
      SELECT
        coalesce(try_cast(${col("time")} AS TIMESTAMPTZ), try_cast(${col("timestamp")} AS TIMESTAMPTZ)) AS ts,
        coalesce(${text("service")}, ${unit("unit")}, ${unit("_SYSTEMD_UNIT")}, '(unknown)') AS service,
        ${text("host")} AS host,
        ${text("level")} AS level,
        coalesce(${text("msg")}, ${text("message")}) AS msg,
        ${text("method")} AS method,
        ${text("path")} AS path,
        try_cast(${col("status")} AS INTEGER) AS status,
        try_cast(${col("duration_ms")} AS DOUBLE) AS duration_ms,
        ${text("request_id")} AS request_id
      FROM raw_logs
    ) ${filters.length > 0 ? `WHERE ${filters.join(" AND ")}` : ""}`);
    await this.conn.run(`CREATE VIEW requests AS SELECT * FROM logs WHERE method IS NOT NULL AND status IS NOT NULL`);
  }

  /** Runs any SQL over the views; values come back as JSON-friendly JS (big integers as strings). */
  async query(sql: string): Promise<Row[]> {
    const reader = await this.conn.runAndReadAll(sql);
    return reader.getRowObjectsJson() as Row[];
  }

  async summary(): Promise<LogSummary> {
    const [overview] = await this.query(`SELECT
        count(*)::INTEGER AS lines,
        (count(*) FILTER (WHERE method IS NOT NULL AND status IS NOT NULL))::INTEGER AS requests,
        strftime(min(ts), '%Y-%m-%dT%H:%M:%S.%gZ') AS "from",
        strftime(max(ts), '%Y-%m-%dT%H:%M:%S.%gZ') AS "to"
      FROM logs`);
    const statusCounts = await this.query(`SELECT service, status, count(*)::INTEGER AS requests
      FROM requests GROUP BY service, status ORDER BY service, status`);
    const latencyByPath = await this.query(`SELECT service, path, count(*)::INTEGER AS requests,
        round(quantile_cont(duration_ms, 0.5), 3) AS p50_ms,
        round(quantile_cont(duration_ms, 0.95), 3) AS p95_ms
      FROM requests GROUP BY service, path ORDER BY service, path`);
    const errorRates = await this.query(`SELECT service, count(*)::INTEGER AS requests,
        (count(*) FILTER (WHERE status BETWEEN 500 AND 599))::INTEGER AS server_errors,
        (count(*) FILTER (WHERE status BETWEEN 400 AND 499))::INTEGER AS client_errors,
        round(count(*) FILTER (WHERE status BETWEEN 500 AND 599) / count(*), 4) AS error_rate
      FROM requests GROUP BY service ORDER BY service`);
    return {
      files: this.files.length,
      lines: overview.lines as number,
      requests: overview.requests as number,
      from: (overview.from as string | null) ?? undefined,
      to: (overview.to as string | null) ?? undefined,
      statusCounts: statusCounts as unknown as StatusCount[],
      latencyByPath: latencyByPath as unknown as PathLatency[],
      errorRates: errorRates as unknown as ErrorRate[],
    };
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

/** Opens, runs `fn`, always closes. */
export async function withLogStore<T>(options: LogQueryOptions, fn: (store: LogStore) => Promise<T>): Promise<T> {
  const store = await LogStore.open(options);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
