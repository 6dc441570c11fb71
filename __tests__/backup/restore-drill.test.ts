// The restore drill: what docs/restore.md tells a human to do, done for real on every `npm test`. A real
// PostgreSQL server archives its WAL with a real pgBackRest to a local S3-compatible server (moto) on
// 127.0.0.1, encrypted as in production; the test takes a full backup, writes more rows, destroys the
// data directory, then restores twice into new directories, the latest state and a point in time between
// the two writes, and checks exactly which rows each brings back.
//
// Tools: scripts/bootstrap-pgbackrest.sh (cached) and moto_server on PATH; when either is missing the
// drill fails saying how to get it, it never passes without having run.
import * as path from "path";
import { DrillHost, drillTools, FETCH_TIMEOUT_MS, LocalS3, type Cluster, type DrillTools } from "./drill";

const BUCKET = "acme-production-pg-backups";
const STANZA = "production";
const PORT = 5432; // a Unix socket in the drill's folder: no TCP port is taken

let tools: DrillTools;
let host: DrillHost;
let s3: LocalS3;
let conf: string;
let beforeTarget: number[];
let afterTarget: number[];
let target: string;
let destroyed: string;
const started = Date.now();
const timings: Record<string, number> = {};

async function timed<T>(name: string, step: () => Promise<T> | T): Promise<T> {
  const t0 = Date.now();
  try {
    return await step();
  } finally {
    timings[name] = Date.now() - t0;
  }
}

function pgbackrest(...args: string[]) {
  return host.run(host.pgbackrest, [`--config=${conf}`, `--stanza=${STANZA}`, ...args]);
}

async function rows(cluster: Cluster): Promise<number[]> {
  return (await cluster.query<{ id: number }>("SELECT id FROM drill.orders ORDER BY id")).rows.map((r) => r.id);
}

async function insert(cluster: Cluster, ids: number[]): Promise<void> {
  await cluster.query(`INSERT INTO drill.orders (id) SELECT unnest($1::int[])`, [ids]);
}

/** Forces the current WAL segment out and waits until pgBackRest archived it. */
async function archiveCurrentWal(cluster: Cluster): Promise<string> {
  const { rows: [{ segment }] } = await cluster.query<{ segment: string }>("SELECT pg_walfile_name(pg_switch_wal()) AS segment");
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { rows: [stat] } = await cluster.query<{ last: string | null; failed: string }>("SELECT last_archived_wal AS last, failed_count AS failed FROM pg_stat_archiver");
    if (stat.last !== null && stat.last >= segment) return segment;
    if (Date.now() > deadline) throw new Error(`WAL segment ${segment} not archived after 60 s (last archived ${stat.last}, ${stat.failed} failures); see ${host.dir}/log`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The server's clock as a timestamp pgBackRest's --target takes. */
async function serverTime(cluster: Cluster): Promise<string> {
  const { rows: [{ now }] } = await cluster.query<{ now: string }>(
    `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' AS now`,
  );
  return now;
}

beforeAll(async () => {
  tools = await timed("fetch tools", () => drillTools());
  host = DrillHost.create(tools);
  s3 = await timed("start S3", () => LocalS3.start(tools, host.dir));
  await s3.createBucket(BUCKET);

  const dataDir = path.join(host.dir, "data");
  conf = host.writeFile(
    "pgbackrest.conf",
    [
      "[global]",
      "repo1-type=s3",
      "repo1-s3-endpoint=127.0.0.1",
      `repo1-storage-port=${s3.tlsPort}`,
      // The local server's certificate is self-signed; production verifies R2's.
      "repo1-storage-verify-tls=n",
      "repo1-s3-uri-style=path",
      `repo1-s3-bucket=${BUCKET}`,
      "repo1-s3-region=auto",
      "repo1-s3-key=drill",
      "repo1-s3-key-secret=drill",
      `repo1-path=/${STANZA}`,
      "repo1-cipher-type=aes-256-cbc",
      "repo1-cipher-pass=the-drill-passphrase",
      "repo1-bundle=y",
      "repo1-retention-full-type=time",
      "repo1-retention-full=14",
      "compress-type=zst",
      "process-max=4",
      "start-fast=y",
      "archive-timeout=60",
      `log-path=${host.dir}/log`,
      `lock-path=${host.dir}/lock`,
      `spool-path=${host.dir}/spool`,
      "log-level-console=warn",
      "log-level-stderr=off",
      "log-level-file=detail",
      "",
      `[${STANZA}]`,
      `pg1-path=${dataDir}`,
      `pg1-port=${PORT}`,
      `pg1-socket-path=${host.dir}`,
      "",
    ].join("\n"),
  );

  const primary = await timed("initdb + start", async () => {
    await host.initdb(dataDir);
    return host.start(dataDir, PORT, {
      archive_mode: "on",
      archive_command: `${host.pgbackrest} --config=${conf} --stanza=${STANZA} archive-push %p`,
      wal_level: "replica",
    });
  });
  await timed("stanza-create + check", async () => {
    await pgbackrest("stanza-create");
    await pgbackrest("check");
  });

  await primary.query("CREATE SCHEMA drill; CREATE TABLE drill.orders (id int PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp())");
  beforeTarget = [1, 2, 3];
  await insert(primary, beforeTarget);
  await timed("full backup", () => pgbackrest("backup", "--type=full"));

  // Written after the full backup: only the archived WAL holds it.
  await insert(primary, [4]);
  beforeTarget = [...beforeTarget, 4];
  await new Promise((r) => setTimeout(r, 20));
  target = await serverTime(primary);
  await new Promise((r) => setTimeout(r, 20));
  afterTarget = [5, 6];
  await insert(primary, afterTarget);
  await timed("archive WAL", () => archiveCurrentWal(primary));
  expect(await rows(primary)).toEqual([1, 2, 3, 4, 5, 6]);

  // The disaster: the server goes away with its data directory.
  await primary.stop();
  await host.run("rm", ["-rf", dataDir]);
  destroyed = dataDir;
}, FETCH_TIMEOUT_MS + 180_000);

afterAll(async () => {
  await host?.dispose();
  await s3?.stop();
  const total = ((Date.now() - started) / 1000).toFixed(1);
  // The drill's cost, per step, for the record (README and the issue's note quote it).
  console.log(`restore drill: ${total} s (${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(", ")}); ${tools?.pgbackrestVersion}, ${tools?.postgresVersion}`);
});

describe("restore drill (real PostgreSQL, real pgBackRest, local S3)", () => {
  test("the repository holds one full backup and the WAL after it, and only ciphertext", async () => {
    const info = JSON.parse(await pgbackrest("info", "--output=json")) as Array<{ backup: Array<{ type: string }>; cipher: string; status: { code: number } }>;
    expect(info).toHaveLength(1);
    expect(info[0].status.code).toBe(0);
    expect(info[0].cipher).toBe("aes-256-cbc");
    expect(info[0].backup.map((b) => b.type)).toEqual(["full"]);

    const keys = await s3.keys(BUCKET);
    expect(keys).toEqual(expect.arrayContaining([`${STANZA}/backup/${STANZA}/backup.info`, `${STANZA}/archive/${STANZA}/archive.info`]));
    expect(keys.some((k) => /\/archive\/.*\/[0-9A-F]{24}-[0-9a-f]{40}/.test(k))).toBe(true);
    // OpenSSL's encrypted format begins with "Salted__"; no object may be plain text.
    for (const key of keys) {
      const head = (await s3.object(BUCKET, key)).subarray(0, 8).toString("latin1");
      expect(`${key}: ${head}`).toBe(`${key}: Salted__`);
    }
  });

  test("restoring the latest backup into a new directory brings back every committed row", async () => {
    const dataDir = path.join(host.dir, "restored-latest");
    await timed("restore latest", () => pgbackrest("restore", `--pg1-path=${dataDir}`));
    const restored = await timed("start restored (latest)", () => host.start(dataDir, PORT, { archive_mode: "off" }));
    try {
      // Recovery replays every archived segment, then promotes: the server takes writes again.
      await timed("recover (latest)", () => restored.promoted());
      expect(host.exists(path.relative(host.dir, destroyed))).toBe(false);
      expect(await rows(restored)).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      await restored.stop();
    }
  });

  test("restoring to a point in time between the two writes brings back exactly the rows before it", async () => {
    const dataDir = path.join(host.dir, "restored-pitr");
    await timed("restore point in time", () => pgbackrest("restore", `--pg1-path=${dataDir}`, "--type=time", `--target=${target}`, "--target-action=promote"));
    const restored = await timed("start restored (point in time)", () => host.start(dataDir, PORT, { archive_mode: "off" }));
    try {
      await timed("recover (point in time)", () => restored.promoted());
      expect(restored.log()).toMatch(/recovery stopping before commit of transaction \d+, time /);
      const back = await rows(restored);
      expect(back).toEqual(beforeTarget);
      for (const id of afterTarget) expect(back).not.toContain(id);
    } finally {
      await restored.stop();
    }
  });
});
