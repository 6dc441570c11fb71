import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";
import { runTofu, tofuError } from "./run";

/** The offline provider mirror built by scripts/bootstrap-providers.sh. */
export const MIRROR = path.join(ROOT, ".tools", "providers");

/** Dummy credentials for plan: the providers check their format, never call an API without refresh. */
export const DUMMY_CREDENTIALS: NodeJS.ProcessEnv = {
  CLOUDFLARE_API_TOKEN: "0".repeat(40),
  LINODE_TOKEN: "0".repeat(64),
  AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
  AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  AWS_REGION: "ap-northeast-1",
  TF_VAR_state_passphrase: "offline-check-passphrase-not-a-secret",
};

export interface ProviderRequirement {
  readonly name: string;
  readonly source: string;
  readonly version: string;
}

/** "aws" → registry.opentofu.org/hashicorp/aws, "cloudflare/cloudflare" → registry.opentofu.org/cloudflare/cloudflare. */
export function fullSource(source: string): string {
  const parts = source.split("/");
  if (parts.length === 1) return `registry.opentofu.org/hashicorp/${source}`;
  return parts.length === 2 ? `registry.opentofu.org/${source}` : source;
}

/** The stack's required providers with their full registry.opentofu.org source. */
export function requiredProviders(stackDir: string): ProviderRequirement[] {
  const tf = JSON.parse(readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8")).terraform ?? {};
  return Object.entries((tf.required_providers ?? {}) as Record<string, { source: string; version: string }>).map(([name, p]) => ({
    name,
    source: fullSource(p.source),
    version: p.version,
  }));
}

/** The providers of `stackDir` that the mirror does not hold at the pinned version. */
export function missingProviders(stackDir: string, mirror: string = MIRROR): ProviderRequirement[] {
  return requiredProviders(stackDir).filter((p) => !existsSync(path.join(mirror, p.source, p.version, "linux_amd64")));
}

export interface StackCheck {
  readonly stack: string;
  readonly ok: boolean;
  /** Which step failed, with tofu's message. */
  readonly error?: string;
  /** Warnings tofu printed (validate -json diagnostics and plan's "Warning:" blocks). */
  readonly warnings: string[];
  /** The plan's "Plan: N to add…" line. */
  readonly plan?: string;
  readonly ms: number;
}

/**
 * The data sources a stack declares (`type.name`): tofu reads them from the provider's API during every
 * plan, `-refresh=false` or not, so such a stack cannot be planned offline.
 */
export function dataSources(stackDir: string): string[] {
  const data = (JSON.parse(readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8")).data ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(data).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));
}

/** The stack's input variables, by name. */
export function stackVariables(stackDir: string): Record<string, { type?: string; default?: unknown }> {
  return JSON.parse(readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8")).variable ?? {};
}

/**
 * Proves one synthesized stack against the real provider schemas, offline: `tofu init -backend=false`,
 * `tofu validate`, then `tofu plan -refresh=false` with dummy credentials. The plan runs on a copy whose
 * override file swaps the backend for a throwaway local state and gives the AWS provider the skip_*
 * flags, so nothing is looked up remotely. `plan: false` stops after validate (stacks with dataSources).
 */
export function checkStack(
  stackDir: string,
  pluginCache: string,
  options: {
    readonly plan?: boolean;
    /** Base URL of a Linode API stand-in (scripts/tofu/linode-api-stub.cjs) for stacks that use linode. */
    readonly linodeApi?: string;
  } = {},
): StackCheck {
  const stack = path.basename(stackDir);
  const started = Date.now();
  const work = mkdtempSync(path.join(os.tmpdir(), `tofu-check-${stack}-`));
  try {
    cpSync(path.join(stackDir, "cdk.tf.json"), path.join(work, "cdk.tf.json"));
    mkdirSync(pluginCache, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...DUMMY_CREDENTIALS, TF_PLUGIN_CACHE_DIR: pluginCache };
    const fail = (step: string, result: ReturnType<typeof runTofu>): StackCheck => ({
      stack,
      ok: false,
      error: `${step}: ${tofuError(result)}`,
      warnings: [],
      ms: Date.now() - started,
    });

    let result = runTofu(["init", "-backend=false", "-input=false"], { cwd: work, env });
    if (!result.ok) return fail("tofu init -backend=false", result);
    result = runTofu(["validate", "-json"], { cwd: work, env });
    const diagnostics = (JSON.parse(result.stdout || "{}").diagnostics ?? []) as Array<{ severity: string; summary: string; detail?: string }>;
    if (!result.ok) return fail("tofu validate", result);
    const warnings = diagnostics.filter((d) => d.severity === "warning").map((d) => `${d.summary}${d.detail ? `: ${d.detail}` : ""}`);
    if (options.plan === false) return { stack, ok: true, warnings, ms: Date.now() - started };

    const override: Record<string, unknown> = { terraform: { backend: { local: { path: path.join(work, "check.tfstate") } } } };
    const providers = new Set(requiredProviders(work).map((p) => p.name));
    if (providers.has("aws")) {
      override.provider = {
        aws: { skip_credentials_validation: true, skip_requesting_account_id: true, skip_metadata_api_check: true, skip_region_validation: true },
      };
    }
    if (providers.has("linode")) {
      if (!options.linodeApi) {
        return {
          stack,
          ok: false,
          error: "a linode stack needs options.linodeApi (scripts/tofu/linode-api-stub.cjs) to plan offline",
          warnings: [],
          ms: Date.now() - started,
        };
      }
      override.provider = { ...(override.provider as object), linode: { url: options.linodeApi, api_version: "v4" } };
    }
    writeFileSync(path.join(work, "zz_check_override.tf.json"), JSON.stringify(override));
    // Inputs another stack's apply provides (the Linode subnet id: stacks/network-stack.ts) get placeholders.
    for (const [name, variable] of Object.entries(stackVariables(work))) {
      if (variable.default === undefined && !(`TF_VAR_${name}` in env)) env[`TF_VAR_${name}`] = variable.type === "number" ? "1" : "offline-check";
    }
    result = runTofu(["init", "-input=false", "-reconfigure"], { cwd: work, env });
    if (!result.ok) return fail("tofu init (throwaway local state)", result);
    result = runTofu(["plan", "-refresh=false", "-input=false", "-lock=false"], { cwd: work, env });
    if (!result.ok) return fail("tofu plan -refresh=false", result);
    // "Warning: <summary>" then, for a resource, "  with <address>," two lines below.
    const planWarnings = [...result.stdout.matchAll(/^Warning: (.+)\n\n(?:\s+with ([^,\n]+),)?/gm)].map((m) =>
      m[2] ? `${m[1]} (${m[2].replace(/_[0-9A-F]{8}$/, "")})` : m[1],
    );
    return {
      stack,
      ok: true,
      warnings: [...warnings, ...planWarnings],
      plan: result.stdout.match(/^Plan: .*$/m)?.[0] ?? result.stdout.match(/^No changes\..*$/m)?.[0],
      ms: Date.now() - started,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
