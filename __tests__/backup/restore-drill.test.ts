// The restore drill: what docs/restore.md tells a human to do, done for real on every `npm test`. A real
// PostgreSQL server archives its WAL with a real pgBackRest to a local S3-compatible server (moto) on
// 127.0.0.1, encrypted as in production; the test takes a full backup, writes more rows, destroys the
// data directory, then restores twice into new directories, the latest state and a point in time between
// the two writes, and checks exactly which rows each brings back.
//
// Tools: scripts/bootstrap-pgbackrest.sh (cached) and moto_server on PATH; when either is missing the
// drill fails saying how to get it, it never passes without having run.
import * as path from "node:path";
import { defaultConfig, ensureNix, evalJson, INSTALL_TIMEOUT_MS, nixPath, removeTempDirs, writeJson } from "../nix/nix";
import { type Cluster, DrillHost, type DrillTools, drillTools, FETCH_TIMEOUT_MS, LocalS3 } from "./drill";

const ENV = "production";
const PORT = 5432; // a Unix socket in the drill's folder: no TCP port is taken

/** What nix/backup.nix gives the production primary of the default config, with the drill's local overrides. */
interface Production {
  readonly ini: string;
  readonly stanza: string;
  readonly bucket: string;
  readonly command: string;
  readonly postgres: Record<string, string>;
  readonly secretsScript: string;
  readonly settings: Record<string, Record<string, string>>;
}

let tools: DrillTools;
let host: DrillHost;
let s3: LocalS3;
let production: Production;
let base: string[];
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
  return host.run(host.pgbackrest, [...base, ...args]);
}

async function rows(cluster: Cluster): Promise<number[]> {
  return (await cluster.query<{ id: number }>("SELECT id FROM drill.orders ORDER BY id")).rows.map((r) => r.id);
}

async function insert(cluster: Cluster, ids: number[]): Promise<void> {
  await cluster.query(`INSERT INTO drill.orders (id) SELECT unnest($1::int[])`, [ids]);
}

/** Forces the current WAL segment out and waits until pgBackRest archived it. */
async function archiveCurrentWal(cluster: Cluster): Promise<string> {
  const {
    rows: [{ segment }],
  } = await cluster.query<{ segment: string }>("SELECT pg_walfile_name(pg_switch_wal()) AS segment");
  const deadline = Date.now() + 60_000;
  for (;;) {
    const {
      rows: [stat],
    } = await cluster.query<{ last: string | null; failed: string }>("SELECT last_archived_wal AS last, failed_count AS failed FROM pg_stat_archiver");
    if (stat.last !== null && stat.last >= segment) return segment;
    if (Date.now() > deadline)
      throw new Error(`WAL segment ${segment} not archived after 60 s (last archived ${stat.last}, ${stat.failed} failures); see ${host.dir}/log`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The server's clock as a timestamp pgBackRest's --target takes. */
async function serverTime(cluster: Cluster): Promise<string> {
  const {
    rows: [{ now }],
  } = await cluster.query<{ now: string }>(`SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' AS now`);
  return now;
}

beforeAll(
  async () => {
    ensureNix();
    tools = await timed("fetch tools", () => drillTools());
    host = DrillHost.create(tools);
    s3 = await timed("start S3", () => LocalS3.start(tools, host.dir));

    const dataDir = path.join(host.dir, "data");
    const conf = path.join(host.dir, "pgbackrest.conf");
    const secrets = path.join(host.dir, "secrets");
    // Only where the drill's machine differs from the node: the server, its certificate, local folders.
    const overrides = {
      global: {
        "repo1-s3-endpoint": "127.0.0.1",
        "repo1-storage-port": String(s3.tlsPort),
        // The local server's certificate is self-signed; the node verifies R2's.
        "repo1-storage-verify-tls": "n",
        "spool-path": path.join(host.dir, "spool"),
        "lock-path": path.join(host.dir, "lock"),
        "log-path": path.join(host.dir, "log"),
        "log-level-console": "warn",
        "log-level-stderr": "off",
      },
      [ENV]: { "pg1-path": dataDir, "pg1-socket-path": host.dir },
    };
    const configJson = writeJson(defaultConfig());
    production = evalJson<Production>(
      `{ configJson, overrides, pgbackrest, conf, secrets, credentials, owner }:
     let
       backup = import ${nixPath("nix/backup.nix")};
       config = (import ${nixPath("nix/lib.nix")}).loadConfig configJson;
       env = "${ENV}";
       local = builtins.fromJSON overrides;
       settings = builtins.mapAttrs (name: section: section // (local.\${name} or { })) (backup.settings { inherit config env; });
       args = { inherit env pgbackrest; config = conf; includePath = secrets; };
     in {
       inherit settings;
       ini = backup.ini settings;
       stanza = backup.stanza env;
       bucket = backup.bucket { inherit config env; };
       command = backup.command args;
       postgres = backup.postgresSettings args;
       secretsScript = backup.secretsScript { credentialsDir = credentials; dir = secrets; inherit owner; };
     }`,
      {
        configJson,
        overrides: JSON.stringify(overrides),
        pgbackrest: host.pgbackrest,
        conf,
        secrets,
        credentials: path.join(host.dir, "keys"),
        owner: host.user,
      },
    );
    removeTempDirs();
    base = [`--config=${conf}`, `--config-include-path=${secrets}`, `--stanza=${production.stanza}`];
    expect(production.command).toBe([host.pgbackrest, ...base].join(" "));
    await s3.createBucket(production.bucket);

    // The deployment keys as colmena delivers them, and the node's unit turning them into pgBackRest's secrets.
    host.mkdir("keys");
    host.writeFile("keys/pgbackrest-r2-credentials", "AWS_ACCESS_KEY_ID=drill-key\nAWS_SECRET_ACCESS_KEY=drill-secret\n");
    host.writeFile("keys/pgbackrest-cipher-pass", "the-drill-passphrase-0123456789abcdef0123456789abcdef0123456789ab\n");
    host.writeFile("pgbackrest.conf", production.ini);
    await host.run("bash", ["-c", production.secretsScript]);

    const primary = await timed("initdb + start", async () => {
      await host.initdb(dataDir);
      return host.start(dataDir, PORT, production.postgres);
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
    // pgBackRest records a backup's stop time in whole seconds and restores to a time only from a backup
    // that stopped in an earlier second: the target must not share the backup's last second.
    await new Promise((r) => setTimeout(r, 1100));
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
  },
  INSTALL_TIMEOUT_MS + FETCH_TIMEOUT_MS + 180_000,
);

afterAll(async () => {
  await host?.dispose();
  await s3?.stop();
  const total = ((Date.now() - started) / 1000).toFixed(1);
  // The drill's cost, per step, for the record (README and the issue's note quote it).
  console.log(
    `restore drill: ${total} s (${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(", ")}); ${tools?.pgbackrestVersion}, ${tools?.postgresVersion}`,
  );
});

describe("restore drill (real PostgreSQL, real pgBackRest, local S3)", () => {
  test("runs with the node's settings from nix/backup.nix, its secrets only in the file made from the keys", () => {
    expect(production.settings.global).toMatchObject({
      "repo1-type": "s3",
      "repo1-s3-bucket": "acme-production-pg-backups",
      "repo1-s3-region": "auto",
      "repo1-s3-uri-style": "path",
      "repo1-cipher-type": "aes-256-cbc",
      "repo1-retention-full-type": "time",
      "repo1-retention-full": "14",
    });
    expect(production.postgres).toMatchObject({ archive_mode: "on", archive_command: `${production.command} archive-push %p` });
    expect(production.ini).not.toMatch(/cipher-pass|s3-key/);
  });

  test("the repository holds one full backup and the WAL after it, and only ciphertext", async () => {
    const info = JSON.parse(await pgbackrest("info", "--output=json")) as Array<{ backup: Array<{ type: string }>; cipher: string; status: { code: number } }>;
    expect(info).toHaveLength(1);
    expect(info[0].status.code).toBe(0);
    expect(info[0].cipher).toBe("aes-256-cbc");
    expect(info[0].backup.map((b) => b.type)).toEqual(["full"]);

    const keys = await s3.keys(production.bucket);
    const stanza = production.stanza;
    expect(keys).toEqual(expect.arrayContaining([`${stanza}/backup/${stanza}/backup.info`, `${stanza}/archive/${stanza}/archive.info`]));
    expect(keys.some((k) => /\/archive\/.*\/[0-9A-F]{24}-[0-9a-f]{40}/.test(k))).toBe(true);
    // OpenSSL's encrypted format begins with "Salted__"; no object may be plain text.
    for (const key of keys) {
      const head = (await s3.object(production.bucket, key)).subarray(0, 8).toString("latin1");
      expect(`${key}: ${head}`).toBe(`${key}: Salted__`);
    }
  });

  test("restoring the latest backup into a new directory brings back every committed row", async () => {
    const dataDir = path.join(host.dir, "restored-latest");
    // --archive-mode=off: a copy checked on another machine must not push a new timeline into the repository.
    await timed("restore latest", () => pgbackrest("restore", `--pg1-path=${dataDir}`, "--archive-mode=off"));
    const restored = await timed("start restored (latest)", () => host.start(dataDir, PORT, {}));
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
    await timed("restore point in time", () =>
      pgbackrest("restore", `--pg1-path=${dataDir}`, "--type=time", `--target=${target}`, "--target-action=promote", "--archive-mode=off"),
    );
    const restored = await timed("start restored (point in time)", () => host.start(dataDir, PORT, {}));
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

  test("a new, empty cluster in the old one's place (a lost volume) cannot archive into the repository", async () => {
    await host.initdb(destroyed);
    const fresh = await timed("start an empty cluster", () => host.start(destroyed, PORT, production.postgres));
    try {
      await expect(pgbackrest("check")).rejects.toThrow(/backup and archive info files exist but do not match the database/);
    } finally {
      await fresh.stop();
    }
    const info = JSON.parse(await pgbackrest("info", "--output=json")) as Array<{ backup: Array<{ type: string }> }>;
    expect(info[0].backup.map((b) => b.type)).toEqual(["full"]);
  });
});
