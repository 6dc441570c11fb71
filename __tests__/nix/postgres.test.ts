// Self-hosted Postgres on the Nix side: the pure functions of nix/lib.nix (what a node runs, slots, hba
// lines, conninfo, settings, the setup script, keys) evaluated against the real CUE export with replicas
// added, and nix/postgres.nix called with the stand-in for nixpkgs (fixtures/stub-module-args.nix).
import * as path from "node:path";
import { REPLICATION_ROLE } from "../../constructs/postgres";
import { VpsNode } from "../../constructs/vps-node";
import { linodeVolumeDevice } from "../../constructs/vps-node-linode";
import type { Config } from "../../schema/config.types";
import { POSTGRES_PORT } from "../../schema/rules";
import { AWS_DEFAULT_VPC_CIDR, postgresProps, privateCidr, roleName, vpsNodeProps } from "../../stacks/props";
import { ofType, synth } from "../constructs/helpers";
import { defaultConfig, ensureNix, evalJson, evalNix, INSTALL_TIMEOUT_MS, nixPath, removeTempDirs, writeJson } from "./nix";

const LIB = nixPath("nix/lib.nix");
const STUB = path.join(__dirname, "fixtures", "stub-module-args.nix");

/**
 * The default config with `replicas` as staging's replica nodes (copies of db-1 with the
 * postgres-replica role) and node stack outputs giving each node in `addresses` its private_ipv4.
 */
function withReplicas(replicas: string[], addresses: Record<string, string> = {}): any {
  const config = defaultConfig();
  const staging = config.environments.staging;
  const db1 = staging.nodes.find((n: any) => n.name === "db-1");
  for (const name of replicas) staging.nodes.push({ ...db1, name, roles: ["postgres-replica"] });
  staging.postgres.replicas = replicas;
  config.outputs = {
    staging: Object.fromEntries(
      Object.entries(addresses).map(([node, ip]) => [`staging-node-${node}`, { ipv4: "192.0.2.10", private_ipv4: ip, tunnel_id: "t" }]),
    ),
  };
  return config;
}

const APPLIED = { "db-1": "172.31.5.1", "db-2": "172.31.5.2", "db-3": "172.31.5.3" };

let plain: string; // the default config: no replicas, no outputs
let replicated: string; // staging: db-2 and db-3 replicate db-1, every node applied
let halfApplied: string; // staging: db-2 and db-3 replicate db-1, db-3 not applied yet

beforeAll(() => {
  ensureNix();
  plain = writeJson(defaultConfig());
  replicated = writeJson(withReplicas(["db-2", "db-3"], APPLIED));
  halfApplied = writeJson(withReplicas(["db-2", "db-3"], { "db-1": APPLIED["db-1"], "db-2": APPLIED["db-2"] }));
}, INSTALL_TIMEOUT_MS);
afterAll(removeTempDirs);

const lib = <T = unknown>(body: string, configJson: string) =>
  evalJson<T>(`{ configJson }: let edge = import ${LIB}; config = edge.loadConfig configJson; in ${body}`, { configJson });
const libFails = (body: string, configJson: string) =>
  evalNix(`{ configJson }: let edge = import ${LIB}; config = edge.loadConfig configJson; in ${body}`, { configJson });

/** `select` applied to nix/postgres.nix evaluated for staging/`node` (`m` in select). */
function postgresModule<T = any>(configJson: string, node: string, select = "m.config"): T {
  return evalJson<T>(
    `{ configJson }: let stub = import ${STUB} { inherit configJson; };
       m = stub.evalModule { module = ${nixPath("nix/postgres.nix")}; env = "staging"; node = "${node}"; }; in ${select}`,
    { configJson },
  );
}

describe("what a node runs", () => {
  test("the primary is postgres.node, replicas are postgres.replicas, other nodes run no Postgres", () => {
    const role = (node: string) => lib(`edge.postgresRole { inherit config; env = "staging"; node = "${node}"; }`, replicated);
    expect([role("db-1"), role("db-2"), role("db-3"), role("app-1")]).toEqual(["primary", "replica", "replica", "none"]);
  });

  test("no node runs Postgres when the environment's database is managed", () => {
    const config = defaultConfig();
    config.environments.staging.postgres = {
      ...config.environments.staging.postgres,
      mode: "managed",
      managed: { provider: "aws", region: "ap-northeast-1", size: "db.t4g.micro", allowList: ["172.31.0.0/16"], replicas: 1 },
    };
    delete config.environments.staging.postgres.node;
    expect(lib(`edge.postgresRole { inherit config; env = "staging"; node = "db-1"; }`, writeJson(config))).toBe("none");
    expect(lib(`edge.postgresReplicas { inherit config; env = "staging"; }`, writeJson(config))).toEqual([]);
  });
});

describe("replication slots and addresses", () => {
  test("one slot per replica, named after the node, with its private address once its stack is applied", () => {
    expect(lib(`edge.postgresReplicas { inherit config; env = "staging"; }`, halfApplied)).toEqual([
      { node: "db-2", slot: "replica_db_2", address: "172.31.5.2" },
      { node: "db-3", slot: "replica_db_3", address: null },
    ]);
  });

  test("slot names are valid slot identifiers (lowercase letters, digits, underscores)", () => {
    expect(lib(`map edge.replicationSlot [ "db-2" "pg-replica-eu-1" ]`, plain)).toEqual(["replica_db_2", "replica_pg_replica_eu_1"]);
  });

  test("no replicas, no slots", () => {
    expect(lib(`edge.postgresReplicas { inherit config; env = "staging"; }`, plain)).toEqual([]);
  });
});

describe("postgresHba", () => {
  test("admits each service's role to the database from the VPC, and each applied replica's replication, with SCRAM", () => {
    expect(lib(`edge.postgresHba { inherit config; env = "staging"; }`, halfApplied)).toEqual([
      "host app api 10.0.0.0/24 scram-sha-256",
      "host replication replicator 172.31.5.2/32 scram-sha-256",
    ]);
  });

  test("has no replication line without replicas", () => {
    expect(lib(`edge.postgresHba { inherit config; env = "staging"; }`, plain)).toEqual(["host app api 10.0.0.0/24 scram-sha-256"]);
  });
});

describe("primaryConninfo", () => {
  test("streams from the primary's private address as the replication role, the password in a passfile", () => {
    const conninfo = lib<string>(`edge.primaryConninfo { inherit config; env = "staging"; node = "db-2"; }`, replicated);
    expect(conninfo).toBe("host=172.31.5.1 port=5432 user=replicator passfile=/run/edge-iac-postgres/replication.pgpass application_name=replica_db_2");
    expect(conninfo).not.toMatch(/password=/);
  });

  test("fails naming the primary's stack while it has no private address", () => {
    const result = libFails(
      `edge.primaryConninfo { inherit config; env = "staging"; node = "db-2"; }`,
      writeJson(withReplicas(["db-2"], { "db-2": "172.31.5.2" })),
    );
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(
      /replica "db-2" of environment "staging" cannot reach its primary "db-1": outputs\.staging\.staging-node-db-1\.private_ipv4 is missing/,
    );
  });
});

describe("postgresSettings", () => {
  const settings = (node: string, file = replicated) =>
    lib<Record<string, unknown>>(`edge.postgresSettings { inherit config; env = "staging"; node = "${node}"; }`, file);

  test("the primary listens on loopback and its private address, keeps WAL for replicas, bounded by its volume", () => {
    expect(settings("db-1")).toEqual({
      port: 5432,
      listen_addresses: "localhost,172.31.5.1",
      password_encryption: "scram-sha-256",
      wal_level: "replica",
      max_wal_senders: 10,
      max_replication_slots: 10,
      // a quarter of the 20 GB volume
      max_slot_wal_keep_size: "5120MB",
    });
  });

  test("a replica is a hot standby streaming through its slot, with the primary's replication limits", () => {
    const primary = settings("db-1");
    const replica = settings("db-2");
    expect(replica).toMatchObject({
      listen_addresses: "localhost,172.31.5.2",
      hot_standby: true,
      hot_standby_feedback: true,
      primary_slot_name: "replica_db_2",
      primary_conninfo: "host=172.31.5.1 port=5432 user=replicator passfile=/run/edge-iac-postgres/replication.pgpass application_name=replica_db_2",
    });
    // A standby refuses to start with lower limits than its primary's.
    for (const key of ["wal_level", "max_wal_senders", "max_replication_slots"]) expect(replica[key]).toEqual(primary[key]);
    expect(replica).not.toHaveProperty("max_slot_wal_keep_size");
  });

  test("senders and slots grow with the replicas: one each, plus two senders for a bootstrap copy", () => {
    const names = Array.from({ length: 6 }, (_, i) => `db-${i + 2}`);
    const many = writeJson(withReplicas(names, { "db-1": "172.31.5.1" }));
    expect(settings("db-1", many)).toMatchObject({ max_wal_senders: 14, max_replication_slots: 10 });
    const more = writeJson(withReplicas([...names, "db-8", "db-9", "db-10"], { "db-1": "172.31.5.1" }));
    expect(settings("db-1", more)).toMatchObject({ max_wal_senders: 20, max_replication_slots: 11 });
  });

  test("without replicas: no replication settings, and loopback only before the node's stack reports its address", () => {
    expect(settings("db-1", plain)).toEqual({ port: 5432, listen_addresses: "localhost", password_encryption: "scram-sha-256" });
  });

  test("fails for a node that runs no Postgres", () => {
    const result = libFails(`edge.postgresSettings { inherit config; env = "staging"; node = "app-1"; }`, plain);
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/node "app-1" of environment "staging" runs no Postgres/);
  });
});

describe("postgresSetupSql", () => {
  const sql = (file: string) => lib<string>(`edge.postgresSetupSql { inherit config; env = "staging"; }`, file);

  test("creates each service's role and schema, its password read from the credential, never written in the script", () => {
    const script = sql(plain);
    expect(script).toContain(`SELECT format('CREATE ROLE %I LOGIN', 'api') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'api')\\gexec`);
    expect(script).toContain("\\set password `cat $CREDENTIALS_DIRECTORY/postgres-password-api`");
    expect(script).toContain(`ALTER ROLE "api" WITH LOGIN PASSWORD :'password';`);
    expect(script).toContain(`CREATE SCHEMA IF NOT EXISTS "api" AUTHORIZATION "api";`);
    // The password-carrying statements must not reach the server log, even on error.
    const quiet = script.indexOf("SET log_min_error_statement = 'panic';");
    expect(quiet).toBeGreaterThanOrEqual(0);
    expect(quiet).toBeLessThan(script.indexOf("ALTER ROLE"));
    expect(script).toMatch(/^\\set ON_ERROR_STOP on$/m);
  });

  test("with replicas: the replication role and one slot per replica, keeping them when unused slots are dropped", () => {
    const script = sql(halfApplied);
    expect(script).toContain(`SELECT format('CREATE ROLE %I REPLICATION LOGIN', 'replicator')`);
    expect(script).toContain("\\set password `cat $CREDENTIALS_DIRECTORY/postgres-replication-password`");
    for (const slot of ["replica_db_2", "replica_db_3"]) {
      expect(script).toContain(
        `SELECT pg_create_physical_replication_slot('${slot}') WHERE NOT EXISTS (SELECT FROM pg_replication_slots WHERE slot_name = '${slot}');`,
      );
    }
    expect(script).toMatch(
      /pg_drop_replication_slot\(slot_name\) .* slot_name LIKE 'replica\\_%' AND NOT active AND slot_name NOT IN \('replica_db_2', 'replica_db_3'\);/,
    );
  });

  test("without replicas: every unused replica slot is dropped and a leftover replication role may not log in", () => {
    const script = sql(plain);
    expect(script).not.toContain("pg_create_physical_replication_slot");
    expect(script).toMatch(/pg_drop_replication_slot\(slot_name\) .* LIKE 'replica\\_%' AND NOT active;/);
    expect(script).toContain(`SELECT format('ALTER ROLE %I NOLOGIN', 'replicator') WHERE EXISTS`);
  });
});

describe("postgresKeys", () => {
  test("the primary gets each role's password and the replication password, a replica only the latter, other nodes none", () => {
    const keys = (node: string, file = replicated) => lib(`edge.postgresKeys { inherit config; env = "staging"; node = "${node}"; }`, file);
    expect(keys("db-1")).toEqual([
      { key: "postgres-password-api", path: "postgres/postgres_password_api" },
      { key: "postgres-replication-password", path: "postgres/postgres_replication_password" },
    ]);
    expect(keys("db-2")).toEqual([{ key: "postgres-replication-password", path: "postgres/postgres_replication_password" }]);
    expect(keys("app-1")).toEqual([]);
    expect(keys("db-1", plain)).toEqual([{ key: "postgres-password-api", path: "postgres/postgres_password_api" }]);
  });
});

describe("parity with the TypeScript side", () => {
  test("port, VPC range, replication role and role names are the ones the stacks use", () => {
    expect(lib(`{ inherit (edge) postgresPort vpcCidr replicationUser; role = edge.roleName "billing-api"; }`, plain)).toEqual({
      postgresPort: POSTGRES_PORT,
      vpcCidr: AWS_DEFAULT_VPC_CIDR,
      replicationUser: REPLICATION_ROLE,
      role: roleName("billing-api"),
    });
  });

  test("a hyphenated service logs in as the role the primary creates and the data stack holds the password of", () => {
    const config = defaultConfig();
    const staging = config.environments.staging;
    const api = staging.services.find((s: any) => s.name === "api");
    staging.services.push({ ...api, name: "event-store", hostname: "events-staging.example.com", database: { schema: "events" } });
    const file = writeJson(config);
    const nix = lib<{ pguser: string; roles: string[]; sql: string; keys: { key: string; path: string }[] }>(
      `{
        pguser = (edge.serviceEnv { inherit config; env = "staging"; service = "event-store"; }).PGUSER;
        roles = map (t: t.role) (edge.postgresTenants { inherit config; env = "staging"; });
        sql = edge.postgresSetupSql { inherit config; env = "staging"; };
        keys = edge.postgresKeys { inherit config; env = "staging"; node = "db-1"; };
      }`,
      file,
    );
    const typed = config as Config;
    const tenants = postgresProps({ config: typed, envName: "staging", env: typed.environments.staging, tags: [] }).tenants;
    const role = tenants.find((t) => t.schema === "events")!.role;
    expect(role).toBe("event_store");
    expect(nix.pguser).toBe(role);
    expect(nix.roles).toContain(role);
    expect(nix.sql).toContain(`CREATE ROLE %I LOGIN', '${role}')`);
    expect(nix.keys).toContainEqual({ key: `postgres-password-${role}`, path: `postgres/postgres_password_${role}` });
  });

  test("the data volume is the device the node stack attaches: a Linode volume by its by-id name", () => {
    const config = defaultConfig() as Config;
    const env = config.environments.staging;
    const db1 = env.nodes.find((n) => n.name === "db-1")!;
    const ctx = { config, envName: "staging", env, tags: [] };
    const { resources } = synth((scope) => new VpsNode(scope, "vps", vpsNodeProps(ctx, db1, { subnetId: 1, cidr: env.network.subnet })));
    const [volume] = ofType(resources, "linode_volume");
    expect(lib(`edge.postgresDataVolume { inherit config; env = "staging"; node = "db-1"; }`, plain)).toEqual({
      device: linodeVolumeDevice(volume.label as string),
      fsType: "ext4",
    });
    expect(lib(`edge.privateCidr { inherit config; env = "staging"; node = "db-1"; }`, plain)).toBe(privateCidr(ctx, db1));
  });

  test("on AWS the data volume is the device the EC2 attachment names", () => {
    const config = defaultConfig() as Config;
    for (const env of Object.values(config.environments)) {
      env.nodes = env.nodes.map((n) => ({
        ...n,
        provider: "aws" as const,
        region: "ap-northeast-1",
        size: "t3.small",
        boot: { ...n.boot, method: "image" as const, image: "ami-0nixos" },
      }));
    }
    const env = config.environments.staging;
    const db1 = env.nodes.find((n) => n.name === "db-1")!;
    const { resources } = synth((scope) => new VpsNode(scope, "vps", vpsNodeProps({ config, envName: "staging", env, tags: [] }, db1)));
    const [attachment] = ofType(resources, "aws_volume_attachment");
    const onAws = writeJson(config);
    expect(lib(`edge.postgresDataVolume { inherit config; env = "staging"; node = "db-1"; }`, onAws)).toEqual({
      device: attachment.device_name,
      fsType: "ext4",
    });
    expect(lib(`edge.privateCidr { inherit config; env = "staging"; node = "db-1"; }`, onAws)).toBe(AWS_DEFAULT_VPC_CIDR);
  });
});

describe("nix/postgres.nix", () => {
  test("sets nothing on a node that runs no Postgres", () => {
    expect(postgresModule(replicated, "app-1")).toEqual({});
  });

  test("primary: the cluster on the data volume, the database, hba, and the VPC let in on 5432 only", () => {
    const config = postgresModule(replicated, "db-1");
    expect(config.fileSystems).toEqual({
      "/var/lib/postgresql": { device: "/dev/disk/by-id/scsi-0Linode_Volume_acme-staging-db-1-data", fsType: "ext4", autoFormat: true },
    });
    expect(config.services.postgresql).toMatchObject({
      enable: true,
      package: expect.stringMatching(/-postgresql-17$/),
      dataDir: "/var/lib/postgresql/17",
      ensureDatabases: ["app"],
      authentication:
        "host app api 10.0.0.0/24 scram-sha-256\nhost replication replicator 172.31.5.2/32 scram-sha-256\nhost replication replicator 172.31.5.3/32 scram-sha-256\n",
      settings: expect.objectContaining({ listen_addresses: "localhost,172.31.5.1", wal_level: "replica" }),
    });
    expect(config.networking.firewall.extraInputRules).toBe('ip saddr 10.0.0.0/24 tcp dport 5432 accept comment "postgres from the private network"\n');
    expect(config.systemd.services.postgresql.after).toContain("network-online.target");
    expect(config.systemd.services).not.toHaveProperty("edge-iac-postgres-basebackup");
  });

  test("primary: the setup unit runs the generated script as postgres after every start, passwords only as credentials", () => {
    const unit = postgresModule(replicated, "db-1", "m.config.systemd.services.edge-iac-postgres-setup");
    expect(unit.wantedBy).toEqual(expect.arrayContaining(["multi-user.target", "postgresql.service"]));
    expect(unit.after).toEqual(
      expect.arrayContaining(["postgresql.service", "postgres-password-api-key.service", "postgres-replication-password-key.service"]),
    );
    expect(unit.serviceConfig).toMatchObject({
      Type: "oneshot",
      User: "postgres",
      LoadCredential: ["postgres-password-api:/run/keys/postgres-password-api", "postgres-replication-password:/run/keys/postgres-replication-password"],
      ExecStart: expect.stringMatching(
        /-postgresql-17\/bin\/psql --no-psqlrc --quiet --dbname=app --file=\/nix\/store\/[0-9a-z]{32}-edge-iac-postgres-setup\.sql$/,
      ),
    });
  });

  test("the package follows postgres.version", () => {
    const config = defaultConfig();
    config.environments.staging.postgres.version = "16";
    const settings = postgresModule(writeJson(config), "db-1", "{ inherit (m.config.services.postgresql) package dataDir; }");
    expect(settings).toEqual({ package: expect.stringMatching(/-postgresql-16$/), dataDir: "/var/lib/postgresql/16" });
  });

  test("replica: a hot standby of the primary, without a database of its own to create", () => {
    const postgresql = postgresModule(replicated, "db-2", "m.config.services.postgresql");
    expect(postgresql.settings).toMatchObject({
      hot_standby: true,
      primary_slot_name: "replica_db_2",
      primary_conninfo: "host=172.31.5.1 port=5432 user=replicator passfile=/run/edge-iac-postgres/replication.pgpass application_name=replica_db_2",
    });
    expect(postgresql).not.toHaveProperty("ensureDatabases");
    expect(postgresModule(replicated, "db-2", "m.config.systemd.services")).not.toHaveProperty("edge-iac-postgres-setup");
  });

  test("replica: bootstraps an empty data directory with pg_basebackup through its slot, as a standby, before Postgres", () => {
    const unit = postgresModule(replicated, "db-2", "m.config.systemd.services.edge-iac-postgres-basebackup");
    expect(unit.requiredBy).toEqual(["postgresql.service"]);
    expect(unit.before).toEqual(["postgresql.service"]);
    expect(unit.serviceConfig).toMatchObject({ Type: "oneshot", User: "postgres" });
    const script: string = unit.script;
    expect(script).toMatch(/^if \[ -e \/var\/lib\/postgresql\/17\/PG_VERSION \]; then\n {2}exit 0\nfi/);
    expect(script).toContain("/bin/pg_basebackup --pgdata=/var/lib/postgresql/17.basebackup --wal-method=stream");
    expect(script).toContain(
      "--slot=replica_db_2 --dbname='host=172.31.5.1 port=5432 user=replicator passfile=/run/edge-iac-postgres/replication.pgpass application_name=replica_db_2'",
    );
    // Copy, mark a standby, then move into place: in that order, each exactly once.
    const steps = [
      "/bin/pg_basebackup ",
      "touch /var/lib/postgresql/17.basebackup/standby.signal",
      "mv /var/lib/postgresql/17.basebackup /var/lib/postgresql/17",
    ];
    const at = steps.map((step) => script.indexOf(step));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test("replica: the password reaches the pgpass file from the deployment key at run time, never the store", () => {
    const unit = postgresModule(replicated, "db-2", "m.config.systemd.services.edge-iac-postgres-passfile");
    expect(unit.serviceConfig.LoadCredential).toEqual(["postgres-replication-password:/run/keys/postgres-replication-password"]);
    expect(unit.after).toEqual(["postgres-replication-password-key.service"]);
    expect(unit.before).toEqual(expect.arrayContaining(["postgresql.service", "edge-iac-postgres-basebackup.service"]));
    expect(unit.script).toContain(`password=$(<"$CREDENTIALS_DIRECTORY/postgres-replication-password")`);
    expect(unit.script).toContain("> /run/edge-iac-postgres/replication.pgpass.new");
    expect(unit.script).toMatch(/umask 0077/);
  });

  test("replica: fails to evaluate, naming the stack to deploy, while the primary has no address", () => {
    const file = writeJson(withReplicas(["db-2"], { "db-2": "172.31.5.2" }));
    const result = evalNix(
      `{ configJson }: let stub = import ${STUB} { inherit configJson; };
         m = stub.evalModule { module = ${nixPath("nix/postgres.nix")}; env = "staging"; node = "db-2"; }; in m.config`,
      { configJson: file },
    );
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/npm run deploy -- staging staging-node-db-1/);
  });
});
