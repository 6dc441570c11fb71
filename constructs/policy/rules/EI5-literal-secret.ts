import { isExpression } from "../attributes";
import { type Attributes, type ElementRule, verdict } from "../rule";

/** Words that make an attribute a secret: `password`, `tunnel_secret`, `api_token`, `db_passwords`, ... */
const SECRET_WORDS = new Set(["secret", "secrets", "password", "passwords", "passwd", "passphrase", "token"]);
/** Whole names that are secrets without one of those words. */
const SECRET_NAMES = new Set(["root_pass", "api_key", "private_key", "secret_key", "auth_key"]);
/** A last word that makes the attribute describe a secret instead of holding one: `token_id`, `password_length`. */
const DESCRIPTIVE_WORDS = new Set(["id", "ids", "arn", "name", "names", "version", "length", "ttl", "type", "policy", "enabled", "count"]);
/** Meta-arguments and cdktf's own metadata are never secrets. */
const SKIPPED = new Set(["//", "lifecycle", "depends_on", "provider", "count", "for_each", "provisioner", "connection"]);

function isSecretName(key: string): boolean {
  const name = key.toLowerCase();
  if (SECRET_NAMES.has(name)) return true;
  const words = name.split("_");
  return !DESCRIPTIVE_WORDS.has(words[words.length - 1]) && words.some((w) => SECRET_WORDS.has(w));
}

function* literalSecrets(value: unknown, path: string, secret: boolean): Generator<{ path: string; value: string }> {
  if (typeof value === "string") {
    if (secret && value !== "" && !isExpression(value)) yield { path, value };
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* literalSecrets(item, `${path}[${i}]`, secret);
    return;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value as Attributes)) {
      if (path === "" && SKIPPED.has(key)) continue;
      yield* literalSecrets(item, path === "" ? key : `${path}.${key}`, secret || isSecretName(key));
    }
  }
}

/**
 * A secret written into the configuration as a literal string. It would sit in cdk.tf.json, in git and in the
 * plan; a reference (`random_password.x.result`, a sensitive variable, an ephemeral value) keeps it out.
 * The message names the attribute and the value's length, never the value.
 */
export const EI5: ElementRule = {
  id: "EI5",
  name: "literal-secret",
  description: "Secrets come from references or sensitive variables, never from literals in the synthesized JSON.",
  scope: "element",
  check({ attributes }) {
    return verdict(
      [...literalSecrets(attributes, "", false)].map(
        ({ path, value }) =>
          `${path} is a literal string (${value.length} characters, not shown); ` +
          `pass a reference instead, e.g. a random_password's result or a sensitive TerraformVariable`,
      ),
    );
  },
};
