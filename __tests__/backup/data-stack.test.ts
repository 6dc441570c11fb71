// The cloud side of the Postgres backups: the data stack makes the pgBackRest repository's bucket and
// passphrase exactly when the environment has a self-hosted primary with backups, and the config rules
// refuse a bucket name R2 would not take before any construct sees it.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Config } from "../../schema/config.types";
import { backupBucketName, checkRules, selfHostedBackups } from "../../schema/rules";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir } from "../helpers/config";
import type { Json } from "../helpers/json";
import { workerScript } from "../helpers/worker";

function dataStack(config: Config, env: string): Json {
  const outdir = path.join(tempDir(), "cdktf.out");
  synthesize(config, { workerScript: workerScript(), outdir, environments: [env] });
  return JSON.parse(readFileSync(path.join(outdir, "stacks", `${env}-data`, "cdk.tf.json"), "utf8"));
}

const values = (stack: Json, type: string): Json[] => Object.values(stack.resource?.[type] ?? {});

describe("the data stack's backup bucket", () => {
  const production = dataStack(defaultConfig(), "production");

  test("production's self-hosted primary gets a private, prevent_destroy R2 bucket named after the environment", () => {
    const buckets = values(production, "cloudflare_r2_bucket").filter((b) => b.name === "acme-production-pg-backups");
    expect(buckets).toEqual([expect.objectContaining({ location: "apac", lifecycle: { prevent_destroy: true } })]);
    expect(backupBucketName("acme", "production")).toBe("acme-production-pg-backups");
    expect(production.output.postgres_backup_bucket.value).toMatch(/^\$\{cloudflare_r2_bucket\.pg-backups_bucket_[0-9A-F]+\.name\}$/);
  });

  test("the repository passphrase is generated, protected from destroy and only a sensitive output", () => {
    const [passphrase] = values(production, "random_password").filter((p) => p["//"].metadata.path.endsWith("/pg-backups/passphrase"));
    expect(passphrase).toMatchObject({ length: 64, special: false, lifecycle: { prevent_destroy: true } });
    expect(production.output.postgres_backup_cipher_pass).toEqual({
      value: expect.stringMatching(/^\$\{random_password\.pg-backups_passphrase_[0-9A-F]+\.result\}$/),
      sensitive: true,
    });
  });

  test("no bucket when backups are off, or when the database is managed (the provider backs it up)", () => {
    const off = defaultConfig();
    off.environments.staging.postgres.backups.enabled = false;
    expect(selfHostedBackups(off.environments.staging.postgres)).toBe(false);
    const stack = dataStack(off, "staging");
    expect(values(stack, "cloudflare_r2_bucket").map((b) => b.name)).toEqual(["acme-logs-staging"]);
    expect(stack.output.postgres_backup_bucket).toBeUndefined();
    expect(stack.output.postgres_backup_cipher_pass).toBeUndefined();

    const managed = defaultConfig();
    const pg = managed.environments.staging.postgres;
    managed.environments.staging.postgres = {
      ...pg,
      mode: "managed",
      managed: { provider: "aws", region: "ap-northeast-1", size: "db.t4g.micro", allowList: ["172.31.0.0/16"], replicas: 0 },
    };
    delete managed.environments.staging.postgres.node;
    managed.environments.staging.nodes = managed.environments.staging.nodes.filter((n) => !n.roles.includes("postgres"));
    expect(selfHostedBackups(managed.environments.staging.postgres)).toBe(false);
    expect(checkRules(managed)).toEqual([]);
    expect(dataStack(managed, "staging").output.postgres_backup_bucket).toBeUndefined();
  });
});

describe("config rules", () => {
  test("refuse a project and environment whose backup bucket name would pass R2's 63 characters, at postgres.backups.enabled", () => {
    const config = defaultConfig();
    config.project = "a".repeat(32);
    const long = config.environments.production;
    delete (config.environments as Record<string, unknown>).production;
    config.environments["b".repeat(21)] = long;
    const problems = checkRules(config).filter((p) => /pg-backups/.test(p.message));
    expect(problems).toEqual([
      {
        path: `environments.${"b".repeat(21)}.postgres.backups.enabled`,
        message: expect.stringMatching(/R2 bucket "a{32}-b{21}-pg-backups", 65 characters; R2 takes at most 63: shorten/),
      },
    ]);
  });

  test("take the longest name that fits, and say nothing when backups are off", () => {
    const config = defaultConfig();
    config.project = "a".repeat(30);
    const env = config.environments.production;
    delete (config.environments as Record<string, unknown>).production;
    config.environments["b".repeat(21)] = env;
    expect(checkRules(config).filter((p) => /pg-backups/.test(p.message))).toEqual([]);
    config.project = "a".repeat(32);
    env.postgres.backups.enabled = false;
    env.production = false;
    expect(checkRules(config).filter((p) => /pg-backups/.test(p.message))).toEqual([]);
  });
});
