import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { LogBucket } from "../constructs/log-bucket";
import { Postgres } from "../constructs/postgres";
import { EnvironmentStack, EnvironmentStackProps } from "./environment-stack";
import { logBucketProps, postgresProps } from "./props";
import { awsProvider, cloudflareProvider, randomProvider } from "./providers";

/** The state of one environment that outlives nodes: the Postgres primary's tenants and the R2 log bucket. */
export class DataStack extends EnvironmentStack {
  readonly logBucket: LogBucket;
  readonly postgres: Postgres;

  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, props);
    cloudflareProvider(this);
    randomProvider(this);
    const managed = this.env.postgres.managed;
    if (this.env.postgres.mode === "managed" && managed) awsProvider(this, managed.region, this.tags);

    this.logBucket = new LogBucket(this, "logs", logBucketProps(this.context));
    this.postgres = new Postgres(this, "postgres", postgresProps(this.context));

    new TerraformOutput(this, "log_bucket", { value: this.logBucket.bucket.name });
    new TerraformOutput(this, "postgres_database", { value: this.env.postgres.databaseName });
    if (this.postgres.host) new TerraformOutput(this, "postgres_host", { value: this.postgres.host });
    for (const [role, password] of Object.entries(this.postgres.passwords)) {
      new TerraformOutput(this, `postgres_password_${role}`, { value: password.result, sensitive: true });
    }
  }
}
