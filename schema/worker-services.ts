import { replayMigrations } from "../constructs/durable-object-migrations";
import { secretEnvReason } from "../constructs/policy/secret-values";
import { stackName } from "../stacks/names";
import type { Config, Environment } from "./config.types";
import { ownValue, stackOutput } from "./outputs";
import type { ConfigProblem } from "./problems";

export type WorkerService = Environment["workerServices"][number];
export type PagesSite = Environment["pages"][number];
export type StorageKind = keyof Environment["storage"];

/** The longest account-wide name the synth derives for a Worker script, KV title, R2 bucket, D1 database or queue. */
export const CLOUDFLARE_RESOURCE_NAME_MAX = 63;
/** Pages project names become <name>.pages.dev: one DNS label, and Cloudflare caps them at 58 characters. */
export const PAGES_PROJECT_NAME_MAX = 58;

/**
 * `acme-production-cache`: the account-wide name of an environment's Worker script, storage resource or
 * Pages project. Config names are local to the environment, so staging and production never share one.
 */
export function cloudflareResourceName(project: string, envName: string, name: string): string {
  return `${project}-${envName}-${name}`;
}

/**
 * The <env>-data stack's outputs of the storage ids the edge stack (and wrangler.toml) need, by storage
 * kind: each maps a storage name to the id Cloudflare gave it. R2 buckets bind by name and need none.
 */
export const STORAGE_ID_OUTPUTS = { kv: "kv_namespace_ids", d1: "d1_database_ids", queues: "queue_ids" } as const;

/** The id `<env>-data` reported for storage `name` of `kind` after its last apply; undefined before that. */
export function recordedStorageId(config: Config, envName: string, kind: keyof typeof STORAGE_ID_OUTPUTS, name: string): string | undefined {
  const reported = ownValue(stackOutput(config, envName, stackName(envName, "data"), STORAGE_ID_OUTPUTS[kind]), name);
  return typeof reported === "string" && reported !== "" ? reported : undefined;
}

/** `SERVICE_NOTES_API`: the edge Worker's service binding to Worker service `notes-api`. */
export function serviceBindingName(service: string): string {
  return `SERVICE_${service.toUpperCase().replace(/-/g, "_")}`;
}

/** The Durable Object classes a Worker service's migrations leave in place, in order of creation. */
export function durableObjectClasses(service: WorkerService): string[] {
  return replayMigrations(service.migrations).live;
}

const STORAGE_KINDS: readonly StorageKind[] = ["kv", "r2", "d1", "queues"];
const STORAGE_WHAT: Record<StorageKind, string> = { kv: "KV namespace", r2: "R2 bucket", d1: "D1 database", queues: "queue" };

/**
 * The rules of one environment's Worker services, storage and Pages sites that JSON Schema cannot say:
 * every binding names something declared, a queue has one consumer, Durable Object classes exist in
 * the migrations, names the synth derives fit the provider, no secret in vars. `claimHostname` is the
 * config-wide hostname registry of checkRules, `vpsServices` the environment's VPS service names.
 */
export function workerServiceProblems(
  config: Config,
  envName: string,
  env: Environment,
  at: (...segments: Array<string | number>) => string,
  claimHostname: (hostname: string, path: string) => void,
  inZone: (hostname: string) => boolean,
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  const derived = (name: string, path: string, what: string, max = CLOUDFLARE_RESOURCE_NAME_MAX) => {
    const full = cloudflareResourceName(config.project, envName, name);
    if (full.length > max) report(path, `the ${what} name ${full} (<project>-<env>-<name>) is over ${max} characters; shorten the name`);
  };

  const declared = Object.fromEntries(STORAGE_KINDS.map((kind) => [kind, new Set<string>()])) as Record<StorageKind, Set<string>>;
  for (const kind of STORAGE_KINDS) {
    env.storage[kind].forEach((entry, i) => {
      if (declared[kind].has(entry.name)) report(at("storage", kind, i, "name"), `duplicate ${STORAGE_WHAT[kind]} ${JSON.stringify(entry.name)}`);
      declared[kind].add(entry.name);
      derived(entry.name, at("storage", kind, i, "name"), STORAGE_WHAT[kind]);
    });
  }
  const known = (kind: StorageKind) => [...declared[kind]].map((n) => JSON.stringify(n)).join(", ") || "none";

  const vpsServices = new Set(env.services.map((s) => s.name));
  const workerNames = new Set<string>();
  env.workerServices.forEach((service, i) => {
    if (vpsServices.has(service.name) || workerNames.has(service.name))
      report(at("workerServices", i, "name"), `duplicate service ${JSON.stringify(service.name)}`);
    workerNames.add(service.name);
    derived(service.name, at("workerServices", i, "name"), "Worker script");
  });

  const consumers = new Map<string, string>();
  env.workerServices.forEach((service, i) => {
    const here = (...segments: Array<string | number>) => at("workerServices", i, ...segments);
    if (service.customDomain !== undefined) {
      claimHostname(service.customDomain, here("customDomain"));
      if (!inZone(service.customDomain))
        report(here("customDomain"), `${JSON.stringify(service.customDomain)} is not inside the zone ${config.cloudflare.zone}`);
    }
    const storageBindings: Array<[StorageKind, Record<string, string>]> = [
      ["kv", service.bindings.kv],
      ["r2", service.bindings.r2],
      ["d1", service.bindings.d1],
      ["queues", service.bindings.queues],
    ];
    const bindingNames = new Map<string, string>();
    const claimBinding = (name: string, path: string) => {
      const first = bindingNames.get(name);
      if (first) report(path, `binding name ${name} is already used at ${first}`);
      else bindingNames.set(name, path);
    };
    for (const [kind, bindings] of storageBindings) {
      for (const [binding, target] of Object.entries(bindings)) {
        claimBinding(binding, here("bindings", kind, binding));
        if (!declared[kind].has(target)) {
          report(here("bindings", kind, binding), `unknown ${STORAGE_WHAT[kind]} ${JSON.stringify(target)}; storage.${kind} of ${envName}: ${known(kind)}`);
        }
      }
    }
    for (const [binding, target] of Object.entries(service.bindings.services)) {
      claimBinding(binding, here("bindings", "services", binding));
      if (!workerNames.has(target)) {
        const hint = vpsServices.has(target) ? " (a VPS service: a Worker reaches it at its hostname, not by binding)" : "";
        report(
          here("bindings", "services", binding),
          `unknown Worker service ${JSON.stringify(target)}${hint}; workerServices of ${envName}: ${[...workerNames].map((n) => JSON.stringify(n)).join(", ")}`,
        );
      } else if (target === service.name) report(here("bindings", "services", binding), "a Worker cannot bind to itself");
    }
    const tags = new Set<string>();
    service.migrations.forEach((step, k) => {
      if (tags.has(step.tag)) report(here("migrations", k, "tag"), `duplicate migration tag ${JSON.stringify(step.tag)}`);
      tags.add(step.tag);
    });
    const { live, problems: migrationProblems } = replayMigrations(service.migrations);
    for (const p of migrationProblems) {
      report(here("migrations", p.step, p.field, p.index, ...(p.side ? [p.side] : [])), p.message);
    }
    for (const [binding, cls] of Object.entries(service.bindings.durableObjects)) {
      claimBinding(binding, here("bindings", "durableObjects", binding));
      if (!live.includes(cls)) {
        report(
          here("bindings", "durableObjects", binding),
          `class ${cls} is not created by the migrations (or deleted by them): add {tag: "v${service.migrations.length + 1}", newSqliteClasses: ["${cls}"]} to migrations`,
        );
      }
    }
    for (const name of Object.keys(service.vars)) claimBinding(name, here("vars", name));
    service.secrets.forEach((name, k) => {
      claimBinding(name, here("secrets", k));
    });
    for (const [name, value] of Object.entries(service.vars)) {
      const reason = secretEnvReason(name, value);
      if (reason) {
        report(
          here("vars", name),
          `${reason}; vars are plain text in the synthesized stack and in git: list the name in secrets and set the value at deploy time`,
        );
      }
    }
    service.consumes.forEach((consumer, k) => {
      if (!declared.queues.has(consumer.queue)) {
        report(here("consumes", k, "queue"), `unknown queue ${JSON.stringify(consumer.queue)}; storage.queues of ${envName}: ${known("queues")}`);
      } else {
        const first = consumers.get(consumer.queue);
        if (first) report(here("consumes", k, "queue"), `queue ${JSON.stringify(consumer.queue)} already has a consumer (${first}); a queue has one`);
        else consumers.set(consumer.queue, here("consumes", k, "queue"));
      }
      if (consumer.deadLetterQueue !== undefined) {
        if (!declared.queues.has(consumer.deadLetterQueue)) {
          report(
            here("consumes", k, "deadLetterQueue"),
            `unknown queue ${JSON.stringify(consumer.deadLetterQueue)}; storage.queues of ${envName}: ${known("queues")}`,
          );
        } else if (consumer.deadLetterQueue === consumer.queue) report(here("consumes", k, "deadLetterQueue"), "a queue cannot be its own dead-letter queue");
      }
    });
  });

  const sites = new Set<string>();
  env.pages.forEach((site, i) => {
    if (sites.has(site.name)) report(at("pages", i, "name"), `duplicate Pages site ${JSON.stringify(site.name)}`);
    sites.add(site.name);
    derived(site.name, at("pages", i, "name"), "Pages project", PAGES_PROJECT_NAME_MAX);
    claimHostname(site.hostname, at("pages", i, "hostname"));
    if (!inZone(site.hostname)) report(at("pages", i, "hostname"), `${JSON.stringify(site.hostname)} is not inside the zone ${config.cloudflare.zone}`);
  });
  return problems;
}
