// wrangler.toml of each Worker service, for `wrangler dev`, `wrangler d1 migrations apply` and
// `wrangler secret put` (the script itself is deployed by the edge stack). Key names as Wrangler's docs
// give them: developers.cloudflare.com/workers/wrangler/configuration/ (name, main, compatibility_*,
// workers_dev, routes with custom_domain, vars, kv_namespaces, r2_buckets, d1_databases with
// migrations_dir, services, durable_objects.bindings, and that bindings are not inherited by [env.*]),
// developers.cloudflare.com/queues/configuration/ (queues.producers, queues.consumers: max_batch_size,
// max_batch_timeout in seconds, max_retries, dead_letter_queue) and
// developers.cloudflare.com/durable-objects/reference/durable-objects-migrations/ ([[migrations]] tag,
// new_sqlite_classes, renamed_classes {from, to}, deleted_classes).
import type { Config } from "../schema/config.types";
import { cloudflareResourceName, recordedStorageId, STORAGE_ID_OUTPUTS, type WorkerService } from "../schema/worker-services";
import { stackName } from "../stacks/names";
import { tomlString } from "./edge-worker/wrangler";

/** The folder of a D1 database's migrations, relative to the service's source (wrangler's default). */
export const D1_MIGRATIONS_DIR = "migrations";

function tomlArray(values: readonly string[]): string {
  return `[${values.map(tomlString).join(", ")}]`;
}

/**
 * The id `<env>-data` reported for storage `name` after its last apply, or a placeholder that says so
 * (wrangler dev runs on local storage and needs no real id; a remote command fails on the placeholder).
 */
function storageId(config: Config, env: string, kind: "kv" | "d1", name: string): { id: string; note?: string } {
  const reported = recordedStorageId(config, env, kind, name);
  if (reported !== undefined) return { id: reported };
  const data = stackName(env, "data");
  return {
    id: `not-created-yet-apply-${data}`,
    note: `# ${data} has not reported ${STORAGE_ID_OUTPUTS[kind]}["${name}"] yet: deploy it, then render this file again (local dev needs no real id)`,
  };
}

function envSection(config: Config, env: string, service: WorkerService): string[] {
  const named = (name: string) => cloudflareResourceName(config.project, env, name);
  const at = `env.${env}`;
  const b = service.bindings;
  const lines = [
    `[${at}]`,
    `name = ${tomlString(named(service.name))}`,
    `main = ${tomlString(service.main)}`,
    `compatibility_date = ${tomlString(service.compatibilityDate)}`,
    `compatibility_flags = ${tomlArray(service.compatibilityFlags)}`,
    // Reached through the edge Worker's service binding (or its custom domain), never on workers.dev.
    "workers_dev = false",
  ];
  if (service.customDomain !== undefined) lines.push(`routes = [{ pattern = ${tomlString(service.customDomain)}, custom_domain = true }]`);
  if (service.secrets.length > 0) {
    lines.push(`# secrets, never here: wrangler secret put <NAME> --env ${env} (locally: .dev.vars): ${service.secrets.join(", ")}`);
  }
  const vars = Object.entries(service.vars);
  if (vars.length > 0) lines.push("", `[${at}.vars]`, ...vars.map(([name, value]) => `${name} = ${tomlString(value)}`));
  for (const [binding, name] of Object.entries(b.kv)) {
    const { id, note } = storageId(config, env, "kv", name);
    lines.push("", `[[${at}.kv_namespaces]]`, `binding = ${tomlString(binding)}`, ...(note ? [note] : []), `id = ${tomlString(id)}`);
  }
  for (const [binding, name] of Object.entries(b.r2)) {
    lines.push("", `[[${at}.r2_buckets]]`, `binding = ${tomlString(binding)}`, `bucket_name = ${tomlString(named(name))}`);
  }
  for (const [binding, name] of Object.entries(b.d1)) {
    const { id, note } = storageId(config, env, "d1", name);
    lines.push(
      "",
      `[[${at}.d1_databases]]`,
      `binding = ${tomlString(binding)}`,
      `database_name = ${tomlString(named(name))}`,
      ...(note ? [note] : []),
      `database_id = ${tomlString(id)}`,
      `migrations_dir = ${tomlString(D1_MIGRATIONS_DIR)}`,
    );
  }
  for (const [binding, name] of Object.entries(b.queues)) {
    lines.push("", `[[${at}.queues.producers]]`, `binding = ${tomlString(binding)}`, `queue = ${tomlString(named(name))}`);
  }
  for (const consumer of service.consumes) {
    lines.push(
      "",
      `[[${at}.queues.consumers]]`,
      `queue = ${tomlString(named(consumer.queue))}`,
      `max_batch_size = ${consumer.maxBatchSize}`,
      `max_batch_timeout = ${consumer.maxWaitMs / 1000}`,
      `max_retries = ${consumer.maxRetries}`,
      ...(consumer.deadLetterQueue === undefined ? [] : [`dead_letter_queue = ${tomlString(named(consumer.deadLetterQueue))}`]),
    );
  }
  for (const [binding, className] of Object.entries(b.durableObjects)) {
    lines.push("", `[[${at}.durable_objects.bindings]]`, `name = ${tomlString(binding)}`, `class_name = ${tomlString(className)}`);
  }
  for (const [binding, name] of Object.entries(b.services)) {
    lines.push("", `[[${at}.services]]`, `binding = ${tomlString(binding)}`, `service = ${tomlString(named(name))}`);
  }
  for (const step of service.migrations) {
    lines.push("", `[[${at}.migrations]]`, `tag = ${tomlString(step.tag)}`);
    if (step.newSqliteClasses.length > 0) lines.push(`new_sqlite_classes = ${tomlArray(step.newSqliteClasses)}`);
    if (step.renamedClasses.length > 0) {
      lines.push(`renamed_classes = [${step.renamedClasses.map((r) => `{ from = ${tomlString(r.from)}, to = ${tomlString(r.to)} }`).join(", ")}]`);
    }
    if (step.deletedClasses.length > 0) lines.push(`deleted_classes = ${tomlArray(step.deletedClasses)}`);
  }
  return lines;
}

/**
 * wrangler.toml for every Worker service of `config`, keyed by `<source>/wrangler.toml`: one
 * `[env.<name>]` section per environment that has a Worker service with that source, nothing at top
 * level (as the edge Worker's: a command without --env fails instead of touching a stray Worker).
 * `command` is what regenerates the files, named on their first line.
 */
export function renderWorkerServiceWranglerTomls(config: Config, command: string): Record<string, string> {
  const sections = new Map<string, string[]>();
  for (const [env, environment] of Object.entries(config.environments)) {
    for (const service of environment.workerServices) {
      const lines = sections.get(service.source) ?? [];
      lines.push("", ...envSection(config, env, service));
      sections.set(service.source, lines);
    }
  }
  return Object.fromEntries(
    [...sections].map(([source, lines]) => [
      `${source}/wrangler.toml`,
      `${[
        `# Generated from the config by \`${command}\`; do not edit.`,
        "# wrangler dev --env <name> runs it locally; the edge stack (npm run deploy) deploys the script.",
        ...lines,
      ].join("\n")}\n`,
    ]),
  );
}
