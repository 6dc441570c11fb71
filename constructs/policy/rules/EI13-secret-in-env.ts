import { block, blocks, isExpression } from "../attributes";
import { type Attributes, type ElementRule, notApplicable, verdict } from "../rule";
import { secretEnvReason } from "../secret-values";

const WORKER_SCRIPTS = new Set(["cloudflare_workers_script", "cloudflare_worker_script"]);

interface EnvValue {
  /** Where the value sits in the resource, for the message. */
  readonly path: string;
  readonly name: string;
  readonly value: unknown;
  /** How to hand this resource a secret instead. */
  readonly fix: string;
}

/** The plain-text environment values a resource hands to the program it runs. */
function envValues(type: string, a: Attributes): EnvValue[] {
  if (WORKER_SCRIPTS.has(type)) {
    const fix = "make it a secret_text binding whose text is a reference or a sensitive variable";
    return [
      ...blocks(a.bindings).flatMap((b, i) => (b.type === "plain_text" ? [{ path: `bindings[${i}]`, name: String(b.name), value: b.text, fix }] : [])),
      ...blocks(a.plain_text_binding).map((b, i) => ({ path: `plain_text_binding[${i}]`, name: String(b.name), value: b.text, fix })),
    ];
  }
  if (type === "aws_lambda_function") {
    const variables = block(block(a.environment)?.variables) ?? {};
    const fix = "pass a reference (a sensitive variable, or read it from Secrets Manager at run time)";
    return Object.entries(variables).map(([name, value]) => ({ path: `environment.variables.${name}`, name, value, fix }));
  }
  return [];
}

/**
 * A literal secret in an environment value of a synthesized resource: the edge Worker's plain-text bindings
 * (which wrangler.toml, a committed file, also carries) or a Lambda's environment. The same judgement as the
 * config's `env` (secret-values.ts): a name that says secret, a known credential's shape, a long random-looking
 * string. Values OpenTofu computes (`${...}`) are references and pass. The message never shows the value.
 */
export const EI13: ElementRule = {
  id: "EI13",
  name: "secret-in-env",
  description: "Environment values handed to programs in plain text hold no secrets; secrets arrive as secret bindings or references.",
  scope: "element",
  check({ kind, type, attributes }) {
    if (kind !== "resource") return notApplicable();
    const values = envValues(type, attributes);
    if (values.length === 0) return notApplicable();
    const problems: string[] = [];
    for (const { path, name, value, fix } of values) {
      if (typeof value !== "string" || isExpression(value)) continue;
      const reason = secretEnvReason(name, value);
      if (reason) problems.push(`${path} (${JSON.stringify(name)}): ${reason}; ${fix}`);
    }
    return verdict(problems);
  },
};
