import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { buildApi } from "../build";
import { startPostgres, type TestPostgres } from "./support/postgres";

// The bundle the Nix package ships, run the way systemd runs it: env vars, a password file, signals.

let db: TestPostgres | undefined;
let dir: string;
let bundle: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "api-bundle-"));
  bundle = path.join(dir, "server.js");
  [db] = await Promise.all([startPostgres(), buildApi(bundle)]);
});

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});

afterAll(async () => {
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function unitEnv(schema: string): Record<string, string> {
  if (!db) throw new Error("embedded postgres did not start (see beforeAll)");
  const { DATABASE_PASSWORD, ...rest } = db.env(schema);
  const passwordFile = path.join(dir, `${schema}.password`);
  writeFileSync(passwordFile, `${DATABASE_PASSWORD}\n`, { mode: 0o600 }); // as written by a secrets tool
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "info",
    OTEL_SERVICE_NAME: "api",
    ...rest,
    DATABASE_PASSWORD_FILE: passwordFile,
  };
}

interface Run {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor(msg: string): Promise<Record<string, unknown>>;
}

function run(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, [bundle, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const lines: Record<string, unknown>[] = [];
  const waiters: { msg: string; resolve: (l: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    const parsed = JSON.parse(line) as Record<string, unknown>;
    lines.push(parsed);
    for (const w of waiters.filter((w) => w.msg === parsed.msg)) w.resolve(parsed);
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    lines,
    stderr: () => stderr,
    exit,
    waitFor: (msg) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((l) => l.msg === msg);
        if (seen) return resolve(seen);
        waiters.push({ msg, resolve });
        void exit.then((e) => reject(new Error(`exited (${JSON.stringify(e)}) before "${msg}": ${stderr}`)));
      }),
  };
}

test("the bundle migrates, serves, and exits 0 after draining on SIGTERM", async () => {
  const api = run([], unitEnv("bundle_run"));
  const listening = await api.waitFor("listening");
  const url = `http://127.0.0.1:${listening.port as number}`;

  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  expect((await fetch(`${url}/readyz`)).status).toBe(200);
  const created = await fetch(`${url}/v1/items`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "from-bundle" }),
  });
  expect(created.status).toBe(201);

  api.child.kill("SIGTERM");
  expect(await api.exit).toEqual({ code: 0, signal: null });
  expect(api.lines.map((l) => l.msg)).toEqual(["migrations checked", "listening", "request", "request", "request", "shutting down", "stopped"]);
  expect(api.lines.at(-1)).toMatchObject({ level: "info", reason: "SIGTERM", service: "api" });
  expect(api.stderr()).toBe("");
});

test("--migrate-only applies migrations and exits 0 without listening", async () => {
  const m = run(["--migrate-only"], unitEnv("bundle_migrate"));
  expect(await m.exit).toEqual({ code: 0, signal: null });
  expect(m.lines).toEqual([expect.objectContaining({ msg: "migrations checked", schema: "bundle_migrate", applied: [1] })]);
  const tables = await db!.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'bundle_migrate' ORDER BY 1`);
  expect(tables.rows.map((r) => r.table_name)).toEqual(["items", "schema_migrations"]);
});

test("bad configuration exits 78 and names every bad variable", async () => {
  const { PGHOST: _omitted, ...env } = unitEnv("bundle_badconfig");
  const bad = run([], { ...env, PGPORT: "five", LOG_LEVEL: "loud" });
  expect(await bad.exit).toEqual({ code: 78, signal: null });
  const line = JSON.parse(bad.stderr().trim()) as { msg: string; problems: string[] };
  expect(line.problems).toEqual([
    'LOG_LEVEL: must be one of debug, info, warn, error, got "loud"',
    "PGHOST: is required but not set",
    'PGPORT: must be an integer from 1 to 65535, got "five"',
  ]);
  expect(bad.lines).toEqual([]);
});

test("an unreachable database at start exits 1 with the reason", async () => {
  const env = { ...unitEnv("bundle_nodb"), PGPORT: "1" };
  const r = run([], env);
  expect(await r.exit).toEqual({ code: 1, signal: null });
  expect(JSON.parse(r.stderr().trim())).toMatchObject({ level: "error", msg: expect.stringMatching(/^startup failed: .*ECONNREFUSED/) });
});

test("unknown arguments exit 64 with usage", async () => {
  const r = run(["--serve-forever"], unitEnv("bundle_args"));
  expect(await r.exit).toEqual({ code: 64, signal: null });
  expect(r.stderr()).toMatch(/usage: server\.js/);
});
