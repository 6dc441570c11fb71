import { type CommandSpec, EXIT, helpText, type OptionSpec, parseCommand, usageError } from "../../scripts/cli";
import { LogQueryError, type LogSummary, type Row, withLogStore } from "./query";

const COMMAND = {
  name: "logs-query",
  usage: 'npx tsx tools/logs-query.ts --dir <path> [--since ISO] [--service NAME] [--sql "select ..."] [--json]',
  summary: `Summarises request logs that Vector shipped to R2 and you downloaded (NDJSON, optionally .gz, searched
recursively), with DuckDB. Without --sql it prints requests per service and status, p50/p95 duration_ms
per path, and the error rate (5xx share) per service.`,
  options: {
    dir: { type: "string", value: "<path>", help: "directory holding the downloaded log files (required)" },
    since: {
      type: "string",
      value: "<ISO>",
      help: "only lines at or after this time (UTC unless an offset is given),\ne.g. 2025-06-01 or 2025-06-01T12:00:00Z",
    },
    service: { type: "string", value: "<name>", help: "only lines of this service" },
    sql: {
      type: "string",
      value: "<query>",
      help: "run the query instead of the summary; views: logs, requests, raw_logs\n(logs and requests are normalised and filtered, raw_logs is every field, unfiltered)",
    },
    json: { type: "boolean", help: "print JSON instead of tables" },
  },
  exits: [
    [EXIT.FAILED, "query failure"],
    [EXIT.USAGE, "bad arguments or unreadable input (--dir)"],
  ],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

/** The help text. */
export const USAGE = `${helpText(COMMAND)}\n`;

export interface LogsIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs the CLI and returns its exit code; never calls process.exit, so tests can call it directly. */
export async function runCli(argv: readonly string[], io: LogsIo): Promise<number> {
  const lines = { out: (text: string) => io.stdout(`${text}\n`), err: (text: string) => io.stderr(`${text}\n`) };
  const parsed = parseCommand(COMMAND, argv, lines);
  if (!parsed.ok) return parsed.code;
  const values = parsed.values;
  if (values.dir === undefined || values.dir === "") return usageError(COMMAND, "--dir is required", lines).code;
  let since: Date | undefined;
  if (values.since !== undefined) {
    // A time without an offset means UTC, like the logs, not the local zone of whoever runs this.
    const parsedAsUtc = /(Z|[+-]\d\d:?\d\d)$/i.test(values.since) || !values.since.includes("T");
    since = new Date(parsedAsUtc ? values.since : `${values.since}Z`);
    if (!/^\d{4}-\d\d-\d\d/.test(values.since) || Number.isNaN(since.getTime())) {
      io.stderr(`logs-query: --since: expected an ISO date or time like 2025-06-01T12:00:00Z, got ${JSON.stringify(values.since)}\n`);
      return EXIT.USAGE;
    }
  }
  if (values.sql !== undefined && values.sql.trim() === "") {
    io.stderr("logs-query: --sql: query is empty\n");
    return EXIT.USAGE;
  }

  try {
    await withLogStore({ dir: values.dir, since, service: values.service }, async (store) => {
      if (values.sql !== undefined) {
        const rows = await store.query(values.sql);
        io.stdout(values.json ? `${JSON.stringify(rows, null, 2)}\n` : formatTable(rows));
      } else {
        const summary = await store.summary();
        io.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      }
    });
    return EXIT.OK;
  } catch (err) {
    if (err instanceof LogQueryError) {
      io.stderr(`logs-query: ${err.message}\n`);
      return EXIT.USAGE;
    }
    io.stderr(`logs-query: query failed: ${(err as Error).message}\n`);
    return EXIT.FAILED;
  }
}

export function formatSummary(s: LogSummary): string {
  const range = s.from ? `${s.from} .. ${s.to}` : "no lines";
  return [
    `${s.files} file(s), ${s.lines} line(s), ${s.requests} request(s), ${range}`,
    "",
    "requests by service and status",
    formatTable(s.statusCounts as unknown as Row[]),
    "duration_ms by path",
    formatTable(s.latencyByPath as unknown as Row[]),
    "error rate (5xx share) by service",
    formatTable(s.errorRates as unknown as Row[]),
  ].join("\n");
}

export function formatTable(rows: readonly Row[]): string {
  if (rows.length === 0) return "(no rows)\n";
  const cols = Object.keys(rows[0]);
  const cell = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
  const cells = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const numeric = cols.map((_, i) => rows.every((r) => typeof r[cols[i]] === "number" || r[cols[i]] == null));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return `${[line(cols), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
}
