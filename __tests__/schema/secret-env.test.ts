import { readdirSync } from "node:fs";
import * as path from "node:path";
import type { Config } from "../../schema/config.types";
import { ROOT } from "../../schema/cue";
import { DEFAULT_CONFIG, loadConfig } from "../../schema/load";
import { renderArtifacts } from "../../scripts/artifacts";
import { defaultConfig, problemsOf } from "../helpers/config";
import { credential, randomToken } from "../helpers/secrets";

/** The default config with `env[name] = value` on production's first service (api), which lists only DATABASE_PASSWORD in secrets. */
function withEnv(name: string, value: string): Config {
  const config = defaultConfig();
  config.environments.production.services[0].env[name] = value;
  return config;
}

const FIELD = (name: string) => `environments.production.services[0].env.${name}`;

describe("a secret in a service's env is refused, whatever secrets lists", () => {
  test.each([
    ["an unlisted *_PASSWORD", "ADMIN_PASSWORD", "hunter2", /the name says it holds a secret \(…_PASSWORD\)/],
    ["an unlisted *_SECRET", "SESSION_SECRET", "keyboard cat", /the name says it holds a secret \(…_SECRET\)/],
    ["an unlisted *_TOKEN", "GITHUB_TOKEN", "abc", /\(…_TOKEN\)/],
    ["an unlisted *_API_KEY", "STRIPE_API_KEY", "abc", /\(…_API_KEY\)/],
    ["an unlisted *_PRIVATE_KEY", "JWT_PRIVATE_KEY", "abc", /\(…_PRIVATE_KEY\)/],
    ["a Stripe live key under any name", "STRIPE", credential.stripeLive, /shape of a Stripe secret or restricted key/],
    ["a Stripe restricted key under any name", "PAYMENTS", credential.stripeRestricted, /shape of a Stripe secret or restricted key/],
    ["an AWS access key id under any name", "AWS_KEY", credential.awsAccessKeyId, /shape of an AWS access key id/],
    ["a GitHub classic token under any name", "GH", credential.githubClassic, /shape of a GitHub token/],
    ["a GitHub fine-grained token under any name", "GH", credential.githubFineGrained, /shape of a GitHub token/],
    ["a PEM private key under any name", "TLS_KEY", credential.pemRsa, /shape of a PEM private key block/],
    ["a database URL with a password", "DATABASE_URL", "postgres://app:hunter2@db-1.internal/app", /shape of a URL with a password/],
    ["a long random-looking string under any name", "UPSTREAM", randomToken(40, 7), /40-character random-looking string/],
  ])("%s: names the field, says to move it to secrets, never shows the value", (_what, name, value, reason) => {
    const problems = problemsOf(withEnv(name, value));
    expect(problems.map((p) => p.path)).toEqual([FIELD(name)]);
    expect(problems[0].message).toMatch(reason);
    expect(problems[0].message).toMatch(/nix\/config\.json, which is committed: move it to secrets/);
    expect(problems[0].message).not.toContain(value);
  });

  test('the issue\'s case: DATABASE_PASSWORD: "hunter2" is refused when listed in secrets and when not', () => {
    expect(problemsOf(withEnv("DATABASE_PASSWORD", "hunter2")).map((p) => p.path)).toEqual(["environments.production.services[0].env"]);
    const unlisted = withEnv("DATABASE_PASSWORD", "hunter2");
    unlisted.environments.production.services[0].secrets = [];
    expect(problemsOf(unlisted).map((p) => p.path)).toEqual([FIELD("DATABASE_PASSWORD")]);
  });

  test("ordinary values, key file paths and empty values pass", () => {
    const config = defaultConfig();
    Object.assign(config.environments.production.services[0].env, {
      PUBLIC_URL: "https://api.example.com/v1/Items",
      DATA_DIR: "/var/lib/api/Uploads2025",
      UPSTREAM_HOST: "db-1.internal.example.com",
      SIGNING_KEY_FILE: "/run/keys/api-signing-key",
      TOKEN_URL: "https://auth.example.com/oauth/token",
      SMTP_PASSWORD: "",
      GIT_COMMIT: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b",
    });
    expect(problemsOf(config)).toEqual([]);
  });
});

describe("the shipped configurations", () => {
  const examples = readdirSync(path.join(ROOT, "examples"), { withFileTypes: true })
    .filter((e) => e.isDirectory() && readdirSync(path.join(ROOT, "examples", e.name)).some((f) => f.endsWith(".cue")))
    .map((e) => path.join(ROOT, "examples", e.name));
  const shipped = [DEFAULT_CONFIG, ...examples];

  test("are found: schema/ and every examples/* package", () => {
    expect(examples.map((e) => path.basename(e)).sort()).toEqual(expect.arrayContaining(["autoforge", "cartographer", "effect", "scale-out"]));
  });

  test.each(shipped.map((dir) => [path.relative(ROOT, dir)]))("%s still validates", (dir) => {
    expect(() => loadConfig(path.join(ROOT, dir))).not.toThrow();
  });

  /**
   * The committed files the synth renders (scripts/artifacts.ts: nix/config.json, wrangler.toml, docs/topology/,
   * docs/slo/) come from the config alone. A secret's value could reach them only through the config, which the
   * rules above refuse, or through the environment the synth runs in: so every name a config lists in `secrets`
   * and every credential CI exports carries a sentinel while the artifacts render (into memory), and no sentinel
   * may appear in them.
   */
  test.each(shipped.map((dir) => [path.relative(ROOT, dir)]))("%s: no rendered artifact holds a secret's value from the environment", async (dir) => {
    const config = loadConfig(path.join(ROOT, dir));
    const listed = Object.values(config.environments).flatMap((env) => env.services.flatMap((s) => s.secrets));
    expect(listed.length).toBeGreaterThan(0);
    const ci = [
      "CLOUDFLARE_API_TOKEN",
      "CLOUDFLARE_API_TOKEN_NODE",
      "CLOUDFLARE_API_TOKEN_DATA",
      "CLOUDFLARE_API_TOKEN_EDGE",
      "CLOUDFLARE_API_TOKEN_ZONE",
      "R2_ACCESS_KEY_ID",
      "R2_SECRET_ACCESS_KEY",
      "STATE_PASSPHRASE",
      "TF_VAR_state_passphrase",
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN",
    ];
    const names = [...new Set([...listed, ...listed.map((n) => `${n}_FILE`), ...ci])];
    const sentinels = new Map(names.map((name, i) => [name, `sentinel-${i}-${randomToken(12, i, "base62")}`]));
    const saved = new Map(names.map((name) => [name, process.env[name]]));
    let files: Record<string, string>;
    try {
      for (const [name, value] of sentinels) process.env[name] = value;
      files = await renderArtifacts(config);
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["nix/config.json", "services/edge-worker/wrangler.toml"]));
    expect(Object.keys(files).some((f) => f.startsWith("docs/topology/"))).toBe(true);
    expect(Object.keys(files).some((f) => f.startsWith("docs/slo/"))).toBe(true);
    const leaks = Object.entries(files).flatMap(([file, content]) =>
      [...sentinels].filter(([, value]) => content.includes(value)).map(([name]) => `${file}: ${name}`),
    );
    expect(leaks).toEqual([]);
    // The names are there (the Nix side delivers them as key files), the values are not.
    expect(files["nix/config.json"]).toContain(`"${listed[0]}"`);
  });

  test("a config carrying sentinel values under every secret name never loads, so never renders", async () => {
    const config = defaultConfig();
    const sentinel = "sentinel-value-of-a-secret";
    for (const env of Object.values(config.environments)) {
      for (const service of env.services) {
        for (const name of service.secrets) {
          service.env[name] = sentinel;
          service.env[`UNLISTED_${name}`] = sentinel;
        }
      }
    }
    const problems = problemsOf(config);
    const fields = Object.entries(config.environments).flatMap(([envName, env]) =>
      env.services.flatMap((s, i) => s.secrets.map((name) => `environments.${envName}.services[${i}].env.UNLISTED_${name}`)),
    );
    expect(fields.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(fields));
    expect(problems.map((p) => p.message).join("\n")).not.toContain(sentinel);
    // What the refusal prevents: rendered anyway, the value would land in the committed nix/config.json.
    expect((await renderArtifacts(config))["nix/config.json"]).toContain(sentinel);
  });
});
