import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { runCli } from "../../tools/logs/cli";
import { findLogFiles, LogQueryError, LogStore, withLogStore } from "../../tools/logs/query";

// Fixture: what `aws s3 sync` of the log bucket gives: one directory per day, one object per batch.
// api lines are what services/api writes (service in the line) plus Vector's envelope (timestamp, host);
// worker lines carry no service field, only the journald unit, and are gzipped as Vector's sink writes them.

let dir: string;
let emptyDir: string;

type Line = Record<string, unknown>;

const request = (service: "api", time: string, method: string, p: string, status: number, ms: number, id: string): Line => ({
  time,
  level: status >= 500 ? "error" : "info",
  msg: "request",
  service,
  method,
  path: p,
  status,
  duration_ms: ms,
  request_id: id,
  trace_id: "0af7651916cd43dd8448eb211c80319c",
  // Vector read it a little later.
  timestamp: new Date(Date.parse(time) + 150).toISOString(),
  host: "app-1",
});

const workerLine = (timestamp: string, method: string, status: number, ms: number, id: string): Line => ({
  timestamp,
  host: "app-1",
  unit: "worker.service",
  method,
  path: "/jobs",
  status,
  duration_ms: ms,
  request_id: id,
});

const apiLines: Line[] = [
  // Written before 10:00 by the service, read after 10:00 by Vector: --since must go by `time`.
  { time: "2025-06-01T09:59:59.900Z", level: "info", msg: "listening", service: "api", port: 8080, timestamp: "2025-06-01T10:00:00.100Z", host: "app-1" },
  request("api", "2025-06-01T10:00:01.000Z", "GET", "/healthz", 200, 1, "h1"),
  request("api", "2025-06-01T10:00:02.000Z", "GET", "/healthz", 200, 2, "h2"),
  request("api", "2025-06-01T10:00:03.000Z", "GET", "/healthz", 200, 3, "h3"),
  request("api", "2025-06-01T10:01:01.000Z", "GET", "/v1/items", 200, 10, "i1"),
  request("api", "2025-06-01T10:01:02.000Z", "GET", "/v1/items", 200, 20, "i2"),
  request("api", "2025-06-01T10:01:03.000Z", "GET", "/v1/items", 200, 30, "i3"),
  request("api", "2025-06-01T10:01:04.000Z", "GET", "/v1/items", 200, 40, "i4"),
  request("api", "2025-06-01T10:01:05.000Z", "POST", "/v1/items", 201, 50, "i5"),
  request("api", "2025-06-01T10:01:06.000Z", "POST", "/v1/items", 400, 60, "i6"),
  request("api", "2025-06-01T10:02:00.000Z", "GET", "/readyz", 503, 2000, "r1"),
];

const workerLines: Line[] = [
  workerLine("2025-06-01T09:00:00.000Z", "GET", 200, 1, "w0"),
  workerLine("2025-06-01T10:00:30.000Z", "POST", 202, 100, "w1"),
  workerLine("2025-06-01T10:00:40.000Z", "POST", 202, 300, "w2"),
  workerLine("2025-06-01T10:00:50.000Z", "POST", 500, 700, "w3"),
];

const ndjson = (lines: Line[]) => `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "logs-query-"));
  emptyDir = mkdtempSync(path.join(os.tmpdir(), "logs-query-empty-"));
  const day = path.join(dir, "date=2025-06-01");
  mkdirSync(day);
  // api split over two objects, as Vector batches do.
  writeFileSync(path.join(day, "1748772000-api-a.ndjson"), ndjson(apiLines.slice(0, 5)));
  writeFileSync(path.join(day, "1748772300-api-b.ndjson.gz"), gzipSync(ndjson(apiLines.slice(5))));
  writeFileSync(path.join(day, "1748772000-worker.log.gz"), gzipSync(ndjson(workerLines)));
  writeFileSync(path.join(dir, "README.txt"), "not a log file\n");
  writeFileSync(path.join(emptyDir, "notes.txt"), "nothing here\n");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(emptyDir, { recursive: true, force: true });
});

describe("summary", () => {
  test("counts requests per service and status, percentiles per path, and error rates", async () => {
    const s = await withLogStore({ dir }, (store) => store.summary());
    expect(s).toEqual({
      files: 3,
      lines: 15,
      requests: 14,
      from: "2025-06-01T09:00:00.000Z",
      to: "2025-06-01T10:02:00.000Z",
      statusCounts: [
        { service: "api", status: 200, requests: 7 },
        { service: "api", status: 201, requests: 1 },
        { service: "api", status: 400, requests: 1 },
        { service: "api", status: 503, requests: 1 },
        { service: "worker", status: 200, requests: 1 },
        { service: "worker", status: 202, requests: 2 },
        { service: "worker", status: 500, requests: 1 },
      ],
      latencyByPath: [
        { service: "api", path: "/healthz", requests: 3, p50_ms: 2, p95_ms: 2.9 },
        { service: "api", path: "/readyz", requests: 1, p50_ms: 2000, p95_ms: 2000 },
        { service: "api", path: "/v1/items", requests: 6, p50_ms: 35, p95_ms: 57.5 },
        { service: "worker", path: "/jobs", requests: 4, p50_ms: 200, p95_ms: 640 },
      ],
      errorRates: [
        { service: "api", requests: 10, server_errors: 1, client_errors: 1, error_rate: 0.1 },
        { service: "worker", requests: 4, server_errors: 1, client_errors: 0, error_rate: 0.25 },
      ],
    });
  });

  test("--since filters on the time the service wrote, not when Vector read it", async () => {
    const s = await withLogStore({ dir, since: new Date("2025-06-01T10:00:00Z") }, (store) => store.summary());
    expect(s).toMatchObject({ lines: 13, requests: 13, from: "2025-06-01T10:00:01.000Z" });
    expect(s.latencyByPath.find((p) => p.service === "worker")).toEqual({
      service: "worker",
      path: "/jobs",
      requests: 3,
      p50_ms: 300,
      p95_ms: 660,
    });
    expect(s.errorRates.find((e) => e.service === "worker")?.error_rate).toBe(0.3333);
  });

  test("--service keeps one service, including one known only by its systemd unit", async () => {
    const s = await withLogStore({ dir, service: "worker" }, (store) => store.summary());
    expect(s.statusCounts.map((c) => c.service)).toEqual(["worker", "worker", "worker"]);
    expect(s).toMatchObject({ lines: 4, requests: 4 });
  });

  test("an empty selection summarises to zeros, not an error", async () => {
    const s = await withLogStore({ dir, service: "nobody" }, (store) => store.summary());
    expect(s).toEqual({
      files: 3,
      lines: 0,
      requests: 0,
      from: undefined,
      to: undefined,
      statusCounts: [],
      latencyByPath: [],
      errorRates: [],
    });
  });
});

test("runCli reads a --since without an offset as UTC", async () => {
  const out: string[] = [];
  const code = await runCli(["--dir", dir, "--since", "2025-06-01T10:00:00", "--json"], {
    stdout: (t) => out.push(t),
    stderr: () => {},
  });
  expect(code).toBe(0);
  expect(JSON.parse(out.join(""))).toMatchObject({ lines: 13, from: "2025-06-01T10:00:01.000Z" });
});

describe("custom SQL", () => {
  test("runs over the normalised, filtered views", async () => {
    const rows = await withLogStore({ dir, since: new Date("2025-06-01T10:00:00Z") }, (store) =>
      store.query("select service, request_id, status from requests where status >= 400 order by request_id"),
    );
    expect(rows).toEqual([
      { service: "api", request_id: "i6", status: 400 },
      { service: "api", request_id: "r1", status: 503 },
      { service: "worker", request_id: "w3", status: 500 },
    ]);
  });

  test("raw_logs keeps every field of every line", async () => {
    const rows = await withLogStore({ dir }, (store) =>
      store.query("select count(*)::int as n, count(trace_id)::int as traced, count(unit)::int as units from raw_logs"),
    );
    expect(rows).toEqual([{ n: 15, traced: 10, units: 4 }]);
  });
});

describe("bad input", () => {
  test("a missing directory is a LogQueryError naming --dir", () => {
    expect(() => findLogFiles(path.join(dir, "absent"))).toThrow(LogQueryError);
    expect(() => findLogFiles(path.join(dir, "absent"))).toThrow(/^--dir: ".*absent" does not exist$/);
  });

  test("a directory without log files is refused with what was looked for", async () => {
    await expect(LogStore.open({ dir: emptyDir })).rejects.toThrow(/--dir: no log files in .*\*\.ndjson/);
  });

  test.each([
    [["--dir"], /--dir/],
    [[], /--dir is required/],
    [["--dir", "x", "--since", "yesterday"], /--since: expected an ISO date/],
    [["--dir", "x", "--frobnicate"], /Unknown option '--frobnicate'/],
    [["--dir", "x", "extra"], /Unexpected argument 'extra'/],
    [["--dir", "x", "--sql", " "], /--sql: query is empty/],
  ])("runCli %j exits 2 with a message", async (argv, message) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    expect(code).toBe(2);
    expect(err.join("")).toMatch(message);
    expect(out).toEqual([]);
  });

  test("invalid SQL exits 1 with DuckDB's message", async () => {
    const err: string[] = [];
    const code = await runCli(["--dir", dir, "--sql", "select nope from requests"], { stdout: () => {}, stderr: (t) => err.push(t) });
    expect(code).toBe(1);
    expect(err.join("")).toMatch(/^logs-query: query failed: Binder Error: .*"nope"/);
  });
});

describe("the CLI process", () => {
  const run = promisify(execFile);
  const cli = (args: string[]) =>
    run(process.execPath, ["--import", "tsx", path.join(__dirname, "../../tools/logs-query.ts"), ...args], {
      cwd: path.join(__dirname, "../.."),
    });

  test("prints the summary as JSON and exits 0", async () => {
    const { stdout } = await cli(["--dir", dir, "--service", "api", "--json"]);
    const s = JSON.parse(stdout);
    expect(s.errorRates).toEqual([{ service: "api", requests: 10, server_errors: 1, client_errors: 1, error_rate: 0.1 }]);
  });

  test("exits non-zero with a clear message when the directory is missing", async () => {
    await expect(cli(["--dir", path.join(dir, "absent")])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^logs-query: --dir: ".*absent" does not exist\n$/),
    });
  });

  test("--help prints usage and exits 0", async () => {
    const { stdout } = await cli(["--help"]);
    expect(stdout).toMatch(/^usage: npx tsx tools\/logs-query\.ts --dir/);
  });
});
