/**
 * Whether an environment variable's literal value is a secret. One judgement shared by the config rules
 * (schema/rules.ts: a service's `env`, which the synth writes into the committed nix/config.json) and the
 * policy (EI13: plain-text environment values in the synthesized stacks), so a value refused in one place is
 * refused in the other. No imports: the config rules use it before any construct exists.
 *
 * Three tests, each enough on its own:
 * - the name says the value is a secret: it is, or ends in `_` + one of SECRET_NAME_ENDINGS;
 * - the value has the shape of a known credential (CREDENTIAL_SHAPES);
 * - the value holds a long random-looking token (see highEntropyToken for the bound).
 * The empty string is never a secret: it is how a variable is left unset.
 */

/**
 * Name endings that say the value is a secret. Only endings: `TOKEN_URL`, `PASSWORD_MIN_LENGTH` and
 * `DATABASE_PASSWORD_FILE` (the path of the key file the unit gets for a declared secret) describe a secret
 * without holding one. `PWD` is left out because the shell sets it to the working directory.
 */
export const SECRET_NAME_ENDINGS: readonly string[] = [
  "PASSWORD",
  "PASSWORDS",
  "PASSWD",
  "PASS",
  "PASSPHRASE",
  "SECRET",
  "SECRETS",
  "TOKEN",
  "TOKENS",
  "API_KEY",
  "APIKEY",
  "PRIVATE_KEY",
  "SECRET_KEY",
  "SECRET_KEY_BASE",
  "ACCESS_KEY",
  "SIGNING_KEY",
  "ENCRYPTION_KEY",
  "MASTER_KEY",
  "CREDENTIAL",
  "CREDENTIALS",
];

/**
 * Credentials recognisable by their shape, whatever the variable is called. Stripe test-mode keys count: they
 * still act on the account. Publishable keys (`pk_…`) are meant to be public and are not listed.
 */
export const CREDENTIAL_SHAPES: ReadonlyArray<{ readonly what: string; readonly pattern: RegExp }> = [
  { what: "a Stripe secret or restricted key (sk_live_…, rk_live_…, sk_test_…)", pattern: /\b[sr]k_(?:live|test)_[0-9A-Za-z]{10,}/ },
  { what: "a Stripe webhook signing secret (whsec_…)", pattern: /\bwhsec_[0-9A-Za-z]{20,}/ },
  { what: "an AWS access key id (AKIA…, ASIA…)", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: "a GitHub token (ghp_…, github_pat_…)", pattern: /\b(?:gh[pousr]_[0-9A-Za-z]{30,}|github_pat_[0-9A-Za-z_]{20,})/ },
  { what: "a PEM private key block", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  { what: "a Slack token (xox…-)", pattern: /\bxox[abposr]-[0-9A-Za-z-]{10,}/ },
  { what: "a Google API key (AIza…)", pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
  { what: "a JSON Web Token (eyJ….eyJ…)", pattern: /\beyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\./ },
  { what: "a URL with a password in it (scheme://user:password@host)", pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:[^\s/@]+@/i },
];

/** The bound of highEntropyToken. */
export const MIN_TOKEN_LENGTH = 32;
export const MIN_ENTROPY_BITS = 4.0;
/**
 * Runs of the base64 and base64url alphabets, `=` only as trailing padding; anything else (`.`, `:`, `@`, `?`,
 * space, quotes) ends a token.
 */
const TOKEN = new RegExp(`[A-Za-z0-9+/_-]{${MIN_TOKEN_LENGTH},}=*`, "g");
/**
 * Base64 that is public by design, removed before looking for random-looking tokens: certificates and public
 * keys in PEM, OpenSSH public keys, Stripe publishable keys (meant for browsers), and digests in Subresource
 * Integrity and CSP hash sources.
 */
const PUBLIC_MATERIAL: readonly RegExp[] = [
  /-----BEGIN (CERTIFICATE|PUBLIC KEY|[A-Z ]*PUBLIC KEY BLOCK|X509 CRL)-----[\s\S]*?-----END \1-----/g,
  /\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) AAAA[0-9A-Za-z+/]+=*/g,
  /\bpk_(?:live|test)_[0-9A-Za-z]+/g,
  /\bsha(?:256|384|512)-[0-9A-Za-z+/]+=*/g,
];

/** Shannon entropy of `text` in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

/**
 * The first token of `value` that reads as random: at least 32 characters of the base64/base64url alphabet
 * that mix capitals, lowercase and digits, with at least 4.0 bits of Shannon entropy per character, and with
 * 30–70% of their letters capitals. The bound was measured on generated keys: about 95% of random 32-character
 * base62 strings pass it, 98% of 40-character base64 (an AWS secret key's shape) and over 99% from 64
 * characters up. What does not pass it, on purpose:
 * - camelCase words, paths and URLs of the same length also reach 4.0–4.5 bits, but only 15–30% of their letters
 *   are capitals (`ProjectNameStagingEnvironmentBucketLogs2025`, `/srv/Data2024/UploadsArchive`);
 * - hex and lowercase strings (commit ids, UUIDs, Cloudflare account ids, Nix store hashes) are identifiers as
 *   often as secrets, so a hex key is caught by its name only;
 * - public material (PUBLIC_MATERIAL): certificates, public keys, `sha256-…` digests.
 */
export function highEntropyToken(value: string): { length: number; bits: number } | undefined {
  const secretish = PUBLIC_MATERIAL.reduce((text, pattern) => text.replace(pattern, " "), value);
  for (const token of secretish.match(TOKEN) ?? []) {
    if (!/[A-Z]/.test(token) || !/[a-z]/.test(token) || !/[0-9]/.test(token)) continue;
    const letters = token.replace(/[^A-Za-z]/g, "");
    const capitals = letters.replace(/[^A-Z]/g, "").length / letters.length;
    const bits = shannonEntropy(token);
    if (bits >= MIN_ENTROPY_BITS && capitals >= 0.3 && capitals <= 0.7) return { length: token.length, bits };
  }
  return undefined;
}

/** The ending of SECRET_NAME_ENDINGS that `name` has, if any. */
export function secretNameEnding(name: string): string | undefined {
  const upper = name.toUpperCase();
  return SECRET_NAME_ENDINGS.find((ending) => upper === ending || upper.endsWith(`_${ending}`));
}

/**
 * Why the literal value of environment variable `name` looks like a secret, or undefined when it does not.
 * The reason never repeats the value, so it can go into an error message and a CI log.
 */
export function secretEnvReason(name: string, value: string): string | undefined {
  if (value === "") return undefined;
  const ending = secretNameEnding(name);
  if (ending) {
    const said = ending === name.toUpperCase() ? ending : `…_${ending}`;
    return `the name says it holds a secret (${said}) and it has a literal value (${value.length} characters, not shown)`;
  }
  const shape = CREDENTIAL_SHAPES.find((s) => s.pattern.test(value));
  if (shape) return `the value has the shape of ${shape.what} (${value.length} characters, not shown)`;
  const token = highEntropyToken(value);
  if (token) {
    return `the value holds a ${token.length}-character random-looking string (${token.bits.toFixed(1)} bits per character, the bound is ${MIN_ENTROPY_BITS.toFixed(1)}; not shown)`;
  }
  return undefined;
}
