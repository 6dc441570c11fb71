import { TerraformOutput, type TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { BackupBucket } from "../constructs/backup-bucket";
import { LogBucket } from "../constructs/log-bucket";
import { Postgres } from "../constructs/postgres";
import { WorkerStorage } from "../constructs/worker-storage";
import { stackOutputString } from "../schema/outputs";
import { recordedStorageId, STORAGE_ID_OUTPUTS } from "../schema/worker-services";
import { EnvironmentStack, type EnvironmentStackProps } from "./environment-stack";
import { stackName } from "./names";
import { networkInputs } from "./network-stack";
import { backupBucketProps, type EnvContext, logBucketProps, postgresProps, type WorkerStorageIds, workerStorageProps } from "./props";
import { awsProvider, cloudflareProvider, linodeProvider, randomProvider } from "./providers";

/**
 * The state of one environment that outlives nodes: the Postgres primary's tenants, the R2 log bucket and,
 * for a self-hosted primary with backups, the R2 bucket of its pgBackRest repository and the repository's
 * passphrase; the KV namespaces, R2 buckets, D1 databases and queues of its Worker services (storage),
 * whose ids it outputs for the edge stack (workerStorageInputs). Deployed after the node stacks, so it can
 * publish where the primary is.
 */
export class DataStack extends EnvironmentStack {
  readonly logBucket: LogBucket;
  readonly postgres: Postgres;
  readonly backups?: BackupBucket;
  readonly storage?: WorkerStorage;

  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, props);
    cloudflareProvider(this);
    randomProvider(this);
    const managed = this.env.postgres.managed;
    let privateNetwork: Parameters<typeof postgresProps>[1];
    if (this.env.postgres.mode === "managed" && managed?.provider === "linode") {
      linodeProvider(this);
      privateNetwork = networkInputs(this, this.context, managed.region);
    } else if (this.env.postgres.mode === "managed" && managed) {
      awsProvider(this, managed.region, this.tags);
    }

    this.logBucket = new LogBucket(this, "logs", logBucketProps(this.context));
    this.postgres = new Postgres(this, "postgres", postgresProps(this.context, privateNetwork));

    const backups = backupBucketProps(this.context);
    if (backups) this.backups = new BackupBucket(this, "pg-backups", backups);

    const storage = workerStorageProps(this.context);
    if (storage) this.storage = new WorkerStorage(this, "storage", storage);

    new TerraformOutput(this, "log_bucket", { value: this.logBucket.bucket.name });
    if (this.storage) {
      for (const [output, ids, what] of [
        [STORAGE_ID_OUTPUTS.kv, this.storage.kvNamespaceIds, "KV namespace"],
        [STORAGE_ID_OUTPUTS.d1, this.storage.d1DatabaseIds, "D1 database"],
        [STORAGE_ID_OUTPUTS.queues, this.storage.queueIds, "queue"],
      ] as const) {
        if (Object.keys(ids).length > 0) new TerraformOutput(this, output, { value: ids, description: `storage name → ${what} id, read by the edge stack` });
      }
    }
    if (this.backups) {
      new TerraformOutput(this, "postgres_backup_bucket", {
        value: this.backups.bucket.name,
        description: "the pgBackRest repository of the self-hosted primary (docs/restore.md)",
      });
      // The deployment key pgbackrest-cipher-pass (nix/backup.nix); keep a copy outside this state too.
      new TerraformOutput(this, "postgres_backup_cipher_pass", { value: this.backups.passphrase.result, sensitive: true });
    }
    new TerraformOutput(this, "postgres_database", { value: this.env.postgres.databaseName });
    // Services connect here: the managed database's address, or the self-hosted node's private address as
    // its node stack reported it (CUE outputs, written by the post-apply hook after that stack's apply).
    const pg = this.env.postgres;
    const host =
      this.postgres.host ?? (pg.node ? stackOutputString(this.config, this.envName, stackName(this.envName, "node", pg.node), "private_ipv4") : undefined);
    if (host) new TerraformOutput(this, "postgres_host", { value: host, description: "where services connect (PGHOST)" });
    if (this.postgres.database) new TerraformOutput(this, "postgres_port", { value: this.postgres.port, description: "where services connect (PGPORT)" });
    if (this.postgres.adminCredentials) {
      new TerraformOutput(this, "postgres_admin_username", { value: this.postgres.adminCredentials.username, sensitive: true });
      new TerraformOutput(this, "postgres_admin_password", { value: this.postgres.adminCredentials.password, sensitive: true });
    }
    // Reads: the managed replicas' endpoints, or the replica nodes' private addresses as their node stacks
    // reported them (a replica whose stack was not applied yet is left out until it is).
    const readHosts =
      this.postgres.readHosts.length > 0
        ? this.postgres.readHosts
        : pg.replicas
            .map((n) => stackOutputString(this.config, this.envName, stackName(this.envName, "node", n), "private_ipv4"))
            .filter((h): h is string => h !== undefined);
    new TerraformOutput(this, "postgres_read_hosts", { value: readHosts, description: "read replicas; services' PGHOST_READ lists them before the primary" });
    if (this.postgres.replicationPassword) {
      new TerraformOutput(this, "postgres_replication_password", { value: this.postgres.replicationPassword.result, sensitive: true });
    }
    for (const [role, password] of Object.entries(this.postgres.passwords)) {
      new TerraformOutput(this, `postgres_password_${role}`, { value: password.result, sensitive: true });
    }
  }
}

const STORAGE_VARIABLES = { kv: "kv_namespace_id", d1: "d1_database_id", queues: "queue_id" } as const;

/**
 * The ids of the environment's KV namespaces, D1 databases and queues as input variables of `stack`, one
 * per resource asked for (`kv_namespace_id_<name>`, …): their defaults are what the <env>-data stack
 * reported after its last apply (CUE outputs kv_namespace_ids, d1_database_ids, queue_ids). Before it was
 * applied they have no default; `npm run deploy` applies the data stack before the edge stack and
 * synthesizes again when its outputs change, so it never asks.
 */
export function workerStorageInputs(stack: TerraformStack, ctx: EnvContext): WorkerStorageIds {
  const data = stackName(ctx.envName, "data");
  const made = new Map<string, TerraformVariable>();
  const input = (kind: keyof typeof STORAGE_ID_OUTPUTS) => (name: string) => {
    const id = `${STORAGE_VARIABLES[kind]}_${name.replace(/-/g, "_")}`;
    let variable = made.get(id);
    if (!variable) {
      variable = new TerraformVariable(stack, id, {
        type: "string",
        default: recordedStorageId(ctx.config, ctx.envName, kind, name),
        description: `the id of ${ctx.envName}'s ${name}: ${data}'s ${STORAGE_ID_OUTPUTS[kind]}["${name}"], recorded in CUE after its apply (apply ${data} first)`,
      });
      made.set(id, variable);
    }
    return variable.stringValue;
  };
  return { kvNamespaceId: input("kv"), d1DatabaseId: input("d1"), queueId: input("queues") };
}
