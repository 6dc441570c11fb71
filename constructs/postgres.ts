import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Password } from "@cdktf/provider-random/lib/password";
import { type TerraformResource, Token } from "cdktf";
import { Construct } from "constructs";
import { DatabasePostgresqlV2 } from "../.gen/providers/linode/database-postgresql-v2";
import { internetExposure, isIpv4Cidr } from "./networks";
import { suppress } from "./policy/suppressions";
import { MAX_LINODE_DB_REPLICAS } from "./provider-names";
import { duplicates, PropsValidator } from "./validation";
import { awsTags } from "./vps-node";

/** The most read replicas RDS lets one source instance have that this construct creates. */
export const MAX_MANAGED_REPLICAS = 5;

/** The Postgres role self-hosted replicas stream as (nix/lib.nix replicationUser). */
export const REPLICATION_ROLE = "replicator";

/** A service's slice of the database: a login role and a schema it owns. */
export interface PostgresTenant {
  /** The role name (the service name, with - turned into _). */
  readonly role: string;
  readonly schema: string;
}

export interface ManagedPostgres {
  readonly provider: "linode" | "aws";
  readonly region: string;
  /** A Linode database type (g6-nanode-1) or an RDS instance class (db.t4g.micro). */
  readonly size: string;
  /** The only networks that may connect. */
  readonly allowList: readonly string[];
  /**
   * Linode only: the VPC and subnet the database joins, without a public endpoint (the environment's
   * private network, the <env>-network stack). Required for provider "linode".
   */
  readonly privateNetwork?: { readonly vpcId: number; readonly subnetId: number };
  /**
   * Read replicas of the primary (0 to 5), each an instance of the same class streaming from it. Services
   * read from them through PGHOST_READ; writes always go to the primary. Replicas are protected from
   * deletion like the primary: lowering the number needs `aws rds modify-db-instance
   * --db-instance-identifier <name>-pg-replica-<n> --no-deletion-protection` first.
   * @default 0
   */
  readonly replicas?: number;
}

export interface PostgresProps {
  /** Label prefix, e.g. acme-production. */
  readonly name: string;
  /**
   * "self-hosted": Postgres runs on a node with the postgres role (its data volume lives in that node's
   * stack); this construct only holds the tenants' credentials. "managed": the provider's database.
   */
  readonly mode: "self-hosted" | "managed";
  /** Major version, e.g. "17". */
  readonly version: string;
  /** The one database every service schema lives in. */
  readonly databaseName: string;
  readonly tenants: readonly PostgresTenant[];
  /** Production refuses to run without backups. */
  readonly production: boolean;
  readonly backups: { readonly enabled: boolean; readonly retentionDays: number };
  /** Required when mode is "managed". */
  readonly managed?: ManagedPostgres;
  /**
   * Number of self-hosted streaming replicas (nodes with the postgres-replica role). They run on their
   * own nodes; this construct only creates the password they replicate with. A managed database sets
   * managed.replicas instead.
   * @default 0
   */
  readonly replicaCount?: number;
  /** @default [] */
  readonly tags?: readonly string[];
}

/**
 * The environment's single write primary (seed 001) and one role + schema per service (seed 003). Every
 * tenant's password is a random_password kept in (encrypted) state and read from a sensitive output by
 * the deployment, never a literal. A managed database is encrypted, backed up, protected from deletion
 * and reachable only from its allow-list; its read replicas (managed.replicas) share its class, security
 * group and subnet group. Self-hosted replicas are nodes (nix/postgres.nix); here they only get the
 * replication role's password.
 */
export class Postgres extends Construct {
  readonly passwords: Record<string, Password> = {};
  readonly database?: TerraformResource;
  /** Host name or address clients connect to, when managed. */
  readonly host?: string;
  readonly port: number = 5432;
  /**
   * The managed database's admin login, when the provider hands it to OpenTofu (Linode): for sensitive
   * outputs only, read by the deploy to create the tenants' roles. RDS keeps its own in Secrets Manager.
   */
  readonly adminCredentials?: { readonly username: string; readonly password: string };
  /** The managed read replicas, in order (`<identifier>-replica-1` first); empty when self-hosted. */
  readonly replicas: DbInstance[] = [];
  /**
   * Addresses of the managed read replicas, in the order of `replicas`; empty when self-hosted (the
   * replicas' addresses are their nodes' private addresses, known to the node stacks).
   */
  readonly readHosts: string[] = [];
  /**
   * Password of the replication role (REPLICATION_ROLE) self-hosted replicas connect as, when
   * replicaCount is at least 1. For a sensitive output: it reaches the primary and the replicas as a
   * deployment key, never config.
   */
  readonly replicationPassword?: Password;

  constructor(scope: Construct, id: string, props: PostgresProps) {
    super(scope, id);
    const roles = props.tenants.map((t) => t.role);
    const schemas = props.tenants.map((t) => t.schema);
    const validator = new PropsValidator(`Postgres ${this.node.path}`)
      .check(/^[a-z][a-z0-9_]{0,62}$/.test(props.databaseName), "databaseName", `must be a lowercase SQL identifier, got ${JSON.stringify(props.databaseName)}`)
      .check(duplicates(roles).length === 0, "tenants", `role(s) listed twice: ${duplicates(roles).join(", ")}`)
      .check(duplicates(schemas).length === 0, "tenants", `schema(s) listed twice: ${duplicates(schemas).join(", ")}`)
      .check(!props.production || props.backups.enabled, "backups.enabled", "production requires backups, got false")
      .check(props.backups.retentionDays >= 1 && props.backups.retentionDays <= 35, "backups.retentionDays", `must be 1-35, got ${props.backups.retentionDays}`)
      .check(props.mode !== "managed" || props.managed !== undefined, "managed", 'mode "managed" needs provider, region, size and allowList')
      .check(props.mode !== "self-hosted" || props.managed === undefined, "managed", 'only for mode "managed"')
      .check(
        props.managed?.provider !== "linode" || props.managed.privateNetwork !== undefined,
        "managed.privateNetwork",
        "a Linode database joins the environment's VPC; give its vpcId and subnetId",
      )
      .check(
        props.managed?.provider !== "linode" || (props.managed.replicas ?? 0) <= MAX_LINODE_DB_REPLICAS,
        "managed.replicas",
        `a Linode cluster has at most ${MAX_LINODE_DB_REPLICAS} replicas (cluster_size 1-3), got ${props.managed?.replicas}`,
      )
      .check(
        props.managed?.provider !== "linode" || props.backups.enabled,
        "backups.enabled",
        "Linode backs up every managed database daily and cannot turn it off; leave backups enabled",
      )
      .check(
        props.managed?.provider !== "aws" || props.managed.privateNetwork === undefined,
        "managed.privateNetwork",
        "an RDS database uses the default VPC; leave it out",
      );
    const managedReplicas = props.managed?.replicas ?? 0;
    const replicaCount = props.replicaCount ?? 0;
    validator
      .check(
        Number.isInteger(managedReplicas) && managedReplicas >= 0 && managedReplicas <= MAX_MANAGED_REPLICAS,
        "managed.replicas",
        `must be a whole number from 0 to ${MAX_MANAGED_REPLICAS}, got ${managedReplicas}`,
      )
      // RDS refuses a backup retention of 0 on an instance that is the source of read replicas.
      .check(
        managedReplicas === 0 || props.backups.enabled,
        "managed.replicas",
        `${managedReplicas} read replica(s) need backups on the primary (RDS refuses a replica source without them); set backups.enabled or replicas: 0`,
      )
      .check(Number.isInteger(replicaCount) && replicaCount >= 0, "replicaCount", `must be a whole number >= 0, got ${replicaCount}`)
      .check(
        props.mode !== "self-hosted" || managedReplicas === 0,
        "managed.replicas",
        `a self-hosted primary's replicas are nodes (replicaCount), got managed.replicas ${managedReplicas}`,
      )
      .check(
        props.mode !== "managed" || replicaCount === 0,
        "replicaCount",
        `replica nodes are for mode "self-hosted"; a managed database sets managed.replicas, got replicaCount ${replicaCount}`,
      );
    props.tenants.forEach((t, i) => {
      validator
        .check(/^[a-z][a-z0-9_]{0,62}$/.test(t.role), `tenants[${i}].role`, `must be a lowercase SQL identifier, got ${JSON.stringify(t.role)}`)
        .check(/^[a-z][a-z0-9_]{0,62}$/.test(t.schema), `tenants[${i}].schema`, `must be a lowercase SQL identifier, got ${JSON.stringify(t.schema)}`);
    });
    const allowList = props.managed?.allowList ?? [];
    allowList.forEach((cidr, i) => {
      validator.check(isIpv4Cidr(cidr), `managed.allowList[${i}]`, `not an IPv4 CIDR: ${JSON.stringify(cidr)}`);
    });
    for (const open of internetExposure(allowList)) {
      validator.check(
        false,
        `managed.allowList[${open.index}]`,
        `${open.cidr} ${open.why}, which would open the database to the internet; list the nodes' addresses or the private network's range`,
      );
    }
    validator.throwIfInvalid();

    for (const tenant of props.tenants) {
      this.passwords[tenant.role] = new Password(this, `password-${tenant.role}`, { length: 32, special: false });
    }
    if (props.mode === "managed" && props.managed?.provider === "linode") {
      const created = linodeManagedPostgres(this, props, props.managed);
      this.database = created;
      this.host = created.hostPrimary;
      this.port = Token.asNumber(created.port);
      this.adminCredentials = { username: created.rootUsername, password: created.rootPassword };
      // The standbys of a Linode cluster serve reads at the cluster's secondary host.
      if ((props.managed.replicas ?? 0) > 0) this.readHosts = [created.hostStandby];
    } else if (props.mode === "managed" && props.managed) {
      const managed = props.managed;
      const created = awsManagedPostgres(this, props, managed);
      this.database = created.database;
      this.host = created.host;
      this.replicas = created.replicas;
      this.readHosts = created.replicas.map((r) => r.address);
    }
    if (props.mode === "self-hosted" && replicaCount > 0) {
      this.replicationPassword = new Password(this, "replication-password", { length: 32, special: false });
    }
  }
}

/**
 * A Linode managed PostgreSQL cluster (the v2 API): 1 + replicas nodes, on the environment's VPC with no
 * public endpoint, reachable from the allow-list only. Linode backs it up daily on its own; there is no
 * switch to turn that off, hence no retention setting here.
 */
function linodeManagedPostgres(scope: Construct, props: PostgresProps, managed: ManagedPostgres): DatabasePostgresqlV2 {
  return new DatabasePostgresqlV2(scope, "database", {
    label: `${props.name}-pg`,
    engineId: `postgresql/${props.version}`,
    region: managed.region,
    type: managed.size,
    clusterSize: 1 + (managed.replicas ?? 0),
    allowList: [...managed.allowList],
    privateNetwork: { vpcId: managed.privateNetwork!.vpcId, subnetId: managed.privateNetwork!.subnetId, publicAccess: false },
    lifecycle: { preventDestroy: true },
  });
}

function awsManagedPostgres(scope: Construct, props: PostgresProps, managed: ManagedPostgres) {
  const label = `${props.name}-pg`;
  const tags = { Name: label, ...awsTags(props.tags ?? []) };
  const group = new SecurityGroup(scope, "security-group", { name: label, description: `${label}: Postgres from the allow-list only`, tags });
  for (const cidr of managed.allowList) {
    new VpcSecurityGroupIngressRule(scope, `allow-${cidr}`, {
      securityGroupId: group.id,
      cidrIpv4: cidr,
      ipProtocol: "tcp",
      fromPort: 5432,
      toPort: 5432,
      description: "Postgres from an allow-listed network",
      tags,
    });
  }
  const database = new DbInstance(scope, "database", {
    identifier: label,
    engine: "postgres",
    engineVersion: props.version,
    instanceClass: managed.size,
    allocatedStorage: 20,
    maxAllocatedStorage: 100,
    storageType: "gp3",
    storageEncrypted: true,
    dbName: props.databaseName,
    username: "postgres_admin",
    // RDS keeps the admin password in Secrets Manager: it never enters config, state outputs or git.
    manageMasterUserPassword: true,
    vpcSecurityGroupIds: [group.id],
    publiclyAccessible: false,
    deletionProtection: true,
    backupRetentionPeriod: props.backups.enabled ? props.backups.retentionDays : 0,
    copyTagsToSnapshot: true,
    skipFinalSnapshot: false,
    finalSnapshotIdentifier: `${label}-final`,
    autoMinorVersionUpgrade: true,
    tags,
    lifecycle: { preventDestroy: true },
  });
  const replicas: DbInstance[] = [];
  for (let n = 1; n <= (managed.replicas ?? 0); n++) {
    const identifier = `${label}-replica-${n}`;
    const replica = new DbInstance(scope, `replica-${n}`, {
      identifier,
      // Same region: the source's identifier. Engine, version, storage size, database, admin user and
      // subnet group come from the source (RDS refuses a subnet group on a same-region replica).
      replicateSourceDb: database.identifier,
      instanceClass: managed.size,
      storageType: "gp3",
      maxAllocatedStorage: 100,
      storageEncrypted: true,
      vpcSecurityGroupIds: [group.id],
      publiclyAccessible: false,
      deletionProtection: true,
      // No backups of its own: a replica holds nothing the primary's backups lack, and a promoted replica
      // turns them on when it becomes a primary.
      backupRetentionPeriod: 0,
      // RDS refuses a final snapshot of a read replica (FinalDBSnapshotIdentifier "can not be specified
      // when deleting a replica instance"), so a destroy must skip it.
      skipFinalSnapshot: true,
      autoMinorVersionUpgrade: true,
      tags: { ...tags, Name: identifier },
    });
    suppress(
      replica,
      "EI4",
      "a read replica holds no data of its own (the primary is backed up and guarded) and RDS refuses final snapshots of replicas, so it has neither prevent_destroy nor a final snapshot; deletion_protection still stops a delete until an operator lowering managed.replicas turns it off",
    );
    replicas.push(replica);
  }
  return { database: database as TerraformResource, host: database.address, replicas };
}
