/**
 * Fake credentials for the secret checks. Each is assembled when the test runs, from seeded random characters,
 * so no committed file holds a string with a real credential's shape (secret scanners would flag it) and every
 * run tests the same values.
 */

const ALPHABETS = {
  base62: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  upperDigits: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  digits: "0123456789",
} as const;

/** mulberry32: a small seeded generator, so "random" fixtures are the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` characters drawn from `alphabet` by a generator seeded with `seed`. */
export function randomToken(length: number, seed: number, alphabet: keyof typeof ALPHABETS = "base64"): string {
  const next = generator(seed);
  const chars = ALPHABETS[alphabet];
  return Array.from({ length }, () => chars[Math.floor(next() * chars.length)]).join("");
}

const pem = (label: string, seed: number) =>
  [`-----BEGIN ${label}-----`, randomToken(64, seed), randomToken(64, seed + 1), `-----END ${label}-----`, ""].join("\n");
const base64url = (json: unknown) => Buffer.from(JSON.stringify(json)).toString("base64url");

/** One fake value per credential shape secret-values.ts knows. */
export const credential = {
  stripeLive: ["sk", "live", randomToken(24, 11, "base62")].join("_"),
  stripeRestricted: ["rk", "live", randomToken(24, 12, "base62")].join("_"),
  stripeTest: ["sk", "test", randomToken(24, 13, "base62")].join("_"),
  stripeWebhook: ["whsec", randomToken(32, 14, "base62")].join("_"),
  stripePublishable: ["pk", "live", randomToken(99, 15, "base62")].join("_"),
  awsAccessKeyId: `AKIA${randomToken(16, 16, "upperDigits")}`,
  awsTemporaryKeyId: `ASIA${randomToken(16, 17, "upperDigits")}`,
  githubClassic: ["gh" + "p", randomToken(36, 18, "base62")].join("_"),
  githubFineGrained: ["github", "pat", randomToken(22, 19, "base62"), randomToken(59, 20, "base62")].join("_"),
  pemRsa: pem("RSA PRIVATE KEY", 21),
  pemOpenSsh: pem("OPENSSH PRIVATE KEY", 23),
  pemPkcs8: pem("PRIVATE KEY", 25),
  slack: ["xo" + "xb", randomToken(12, 27, "digits"), randomToken(13, 28, "digits"), randomToken(24, 29, "base62")].join("-"),
  google: `AIza${randomToken(35, 30, "base64url")}`,
  jwt: [base64url({ alg: "HS256", typ: "JWT" }), base64url({ sub: "1234567890", name: "Jane Doe", iat: 1516239022 }), randomToken(43, 31, "base64url")].join(
    ".",
  ),
};
