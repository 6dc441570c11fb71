import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Password } from "@cdktf/provider-random/lib/password";
import { Postgres, PostgresProps } from "../../constructs/postgres";
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
    expect(() => new Postgres(stack(), "pg", { ...selfHosted, backups: { enabled: false, retentionDays: 7 } })).toThrow(/backups\.enabled: production requires backups, got false/);
  });

  test("refuses an allow-list open to the internet", () => {
    expect(() => new Postgres(stack(), "pg", { ...managed, managed: { ...managed.managed!, allowList: ["0.0.0.0/0"] } })).toThrow(/managed\.allowList\[0\]: 0\.0\.0\.0\/0 opens the database to the whole internet/);
  });

  test("refuses managed mode without its settings, and two tenants sharing a schema", () => {
    expect(() => new Postgres(stack(), "pg", { ...selfHosted, mode: "managed", tenants: [{ role: "a", schema: "s" }, { role: "b", schema: "s" }] })).toThrow(
      /tenants: schema\(s\) listed twice: s[\s\S]*managed: mode "managed" needs provider/,
    );
  });

  test("refuses managed Linode while its binding cannot be generated", () => {
    expect(() => new Postgres(stack(), "pg", { ...managed, managed: { ...managed.managed!, provider: "linode" } })).toThrow(/managed\.provider: "linode" is not available yet/);
  });
});
