import { blocks, isExpression } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

const WORKER_SCRIPTS = new Set(["cloudflare_workers_script", "cloudflare_worker_script"]);
/** Binding types whose value is a secret: a literal one sits in cdk.tf.json, in git and in the state. */
const SECRET_BINDINGS = new Set(["secret_text", "secret_key"]);

/**
 * A Worker secret whose value is written into the synthesized JSON: a `secret_text` (or `secret_key`)
 * binding with a literal value. A Worker service's secrets are set out of band (`wrangler secret put`)
 * and kept across applies by `keep_bindings = ["secret_text"]`; a binding that must come from tofu takes
 * a reference (a sensitive variable). Secret-looking values in plain-text bindings are EI13's.
 */
export const EI16: ElementRule = {
  id: "EI16",
  name: "worker-secret-in-config",
  description: "Worker secret bindings never carry a literal value; secrets are set with wrangler secret put or passed as references.",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource" || !WORKER_SCRIPTS.has(type)) return notApplicable();
    const problems: string[] = [];
    blocks(a.bindings).forEach((b, i) => {
      if (!SECRET_BINDINGS.has(String(b.type))) return;
      for (const key of ["text", "key_base64", "key_jwk"]) {
        const value = b[key];
        if (typeof value === "string" && value !== "" && !isExpression(value)) {
          problems.push(
            `bindings[${i}] (${JSON.stringify(String(b.name))}, ${String(b.type)}) has a literal ${key} (${value.length} characters, not shown); set it with wrangler secret put (the script keeps it: keep_bindings = ["secret_text"]) or pass a sensitive variable`,
          );
        }
      }
    });
    return verdict(problems);
  },
};
