import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig } from "../src/config";

const minimal = { PGHOST: "db-1", PGDATABASE: "app", PGUSER: "api", DATABASE_SCHEMA: "api" };

function problems(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "api-config-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("defaults are localhost-only and match service.cue", () => {
  expect(loadConfig(minimal)).toEqual({
    host: "127.0.0.1",
    port: 8080,
    logLevel: "info",
    serviceName: "api",
    otlpEndpoint: undefined,
    shutdownTimeoutMs: 10000,
    database: {
      host: "db-1",
      port: 5432,
      database: "app",
      user: "api",
      password: undefined,
      schema: "api",
      sslMode: "disable",
      poolMax: 10,
    },
  });
});

test("reads every variable the NixOS unit sets", () => {
  const c = loadConfig({
    ...minimal,
    HOST: "127.0.0.1",
    PORT: "9000",
    LOG_LEVEL: "warn",
    OTEL_SERVICE_NAME: "api-staging",
    OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318/",
    PGPORT: "6432",
    PGSSLMODE: "verify-full",
    DATABASE_POOL_MAX: "4",
    DATABASE_PASSWORD: "s3cret",
    SHUTDOWN_TIMEOUT_MS: "2500",
  });
  expect(c).toMatchObject({ port: 9000, logLevel: "warn", serviceName: "api-staging", shutdownTimeoutMs: 2500 });
  expect(c.otlpEndpoint).toBe("http://127.0.0.1:4318");
  expect(c.database).toMatchObject({ port: 6432, sslMode: "verify-full", poolMax: 4, password: "s3cret" });
});

test("fails listing every missing required variable by name", () => {
  expect(problems({})).toEqual([
    "PGHOST: is required but not set",
    "PGDATABASE: is required but not set",
    "PGUSER: is required but not set",
    "DATABASE_SCHEMA: is required but not set",
  ]);
});

test("fails naming the variable and showing the bad value", () => {
  const p = problems({
    ...minimal,
    PORT: "80a",
    PGPORT: "70000",
    LOG_LEVEL: "verbose",
    PGSSLMODE: "prefer",
    OTEL_EXPORTER_OTLP_ENDPOINT: "grpc://collector:4317",
    DATABASE_SCHEMA: "Api-Schema",
  });
  expect(p).toEqual([
    'PORT: must be an integer from 0 to 65535, got "80a"',
    'LOG_LEVEL: must be one of debug, info, warn, error, got "verbose"',
    'OTEL_EXPORTER_OTLP_ENDPOINT: must use http or https (OTLP/HTTP), got "grpc://collector:4317"',
    'PGPORT: must be an integer from 1 to 65535, got "70000"',
    expect.stringMatching(/^DATABASE_SCHEMA: must match .* got "Api-Schema"$/),
    'PGSSLMODE: must be one of disable, require, verify-full, got "prefer"',
  ]);
});

test("the error message names the variables too", () => {
  expect(() => loadConfig({ ...minimal, PGHOST: "" })).toThrow(/PGHOST: is required/);
});

test("reads the password from DATABASE_PASSWORD_FILE without its trailing newline", () => {
  const file = path.join(dir, "pw");
  writeFileSync(file, "from-file\n");
  expect(loadConfig({ ...minimal, DATABASE_PASSWORD_FILE: file }).database.password).toBe("from-file");
});

test("fails when DATABASE_PASSWORD_FILE cannot be read", () => {
  const missing = path.join(dir, "absent");
  expect(problems({ ...minimal, DATABASE_PASSWORD_FILE: missing })).toEqual([
    expect.stringMatching(new RegExp(`^DATABASE_PASSWORD_FILE: cannot read "${missing}": ENOENT`)),
  ]);
});

test("fails when both DATABASE_PASSWORD and DATABASE_PASSWORD_FILE are set", () => {
  expect(problems({ ...minimal, DATABASE_PASSWORD: "a", DATABASE_PASSWORD_FILE: "/run/x" })).toEqual([
    "DATABASE_PASSWORD and DATABASE_PASSWORD_FILE are both set; set only one (prefer the _FILE form)",
  ]);
});
