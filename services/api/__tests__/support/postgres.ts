import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";

/** A running throwaway PostgreSQL cluster on 127.0.0.1 (see embedded-pg.mjs for how and why). */
export interface TestPostgres {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** Environment a NixOS unit would give the service for `schema` (in the default "postgres" database). */
  env(schema: string): Record<string, string>;
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /** Stops the cluster and deletes its data directory; safe to call more than once. */
  stop(): Promise<void>;
}

interface ChildReply {
  port?: number;
  user?: string;
  password?: string;
  dataDir?: string;
  pid?: number;
  error?: string;
}

const SCRIPT = path.join(__dirname, "embedded-pg.mjs");

export async function startPostgres(): Promise<TestPostgres> {
  const child = spawn(process.execPath, [SCRIPT], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const reply = await firstLine(child, 60_000).catch((err: Error) => {
    child.kill("SIGKILL");
    throw new Error(`${err.message}\n${stderr}`);
  });
  if (reply.error !== undefined || reply.port === undefined) {
    throw new Error(`embedded postgres failed to start: ${reply.error ?? JSON.stringify(reply)}\n${stderr}`);
  }
  const info = { host: "127.0.0.1", port: reply.port, user: reply.user!, password: reply.password! };
  const admin = new pg.Pool({ ...info, database: "postgres", max: 2 });
  admin.on("error", () => undefined); // the cluster going away under an idle client is expected in some tests

  let stopped: Promise<void> | undefined;
  return {
    ...info,
    env: (schema) => ({
      PGHOST: info.host,
      PGPORT: String(info.port),
      PGDATABASE: "postgres",
      PGUSER: info.user,
      DATABASE_PASSWORD: info.password,
      DATABASE_SCHEMA: schema,
    }),
    query: (sql, params) => admin.query(sql, params),
    stop: () =>
      (stopped ??= (async () => {
        await admin.end().catch(() => undefined);
        await stopChild(child, reply);
      })()),
  };
}

function firstLine(child: ChildProcess, timeoutMs: number): Promise<ChildReply> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`embedded postgres not ready after ${timeoutMs} ms`)), timeoutMs);
    rl.once("line", (line) => {
      clearTimeout(timer);
      rl.close();
      try {
        resolve(JSON.parse(line) as ChildReply);
      } catch {
        reject(new Error(`unexpected output from embedded-pg.mjs: ${line}`));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded-pg.mjs exited with ${code} before reporting`));
    });
  });
}

async function stopChild(child: ChildProcess, reply: ChildReply): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.stdin!.end();
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 15_000).unref())]);
  if (!timedOut) return;
  // Last resort: the helper hung, so stop postgres itself (SIGQUIT = immediate shutdown) and the helper.
  try {
    const pid = Number(readFileSync(path.join(reply.dataDir!, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGQUIT");
  } catch {
    /* already gone */
  }
  child.kill("SIGKILL");
  await exited;
}
