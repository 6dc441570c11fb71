import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Password } from "@cdktf/provider-random/lib/password";
import { TerraformOutput, Testing } from "cdktf";
import { evaluatePolicy } from "../../constructs/policy/evaluate";
import { EI2, EI4, EI11 } from "../../constructs/policy/rules";
import { Postgres, type PostgresProps } from "../../constructs/postgres";
import { ofType, stack, synth } from "./helpers";

const selfHosted: PostgresProps = {
  name: "acme-production",
  mode: "self-hosted",
  version: "17",
  databaseName: "app",
  tenants: [
    { role: "api", schema: "api" },
    { role: "billing", schema: "billing" },
  ],
  production: true,
  backups: { enabled: true, retentionDays: 14 },
};
const managed: PostgresProps = {
  ...selfHosted,
  mode: "managed",
  managed: { provider: "aws", region: "ap-northeast-1", size: "db.t4g.micro", allowList: ["172.31.0.0/16"] },
};

describe("Postgres", () => {
  test("self-hosted: one random password per tenant role and no database resource", () => {
    const { json, resources } = synth((scope) => new Postgres(scope, "pg", selfHosted));
    expect(json).toHaveResourceWithProperties(Password, { length: 32, special: false });
    expect(ofType(resources, "random_password")).toHaveLength(2);
    expect(Object.keys(resources).sort()).toEqual(["random_password"]);
  });

  test("managed on AWS: encrypted, private, protected from deletion, backed up, admin password in Secrets Manager", () => {
    const { json, resources } = synth((scope) => new Postgres(scope, "pg", managed));
    expect(json).toHaveResourceWithProperties(DbInstance, {
      engine: "postgres",
      engine_version: "17",
      instance_class: "db.t4g.micro",
      db_name: "app",
      storage_encrypted: true,
      publicly_accessible: false,
      deletion_protection: true,
      backup_retention_period: 14,
      manage_master_user_password: true,
      skip_final_snapshot: false,
      lifecycle: { prevent_destroy: true },
    });
    expect(ofType(resources, "aws_db_instance")[0]).not.toHaveProperty("password");
    expect(ofType(resources, "aws_vpc_security_group_ingress_rule")).toEqual([expect.objectContaining({ cidr_ipv4: "172.31.0.0/16", from_port: 5432 })]);
  });

  test("refuses production without backups", () => {
    expect(() => new Postgres(stack(), "pg", { ...selfHosted, backups: { enabled: false, retentionDays: 7 } })).toThrow(
      /backups\.enabled: production requires backups, got false/,
    );
  });

  test("refuses an allow-list that reaches the internet by range: the bypass pair, ::/0, 2000::/3", () => {
    const allow = (allowList: string[]) => () => new Postgres(stack(), "pg", { ...managed, managed: { ...managed.managed!, allowList } });
    expect(allow(["0.0.0.0/1", "128.0.0.0/1"])).toThrow(
      /managed\.allowList\[0\]: 0\.0\.0\.0\/1 covers more of the internet than a \/16[\s\S]*managed\.allowList\[1\]: 128\.0\.0\.0\/1 covers more/,
    );
    expect(allow(["::/0"])).toThrow(/managed\.allowList\[0\]: not an IPv4 CIDR: "::\/0"[\s\S]*managed\.allowList\[0\]: ::\/0 is the whole internet/);
    expect(allow(["2000::/3"])).toThrow(/managed\.allowList\[0\]: 2000::\/3 covers more of the internet than a \/32/);
  });

  test("allows an office /28, a node's /32 and the private network", () => {
    const { resources } = synth(
      (scope) =>
        new Postgres(scope, "pg", { ...managed, managed: { ...managed.managed!, allowList: ["203.0.113.16/28", "198.51.100.7/32", "172.31.0.0/16"] } }),
    );
    expect(
      ofType(resources, "aws_vpc_security_group_ingress_rule")
        .map((r) => r.cidr_ipv4)
        .sort(),
    ).toEqual(["172.31.0.0/16", "198.51.100.7/32", "203.0.113.16/28"]);
  });

  test("refuses an allow-list open to the internet", () => {
    expect(() => new Postgres(stack(), "pg", { ...managed, managed: { ...managed.managed!, allowList: ["0.0.0.0/0"] } })).toThrow(
      /managed\.allowList\[0\]: 0\.0\.0\.0\/0 is the whole internet, which would open the database to the internet/,
    );
  });

  test("refuses managed mode without its settings, and two tenants sharing a schema", () => {
    expect(
      () =>
        new Postgres(stack(), "pg", {
          ...selfHosted,
          mode: "managed",
          tenants: [
            { role: "a", schema: "s" },
            { role: "b", schema: "s" },
          ],
        }),
    ).toThrow(/tenants: schema\(s\) listed twice: s[\s\S]*managed: mode "managed" needs provider/);
  });

  describe("managed on Linode", () => {
    const linode: PostgresProps = {
      ...managed,
      production: true,
      managed: {
        provider: "linode",
        region: "jp-tyo-3",
        size: "g6-nanode-1",
        allowList: ["10.0.0.0/24"],
        replicas: 2,
        privateNetwork: { vpcId: 7, subnetId: 8 },
      },
    };

    test("a PostgreSQL v2 cluster of 1 + replicas on the VPC, no public access, allow-list only, protected from destroy", () => {
      const { resources } = synth((scope) => new Postgres(scope, "pg", linode));
      expect(ofType(resources, "linode_database_postgresql_v2")).toEqual([
        expect.objectContaining({
          label: "acme-production-pg",
          engine_id: "postgresql/17",
          region: "jp-tyo-3",
          type: "g6-nanode-1",
          cluster_size: 3,
          allow_list: ["10.0.0.0/24"],
          private_network: { vpc_id: 7, subnet_id: 8, public_access: false },
          lifecycle: { prevent_destroy: true },
        }),
      ]);
      expect(ofType(resources, "aws_db_instance")).toEqual([]);
    });

    test("its host, port, standby host and admin login come from the cluster", () => {
      const { outputs } = synth((scope) => {
        const pg = new Postgres(scope, "pg", linode);
        new TerraformOutput(scope, "host", { value: pg.host });
        new TerraformOutput(scope, "port", { value: pg.port });
        new TerraformOutput(scope, "read", { value: pg.readHosts });
        new TerraformOutput(scope, "admin", { value: pg.adminCredentials?.password, sensitive: true });
      });
      expect(outputs).toEqual({
        host: { value: expect.stringMatching(/^\$\{linode_database_postgresql_v2\.[^.]+\.host_primary\}$/) },
        port: { value: expect.stringMatching(/\.port\}$/) },
        read: { value: [expect.stringMatching(/\.host_standby\}$/)] },
        admin: { value: expect.stringMatching(/\.root_password\}$/), sensitive: true },
      });
    });

    test("refuses an open allow-list, a missing VPC, too many replicas and backups turned off", () => {
      expect(
        () =>
          new Postgres(stack(), "pg", {
            ...linode,
            backups: { enabled: false, retentionDays: 7 },
            production: false,
            managed: { ...linode.managed!, allowList: ["0.0.0.0/0"], replicas: 3, privateNetwork: undefined },
          }),
      ).toThrow(
        /managed\.privateNetwork: a Linode database joins the environment's VPC[\s\S]*managed\.replicas: a Linode cluster has at most 2 replicas[\s\S]*backups\.enabled: Linode backs up every managed database[\s\S]*managed\.allowList\[0\]: 0\.0\.0\.0\/0 is the whole internet/,
      );
    });
  });

  describe("managed read replicas", () => {
    const withReplicas = (replicas: number): PostgresProps => ({ ...managed, managed: { ...managed.managed!, replicas } });

    test("creates one replica per managed.replicas, streaming from the primary, same class, encrypted, private, protected", () => {
      const { resources } = synth((scope) => new Postgres(scope, "pg", withReplicas(2)));
      const instances = ofType(resources, "aws_db_instance");
      expect(instances).toHaveLength(3);
      const primary = instances.find((i) => i.identifier === "acme-production-pg")!;
      const replicas = instances.filter((i) => i.replicate_source_db !== undefined);
      expect(replicas.map((r) => r.identifier)).toEqual(["acme-production-pg-replica-1", "acme-production-pg-replica-2"]);
      for (const replica of replicas) {
        expect(replica).toMatchObject({
          replicate_source_db: expect.stringMatching(/^\$\{aws_db_instance\.pg_database_[0-9A-F]+\.identifier\}$/),
          instance_class: primary.instance_class,
          storage_encrypted: true,
          publicly_accessible: false,
          deletion_protection: primary.deletion_protection,
          vpc_security_group_ids: primary.vpc_security_group_ids,
          backup_retention_period: 0,
          skip_final_snapshot: true,
        });
        // Inherited from the source: setting them on a replica is refused or ignored by RDS.
        for (const inherited of ["engine", "db_name", "username", "manage_master_user_password", "db_subnet_group_name", "final_snapshot_identifier"]) {
          expect(replica).not.toHaveProperty(inherited);
        }
      }
    });

    test("exposes the replicas' addresses as readHosts, in order", () => {
      const scope = stack();
      const pg = new Postgres(scope, "pg", withReplicas(2));
      new TerraformOutput(scope, "read_hosts", { value: pg.readHosts });
      const output = JSON.parse(Testing.synth(scope)).output.read_hosts.value;
      expect(output).toEqual([
        expect.stringMatching(/^\$\{aws_db_instance\.pg_replica-1_[0-9A-F]+\.address\}$/),
        expect.stringMatching(/^\$\{aws_db_instance\.pg_replica-2_[0-9A-F]+\.address\}$/),
      ]);
    });

    test("creates no replica and no read host by default", () => {
      const scope = stack();
      const pg = new Postgres(scope, "pg", managed);
      expect(pg.readHosts).toEqual([]);
      expect(ofType(JSON.parse(Testing.synth(scope)).resource, "aws_db_instance")).toHaveLength(1);
    });

    test("passes the policy: the replicas' missing final snapshot is suppressed with a reason, the primary stays guarded", () => {
      const scope = stack();
      new Postgres(scope, "pg", withReplicas(1));
      // Tags (EI7) come from the stacks' provider default_tags, which this bare stack has not.
      const report = evaluatePolicy(scope, [EI2, EI4, EI11]);
      expect(report.findings).toEqual([]);
      expect(report.suppressed.map((f) => [f.ruleId, f.path])).toEqual([["EI4", expect.stringMatching(/pg\/replica-1$/)]]);
      expect(report.unusedSuppressions).toEqual([]);
    });

    test("refuses more than 5 replicas, negative and fractional counts", () => {
      expect(() => new Postgres(stack(), "pg", withReplicas(6))).toThrow(/managed\.replicas: must be a whole number from 0 to 5, got 6/);
      expect(() => new Postgres(stack(), "pg", withReplicas(-1))).toThrow(/managed\.replicas: must be a whole number from 0 to 5, got -1/);
      expect(() => new Postgres(stack(), "pg", withReplicas(1.5))).toThrow(/managed\.replicas: must be a whole number from 0 to 5, got 1\.5/);
    });

    test("refuses replicas of a primary without backups (RDS needs them on a replica source)", () => {
      expect(() => new Postgres(stack(), "pg", { ...withReplicas(1), production: false, backups: { enabled: false, retentionDays: 7 } })).toThrow(
        /managed\.replicas: 1 read replica\(s\) need backups on the primary/,
      );
    });

    test("refuses replica nodes (replicaCount) on a managed database", () => {
      expect(() => new Postgres(stack(), "pg", { ...managed, replicaCount: 1 })).toThrow(
        /replicaCount: replica nodes are for mode "self-hosted"; a managed database sets managed\.replicas/,
      );
    });
  });

  describe("self-hosted replicas", () => {
    test("creates the replication password only when there is a replica", () => {
      const { resources } = synth((scope) => new Postgres(scope, "pg", { ...selfHosted, replicaCount: 2 }));
      expect(Object.keys(resources.random_password).filter((id) => id.startsWith("pg_replication-password"))).toHaveLength(1);
      expect(ofType(resources, "random_password")).toHaveLength(3);
      expect(resources).not.toHaveProperty("aws_db_instance");

      const without = new Postgres(stack(), "pg", selfHosted);
      expect(without.replicationPassword).toBeUndefined();
      expect(new Postgres(stack(), "pg", { ...selfHosted, replicaCount: 0 }).replicationPassword).toBeUndefined();
    });

    test("exposes the replication password for a sensitive output, and no read hosts", () => {
      const scope = stack();
      const pg = new Postgres(scope, "pg", { ...selfHosted, replicaCount: 1 });
      expect(pg.readHosts).toEqual([]);
      new TerraformOutput(scope, "replication", { value: pg.replicationPassword!.result, sensitive: true });
      const output = JSON.parse(Testing.synth(scope)).output.replication;
      expect(output).toEqual({ sensitive: true, value: expect.stringMatching(/^\$\{random_password\.pg_replication-password_[0-9A-F]+\.result\}$/) });
      const password = Object.entries(JSON.parse(Testing.synth(scope)).resource.random_password as Record<string, unknown>).find(([id]) =>
        id.startsWith("pg_replication-password"),
      );
      expect(password?.[1]).toEqual({ length: 32, special: false });
    });

    test("refuses a negative or fractional replicaCount and a managed count on a self-hosted primary", () => {
      expect(() => new Postgres(stack(), "pg", { ...selfHosted, replicaCount: -1 })).toThrow(/replicaCount: must be a whole number >= 0, got -1/);
      expect(() => new Postgres(stack(), "pg", { ...selfHosted, replicaCount: 0.5 })).toThrow(/replicaCount: must be a whole number >= 0, got 0\.5/);
      expect(() => new Postgres(stack(), "pg", { ...selfHosted, managed: { ...managed.managed!, replicas: 2 } })).toThrow(
        /managed: only for mode "managed"[\s\S]*managed\.replicas: a self-hosted primary's replicas are nodes \(replicaCount\), got managed\.replicas 2/,
      );
    });
  });
});
