import type pg from "pg";
import { schemaIdent } from "./db";

export interface Item {
  /** bigint in the database; a decimal string in JSON so no client loses precision. */
  readonly id: string;
  readonly name: string;
  readonly data: Record<string, unknown>;
  readonly created_at: string;
}

export interface NewItem {
  readonly name: string;
  readonly data: Record<string, unknown>;
}

export const MAX_NAME_LENGTH = 200;
const ALLOWED_FIELDS = new Set(["name", "data"]);

/** Returns the item or every problem with the body, each naming its field. */
export function validateNewItem(body: unknown): { item: NewItem } | { problems: string[] } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { problems: [`body must be a JSON object like {"name":"..."}, got ${describe(body)}`] };
  }
  const o = body as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(o)) {
    if (!ALLOWED_FIELDS.has(key)) problems.push(`unknown field ${JSON.stringify(key)}; allowed: name, data`);
  }
  const name = o.name;
  if (typeof name !== "string") {
    problems.push(`name must be a string, got ${describe(name)}`);
  } else if (name.trim().length === 0 || name.length > MAX_NAME_LENGTH) {
    problems.push(`name must be 1 to ${MAX_NAME_LENGTH} characters and not blank, got ${name.length}`);
  }
  const data = o.data ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    problems.push(`data must be a JSON object when given, got ${describe(o.data)}`);
  }
  if (problems.length > 0) return { problems };
  return { item: { name: name as string, data: data as Record<string, unknown> } };
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v;
}

interface ItemRow {
  id: string;
  name: string;
  data: Record<string, unknown>;
  created_at: Date;
}

const toItem = (r: ItemRow): Item => ({ id: r.id, name: r.name, data: r.data, created_at: r.created_at.toISOString() });

export async function listItems(pool: pg.Pool, schema: string, limit: number): Promise<Item[]> {
  const res = await pool.query<ItemRow>(`SELECT id, name, data, created_at FROM ${schemaIdent(schema)}.items ORDER BY id LIMIT $1`, [limit]);
  return res.rows.map(toItem);
}

export async function insertItem(pool: pg.Pool, schema: string, item: NewItem): Promise<Item> {
  const res = await pool.query<ItemRow>(`INSERT INTO ${schemaIdent(schema)}.items (name, data) VALUES ($1, $2::jsonb) RETURNING id, name, data, created_at`, [
    item.name,
    JSON.stringify(item.data),
  ]);
  return toItem(res.rows[0]);
}
