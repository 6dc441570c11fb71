// The node side of the Postgres backups: nix/backup.nix's pure functions against the real CUE export,
// nix/postgres.nix called with the stand-in for nixpkgs (what the primary's units, timers and files
// are), the hive's keys, and the secrets script run for real on made-up keys.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { backupBucketName } from "../../schema/rules";
import { defaultConfig, ensureNix, evalJson, INSTALL_TIMEOUT_MS, nixPath, removeTempDirs, tempDir, writeJson } from "../nix/nix";

const BACKUP = nixPath("nix/backup.nix");
const LIB = nixPath("nix/lib.nix");
const STUB = path.join(__dirname, "..", "nix", "fixtures", "stub-module-args.nix");
const HIVE = nixPath("nix/hive.nix");

let plain: string; // the default config: production's db-1 is a self-hosted primary with backups
let off: string; // production with postgres.backups.enabled = false (not valid CUE for production, but the Nix side must still say no)

beforeAll(() => {
  ensureNix();
  plain = writeJson(defaultConfig());
  const config = defaultConfig();
  config.environments.production.postgres.backups.enabled = false;
  off = writeJson(config);
}, INSTALL_TIMEOUT_MS);
afterAll(removeTempDirs);

const backup = <T = unknown>(body: string, configJson = plain) =>
  evalJson<T>(`{ configJson }: let b = import ${BACKUP}; config = (import ${LIB}).loadConfig configJson; in ${body}`, { configJson });

function postgresModule<T = any>(node: string, select: string, configJson = plain, env = "production"): T {
  return evalJson<T>(
    `{ configJson }: let stub = import ${STUB} { inherit configJson; };
       m = stub.evalModule { module = ${nixPath("nix/postgres.nix")}; env = "${env}"; node = "${node}"; }; in ${select}`,
    { configJson },
  );
}

describe("nix/backup.nix", () => {
  test("the self-hosted primary backs up; other nodes, and a primary with backups off, do not", () => {
    const enabled = (env: string, node: string, file = plain) => backup(`b.enabled { inherit config; env = "${env}"; node = "${node}"; }`, file);
    expect([enabled("production", "db-1"), enabled("staging", "db-1"), enabled("production", "app-1")]).toEqual([true, true, false]);
    expect(enabled("production", "db-1", off)).toBe(false);
  });

  test("the bucket is the one the data stack makes, at the account's R2 endpoint", () => {
    expect(backup(`{ bucket = b.bucket { inherit config; env = "production"; }; endpoint = b.endpoint { inherit config; }; }`)).toEqual({
      bucket: backupBucketName("acme", "production"),
      endpoint: `${defaultConfig().cloudflare.accountId}.r2.cloudflarestorage.com`,
    });
  });

  test("pgBackRest's settings: R2 over S3 with path-style URIs, encrypted, retention by time from postgres.backups.retentionDays", () => {
    const settings = backup<Record<string, Record<string, string>>>(`b.settings { inherit config; env = "production"; }`);
    expect(settings).toEqual({
      global: {
        "repo1-type": "s3",
        "repo1-s3-endpoint": "0123456789abcdef0123456789abcdef.r2.cloudflarestorage.com",
        "repo1-s3-bucket": "acme-production-pg-backups",
        "repo1-s3-region": "auto",
        "repo1-s3-uri-style": "path",
        "repo1-path": "/production",
        "repo1-cipher-type": "aes-256-cbc",
        "repo1-bundle": "y",
        "repo1-retention-full-type": "time",
        "repo1-retention-full": String(defaultConfig().environments.production.postgres.backups.retentionDays),
        "compress-type": "zst",
        "process-max": "2",
        "start-fast": "y",
        "archive-async": "y",
        "spool-path": "/var/spool/pgbackrest",
        "lock-path": "/run/pgbackrest",
        "log-path": "/var/log/pgbackrest",
        "log-level-console": "info",
        "log-level-file": "detail",
      },
      production: { "pg1-path": "/var/lib/postgresql/17", "pg1-port": "5432", "pg1-socket-path": "/run/postgresql" },
    });
    expect(defaultConfig().environments.production.postgres.backups.retentionDays).toBe(14);
  });

  test("the config file is INI with [global] first, and holds no secret", () => {
    const ini = backup<string>(`b.ini (b.settings { inherit config; env = "production"; })`);
    expect(ini.split("\n")[0]).toBe("[global]");
    expect(ini).toMatch(/^\[production\]\npg1-path=\/var\/lib\/postgresql\/17$/m);
    expect(ini).not.toMatch(/cipher-pass|s3-key|secret/);
  });

  test("Postgres archives every segment with pgBackRest, at least once a minute while anything was written", () => {
    expect(backup(`b.postgresSettings { env = "production"; pgbackrest = "/bin/pgbackrest"; }`)).toEqual({
      archive_mode: "on",
      archive_command:
        "/bin/pgbackrest --config=/etc/pgbackrest/pgbackrest.conf --config-include-path=/run/edge-iac-pgbackrest --stanza=production archive-push %p",
      archive_timeout: "60s",
    });
  });

  test("the keys: the passphrase from the data stack's output and the R2 token, on the backing-up primary only", () => {
    const keys = (node: string, file = plain) => backup(`b.keys { inherit config; env = "production"; node = "${node}"; }`, file);
    expect(keys("db-1")).toEqual([
      { key: "pgbackrest-cipher-pass", path: "postgres/postgres_backup_cipher_pass" },
      { key: "pgbackrest-r2-credentials", path: "pgbackrest-r2-credentials" },
    ]);
    expect(keys("app-1")).toEqual([]);
    expect(keys("db-1", off)).toEqual([]);
  });
});

describe("the secrets script", () => {
  const run = (keys: Record<string, string>) => {
    const dir = tempDir();
    const credentials = path.join(dir, "credentials");
    mkdirSync(credentials);
    for (const [name, value] of Object.entries(keys)) writeFileSync(path.join(credentials, name), value);
    const secrets = path.join(dir, "secrets");
    const owner = os.userInfo().username;
    const script = backup<string>(`b.secretsScript { credentialsDir = "${credentials}"; dir = "${secrets}"; owner = "${owner}"; }`);
    return { result: spawnSync("bash", ["-c", script], { encoding: "utf8" }), file: path.join(secrets, "secrets.conf") };
  };

  test("writes pgBackRest's key, secret and passphrase from the keys, readable by the owner only", () => {
    const { result, file } = run({
      "pgbackrest-r2-credentials": "AWS_ACCESS_KEY_ID=abc123\nAWS_SECRET_ACCESS_KEY=s3cr=t/x\n",
      "pgbackrest-cipher-pass": "pass phrase %s\n",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe("[global]\nrepo1-s3-key=abc123\nrepo1-s3-key-secret=s3cr=t/x\nrepo1-cipher-pass=pass phrase %s\n");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
  });

  test("fails, naming the key, when the token lacks a line or the passphrase is empty", () => {
    const noSecret = run({ "pgbackrest-r2-credentials": "AWS_ACCESS_KEY_ID=abc123\n", "pgbackrest-cipher-pass": "p\n" });
    expect(noSecret.result.status).not.toBe(0);
    expect(noSecret.result.stderr).toMatch(/pgbackrest-r2-credentials must hold the lines AWS_ACCESS_KEY_ID=… and AWS_SECRET_ACCESS_KEY=…/);
    const empty = run({ "pgbackrest-r2-credentials": "AWS_ACCESS_KEY_ID=a\nAWS_SECRET_ACCESS_KEY=b\n", "pgbackrest-cipher-pass": "" });
    expect(empty.result.status).not.toBe(0);
    expect(empty.result.stderr).toMatch(/pgbackrest-cipher-pass is empty/);
  });
});

describe("nix/postgres.nix on the primary", () => {
  test("archives with pgBackRest from the store, and the config in /etc is the settings' text", () => {
    const config = postgresModule("db-1", "m.config");
    expect(config.services.postgresql.settings).toMatchObject({
      archive_mode: "on",
      archive_command: expect.stringMatching(
        /^\/nix\/store\/[0-9a-z]{32}-pgbackrest\/bin\/pgbackrest --config=\/etc\/pgbackrest\/pgbackrest\.conf --config-include-path=\/run\/edge-iac-pgbackrest --stanza=production archive-push %p$/,
      ),
      archive_timeout: "60s",
    });
    expect(config.environment.etc["pgbackrest/pgbackrest.conf"].text).toBe(backup(`b.ini (b.settings { inherit config; env = "production"; })`));
  });

  test("the secrets unit loads the two keys as credentials before Postgres starts", () => {
    const unit = postgresModule("db-1", "m.config.systemd.services.edge-iac-pgbackrest-secrets");
    expect(unit.before).toEqual(["postgresql.service"]);
    expect(unit.wantedBy).toEqual(["postgresql.service"]);
    expect(unit.after).toEqual(["pgbackrest-cipher-pass-key.service", "pgbackrest-r2-credentials-key.service"]);
    expect(unit.serviceConfig.LoadCredential).toEqual([
      "pgbackrest-cipher-pass:/run/keys/pgbackrest-cipher-pass",
      "pgbackrest-r2-credentials:/run/keys/pgbackrest-r2-credentials",
    ]);
    expect(unit.script).toContain('done < "$CREDENTIALS_DIRECTORY/pgbackrest-r2-credentials"');
    expect(unit.script).toContain("/run/edge-iac-pgbackrest/secrets.conf");
  });

  test("the stanza is created and archiving checked after every start of Postgres, as postgres", () => {
    const unit = postgresModule("db-1", "m.config.systemd.services.edge-iac-pgbackrest-stanza");
    expect(unit.wantedBy).toEqual(["multi-user.target", "postgresql.service"]);
    expect(unit.requires).toEqual(expect.arrayContaining(["postgresql.service", "edge-iac-pgbackrest-secrets.service"]));
    expect(unit.serviceConfig).toMatchObject({ Type: "oneshot", User: "postgres" });
    expect(unit.serviceConfig.ExecStart).toEqual([
      expect.stringMatching(/edge-iac-pgbackrest stanza-create$/),
      expect.stringMatching(/edge-iac-pgbackrest check$/),
    ]);
  });

  test("a full backup every Sunday and a differential every other day, caught up after downtime", () => {
    const systemd = postgresModule(
      "db-1",
      "{ inherit (m.config.systemd) timers; full = m.config.systemd.services.edge-iac-pgbackrest-full; diff = m.config.systemd.services.edge-iac-pgbackrest-diff; }",
    );
    expect(systemd.timers["edge-iac-pgbackrest-full"].timerConfig).toMatchObject({ OnCalendar: "Sun *-*-* 03:00:00", Persistent: true });
    expect(systemd.timers["edge-iac-pgbackrest-diff"].timerConfig).toMatchObject({ OnCalendar: "Mon..Sat *-*-* 03:00:00", Persistent: true });
    expect(systemd.timers["edge-iac-pgbackrest-full"].wantedBy).toEqual(["timers.target"]);
    expect(systemd.full.serviceConfig).toMatchObject({
      Type: "oneshot",
      User: "postgres",
      ExecStart: expect.stringMatching(/\/bin\/edge-iac-pgbackrest backup --type=full$/),
    });
    expect(systemd.diff.serviceConfig.ExecStart).toMatch(/\/bin\/edge-iac-pgbackrest backup --type=diff$/);
  });

  test("the edge-iac-pgbackrest command names the config files and the stanza, for the units and for a human", () => {
    const wrapper = postgresModule<string>("db-1", `(builtins.head m.config.environment.systemPackages).text`);
    expect(wrapper.trim()).toMatch(
      /^exec \/nix\/store\/[0-9a-z]{32}-pgbackrest\/bin\/pgbackrest --config=\/etc\/pgbackrest\/pgbackrest\.conf --config-include-path=\/run\/edge-iac-pgbackrest --stanza=production "\$@"$/,
    );
  });

  test("nothing of it with backups off, and nothing on a node without Postgres", () => {
    const config = postgresModule("db-1", "m.config", off);
    expect(config.services.postgresql.settings).not.toHaveProperty("archive_command");
    expect(Object.keys(config.systemd.services).filter((u) => u.includes("pgbackrest"))).toEqual([]);
    expect(config.systemd).not.toHaveProperty("timers");
    expect(postgresModule("app-1", "m.config")).toEqual({});
  });
});

describe("nix/hive.nix", () => {
  test("delivers the backup keys to the backing-up primary, from the secret store, root-only", () => {
    const outputsJson = writeJson({}, "outputs.json");
    const keys = evalJson<Record<string, any>>(
      `{ configJson, outputsJson }: let hive = import ${HIVE} { inherit configJson outputsJson; }; in hive.production-db-1.deployment.keys`,
      { configJson: plain, outputsJson },
    );
    expect(keys["pgbackrest-cipher-pass"]).toMatchObject({
      keyCommand: ["pass", "show", "edge-iac/production/postgres/postgres_backup_cipher_pass"],
      destDir: "/run/keys",
      permissions: "0400",
    });
    expect(keys["pgbackrest-r2-credentials"]).toMatchObject({
      keyCommand: ["pass", "show", "edge-iac/production/pgbackrest-r2-credentials"],
      destDir: "/run/keys",
      permissions: "0400",
    });
    const app = evalJson<Record<string, any>>(
      `{ configJson, outputsJson }: let hive = import ${HIVE} { inherit configJson outputsJson; }; in hive.production-app-1.deployment.keys`,
      { configJson: plain, outputsJson },
    );
    expect(Object.keys(app).filter((k) => k.startsWith("pgbackrest"))).toEqual([]);
  });
});
