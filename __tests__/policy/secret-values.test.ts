import { highEntropyToken, secretEnvReason } from "../../constructs/policy/secret-values";
import { credential, randomToken } from "../helpers/secrets";

describe("secretEnvReason: names that say they hold a secret", () => {
  test.each([
    ["DATABASE_PASSWORD", "hunter2"],
    ["SMTP_PASS", "hunter2"],
    ["DB_PASSWD", "hunter2"],
    ["BACKUP_PASSPHRASE", "correct horse battery staple"],
    ["SESSION_SECRET", "not-so-secret"],
    ["OAUTH_CLIENT_SECRETS", "abc"],
    ["GITHUB_TOKEN", "abc"],
    ["TOKEN", "abc"],
    ["STRIPE_API_KEY", "abc"],
    ["MAPS_APIKEY", "abc"],
    ["JWT_PRIVATE_KEY", "abc"],
    ["AWS_SECRET_ACCESS_KEY", "abc"],
    ["R2_ACCESS_KEY", "abc"],
    ["COOKIE_SIGNING_KEY", "abc"],
    ["DATA_ENCRYPTION_KEY", "abc"],
    ["SECRET_KEY_BASE", "abc"],
    ["GOOGLE_CREDENTIALS", "{}"],
  ])("%s with a literal value", (name, value) => {
    expect(secretEnvReason(name, value)).toMatch(/^the name says it holds a secret \(.*\) and it has a literal value \(\d+ characters, not shown\)$/);
  });

  test.each([
    ["DATABASE_PASSWORD_FILE", "/run/keys/api-database-password"],
    ["TOKEN_URL", "https://auth.example.com/oauth/token"],
    ["PASSWORD_MIN_LENGTH", "12"],
    ["AWS_ACCESS_KEY_ID", "placeholder"],
    ["STRIPE_PUBLISHABLE_KEY", "placeholder"],
    ["CACHE_BYPASS", "1"],
    ["PWD", "/srv/app"],
    ["PASSWORDLESS", "true"],
  ])("%s describes a secret without holding one", (name, value) => {
    expect(secretEnvReason(name, value)).toBeUndefined();
  });

  test("an empty value is a variable left unset, not a secret", () => {
    expect(secretEnvReason("DATABASE_PASSWORD", "")).toBeUndefined();
  });
});

describe("secretEnvReason: values shaped like known credentials, whatever the name", () => {
  test.each([
    ["a Stripe live secret key", credential.stripeLive, /Stripe secret or restricted key/],
    ["a Stripe live restricted key", credential.stripeRestricted, /Stripe secret or restricted key/],
    ["a Stripe test secret key", credential.stripeTest, /Stripe secret or restricted key/],
    ["a Stripe webhook secret", credential.stripeWebhook, /Stripe webhook signing secret/],
    ["an AWS access key id", credential.awsAccessKeyId, /AWS access key id/],
    ["an AWS temporary access key id", credential.awsTemporaryKeyId, /AWS access key id/],
    ["a GitHub classic token", credential.githubClassic, /GitHub token/],
    ["a GitHub fine-grained token", credential.githubFineGrained, /GitHub token/],
    ["a PEM RSA private key", credential.pemRsa, /PEM private key block/],
    ["a PEM OpenSSH private key", credential.pemOpenSsh, /PEM private key block/],
    ["a PEM PKCS#8 private key", credential.pemPkcs8, /PEM private key block/],
    ["a Slack bot token", credential.slack, /Slack token/],
    ["a Google API key", credential.google, /Google API key/],
    ["a JSON Web Token", credential.jwt, /JSON Web Token/],
    ["a database URL with a password", "postgres://app:hunter2@db-1.internal:5432/app", /URL with a password/],
  ])("%s", (_what, value, what) => {
    const reason = secretEnvReason("UPSTREAM", value);
    expect(reason).toMatch(what);
    expect(reason).toMatch(/^the value has the shape of /);
    expect(reason).not.toContain(value);
  });

  test("a Stripe publishable key and a URL without a password are not secrets", () => {
    expect(secretEnvReason("STRIPE_KEY", credential.stripePublishable)).toBeUndefined();
    expect(secretEnvReason("DATABASE_URL", "postgres://app@db-1.internal:5432/app")).toBeUndefined();
    expect(secretEnvReason("DATABASE_URL", "postgres://app:@db-1.internal/app")).toBeUndefined();
  });
});

describe("secretEnvReason: long random-looking strings, whatever the name", () => {
  test("flags a random 40-character base64 string, without showing it", () => {
    const value = randomToken(40, 1);
    const reason = secretEnvReason("UPSTREAM_AUTH", value);
    expect(reason).toMatch(/^the value holds a 40-character random-looking string \(\d\.\d bits per character, the bound is 4\.0; not shown\)$/);
    expect(reason).not.toContain(value);
  });

  test("flags a token inside a longer value (a header, a query string)", () => {
    expect(secretEnvReason("UPSTREAM_HEADER", `Authorization: Bearer ${randomToken(43, 2, "base64url")}`)).toMatch(/random-looking/);
    expect(secretEnvReason("FEED", `https://feeds.example.com/v1?key=${randomToken(32, 3, "base62")}&lang=en`)).toMatch(/random-looking/);
  });

  test.each([
    [32, "base62", 0.93],
    [40, "base64", 0.96],
    [64, "base62", 0.99],
  ] as const)("catches most random %i-character %s strings (a share of at least %d of 300 seeded samples)", (length, alphabet, share) => {
    const caught = Array.from({ length: 300 }, (_, i) => randomToken(length, 1000 + i, alphabet)).filter((t) => highEntropyToken(t)).length;
    expect(caught / 300).toBeGreaterThanOrEqual(share);
  });

  test.each([
    ["a camelCase identifier with a year", "ProjectNameStagingEnvironmentBucketLogs2025"],
    ["a long camelCase name", "XMLHttpRequest2CompatibilityLayerForIE11Users"],
    ["a path with capitals and digits", "/srv/Data2024/UploadsArchive/Images/Thumbnails/Version2"],
    ["a URL", "https://github.com/NixOS/nixpkgs/archive/Release-24.05.tar.gz"],
    ["a hostname", "api-staging-app-1.internal.effect.example"],
    ["a UUID", "9b2f4c1e-7d3a-4f8e-b5c6-0a1d2e3f4a5b"],
    ["a SHA-256 in hex", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    ["a Cloudflare account id", "023e105f4ecef8ad9ca31a8372d0c353"],
    ["a Nix store path", "/nix/store/0c0kz3x8ha5p1vyfkk0hd5dpzsgk3gjx-hello-2.12"],
    ["a CSP with a script hash", `default-src 'self'; script-src 'self' 'sha256-${randomToken(43, 4, "base64")}='`],
    ["an OpenSSH public key", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${randomToken(43, 5, "base64")} ops@example.com`],
    ["a PEM certificate", `-----BEGIN CERTIFICATE-----\nMIID${randomToken(60, 6, "base64")}\n${randomToken(64, 7, "base64")}\n-----END CERTIFICATE-----\n`],
    ["a JSON routing table", JSON.stringify([{ pattern: "api.example.com/*", service: "api", origins: ["api-app-1.example.com"], cacheTtl: 0 }])],
    ["an OTLP endpoint", "http://127.0.0.1:4318"],
    ["a Stripe publishable key", credential.stripePublishable],
  ])("passes %s", (_what, value) => {
    expect(secretEnvReason("SETTING", value)).toBeUndefined();
  });
});
