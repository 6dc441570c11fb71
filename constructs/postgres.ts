import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Password } from "@cdktf/provider-random/lib/password";
import { TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { awsTags } from "./vps-node";
import { LINODE_BLOCKED } from "./vps-node";
import { CIDR, duplicates, PropsValidator } from "./validation";

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
  /** @default [] */
  readonly tags?: readonly string[];
}

/**
 * The environment's single write primary (seed 001) and one role + schema per service (seed 003). Every
 * tenant's password is a random_password kept in (encrypted) state and read from a sensitive output by
 * the deployment, never a literal. A managed database is encrypted, backed up, protected from deletion
 * and reachable only from its allow-list.
 */
export class Postgres extends Construct {
  readonly passwords: Record<string, Password> = {};
  readonly database?: TerraformResource;
  /** Host name or address clients connect to, when managed. */
  readonly host?: string;
  readonly port: number = 5432;

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
      .check(props.managed?.provider !== "linode", "managed.provider", `"linode" is not available yet: ${LINODE_BLOCKED}`);
    props.tenants.forEach((t, i) => {
      validator
        .check(/^[a-z][a-z0-9_]{0,62}$/.test(t.role), `tenants[${i}].role`, `must be a lowercase SQL identifier, got ${JSON.stringify(t.role)}`)
        .check(/^[a-z][a-z0-9_]{0,62}$/.test(t.schema), `tenants[${i}].schema`, `must be a lowercase SQL identifier, got ${JSON.stringify(t.schema)}`);
    });
    props.managed?.allowList.forEach((cidr, i) => {
      validator
        .check(CIDR.test(cidr), `managed.allowList[${i}]`, `not an IPv4 CIDR: ${JSON.stringify(cidr)}`)
        .check(!cidr.endsWith("/0"), `managed.allowList[${i}]`, `${cidr} opens the database to the whole internet; list the nodes' addresses`);
    });
    validator.throwIfInvalid();

    for (const tenant of props.tenants) {
      this.passwords[tenant.role] = new Password(this, `password-${tenant.role}`, { length: 32, special: false });
    }
    if (props.mode === "managed" && props.managed) {
      const managed = props.managed;
      const created = awsManagedPostgres(this, props, managed);
      this.database = created.database;
      this.host = created.host;
    }
  }
}

function awsManagedPostgres(scope: Construct, props: PostgresProps, managed: ManagedPostgres) {
  const label = `${props.name}-pg`;
  const tags = { Name: label, ...awsTags(props.tags ?? []) };
  const group = new SecurityGroup(scope, "security-group", { name: label, description: `${label}: Postgres from the allow-list only`, tags });
  managed.allowList.forEach(
    (cidr) =>
      new VpcSecurityGroupIngressRule(scope, `allow-${cidr}`, {
        securityGroupId: group.id,
        cidrIpv4: cidr,
        ipProtocol: "tcp",
        fromPort: 5432,
        toPort: 5432,
        description: "Postgres from an allow-listed network",
        tags,
      }),
  );
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
  return { database: database as TerraformResource, host: database.address };
}
