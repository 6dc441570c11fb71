-- forge-api's D1 schema. Applied by `wrangler d1 migrations apply DB --env <name>` (wrangler.toml's
-- migrations_dir) and, in the tests, statement by statement on miniflare's local D1.
CREATE TABLE notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- What the queue consumer received: one row per message, keyed by the queue's message id so that a
-- redelivered message (queues deliver at least once) is stored once.
CREATE TABLE events (
  message_id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  note_id INTEGER,
  occurred_at TEXT NOT NULL,
  received_at TEXT NOT NULL
);

CREATE INDEX events_note_id ON events (note_id);
