import type pg from "pg";
import { schemaIdent } from "./db";

interface Migration {
  readonly version: number;
  readonly name: string;
  /** Receives the quoted schema identifier. */
  readonly sql: (schema: string) => string;
}

/** Append only: a released migration is never edited, a change is a new version. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "create items",
    sql: (s) => `CREATE TABLE IF NOT EXISTS ${s}.items (
      id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name       text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
      data       jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
  },
];

export interface MigrationResult {
  /** Versions applied by this run; empty when the schema was already current. */
  readonly applied: readonly number[];
}

/**
 * Brings `schema` up to date: creates it if missing, then applies pending migrations in one transaction.
 * Safe to run on every start and from several instances at once (a per-schema advisory lock serialises
 * them), and a no-op when nothing is pending.
 */
export async function migrate(pool: pg.Pool, schema: string): Promise<MigrationResult> {
  const s = schemaIdent(schema);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`migrate:${schema}`]);
    // CREATE SCHEMA IF NOT EXISTS checks the database-level CREATE privilege before it checks existence, so
    // a role given a pre-made schema (and no CREATE on the database) would fail; only create what is missing.
    const exists = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${s}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = await client.query<{ version: number }>(`SELECT version FROM ${s}.schema_migrations`);
    const have = new Set(done.rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (have.has(m.version)) continue;
      await client.query(m.sql(s));
      await client.query(`INSERT INTO ${s}.schema_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query("COMMIT");
    return { applied };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
