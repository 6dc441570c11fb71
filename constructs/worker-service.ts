import { QueueConsumer } from "@cdktf/provider-cloudflare/lib/queue-consumer";
import { WorkersCustomDomain } from "@cdktf/provider-cloudflare/lib/workers-custom-domain";
import { WorkersScript, type WorkersScriptBindings, type WorkersScriptMigrations } from "@cdktf/provider-cloudflare/lib/workers-script";
import { WorkersScriptSubdomain } from "@cdktf/provider-cloudflare/lib/workers-script-subdomain";
import { Token } from "cdktf";
import { Construct } from "constructs";
import { type DurableObjectMigration, replayMigrations } from "./durable-object-migrations";
import { secretEnvReason } from "./policy/secret-values";
import { duplicates, HOSTNAME, PropsValidator, terraformLiteral } from "./validation";
import { WORKER_MODULE } from "./worker-route";

/** One Durable Object migration step (constructs/durable-object-migrations.ts). */
export type WorkerMigration = DurableObjectMigration;

export interface WorkerQueueConsumer {
  /** The queue's local name: the construct id of its consumer (`consumer-<queue>`). */
  readonly queue: string;
  /** The queue's id (cloudflare_queue.queue_id, usually read from the data stack's outputs). */
  readonly queueId: string;
  /**
   * The account-wide name of the queue a message goes to after maxRetries.
   * @default undefined (dropped)
   */
  readonly deadLetterQueue?: string;
  /**
   * Messages per batch.
   * @default 10
   */
  readonly maxBatchSize?: number;
  /**
   * How long a batch may wait to fill, in milliseconds.
   * @default 5000
   */
  readonly maxWaitMs?: number;
  /**
   * Deliveries of a message before it is dead-lettered.
   * @default 3
   */
  readonly maxRetries?: number;
}

export interface WorkerServiceProps {
  /** The Cloudflare account the script lives in. */
  readonly accountId: string;
  /** The zone a custom domain is in. */
  readonly zoneId: string;
  /** The script name, unique per account: lowercase letters, digits and hyphens, up to 63. */
  readonly scriptName: string;
  /** The bundled ES module (the entry point bundles `<source>/<main>` with esbuild). */
  readonly content: string;
  /** The Workers runtime compatibility date, YYYY-MM-DD. */
  readonly compatibilityDate: string;
  /**
   * Workers runtime compatibility flags.
   * @default []
   */
  readonly compatibilityFlags?: readonly string[];
  /**
   * Plain-text bindings (`env.<NAME>`): never secrets, refused when a value looks like one.
   * @default {}
   */
  readonly vars?: Readonly<Record<string, string>>;
  /**
   * Names of the secret bindings, set out of band (`wrangler secret put`); never their values. The script
   * keeps every `secret_text` binding across applies (`keep_bindings`), so they survive a deploy.
   * @default []
   */
  readonly secrets?: readonly string[];
  /**
   * KV namespace bindings: binding name → namespace id.
   * @default {}
   */
  readonly kvNamespaces?: Readonly<Record<string, string>>;
  /**
   * R2 bucket bindings: binding name → bucket name.
   * @default {}
   */
  readonly r2Buckets?: Readonly<Record<string, string>>;
  /**
   * D1 bindings: binding name → database id (uuid).
   * @default {}
   */
  readonly d1Databases?: Readonly<Record<string, string>>;
  /**
   * Queue producer bindings: binding name → queue name.
   * @default {}
   */
  readonly queues?: Readonly<Record<string, string>>;
  /**
   * Service bindings to other Workers: binding name → script name.
   * @default {}
   */
  readonly services?: Readonly<Record<string, string>>;
  /**
   * Durable Object bindings to classes this script exports: binding name → class name. Every class must be
   * live after `migrations`.
   * @default {}
   */
  readonly durableObjects?: Readonly<Record<string, string>>;
  /**
   * The script's Durable Object migrations, in order. The upload carries only the steps after
   * `appliedMigrationTag`, with `old_tag` set to it, so an apply never creates a class twice.
   * @default []
   */
  readonly migrations?: readonly WorkerMigration[];
  /**
   * The migration tag the script already has (its `migration_tag` after the last apply, recorded in CUE);
   * undefined when the script was never deployed.
   * @default undefined
   */
  readonly appliedMigrationTag?: string;
  /**
   * Queues this script consumes (its `queue()` handler), one `cloudflare_queue_consumer` each.
   * @default []
   */
  readonly consumers?: readonly WorkerQueueConsumer[];
  /**
   * A hostname the Worker answers on directly (a Workers custom domain: Cloudflare creates its DNS record and certificate).
   * @default undefined (reached only by service binding)
   */
  readonly customDomain?: string;
  /**
   * Serve the script on its workers.dev subdomain (and preview URLs) too: a public address that skips
   * the zone's WAF, rate limits and Access.
   * @default false
   */
  readonly workersDev?: boolean;
}

const BINDING_NAME = /^[A-Z][A-Z0-9_]*$/;
const CLASS_NAME = /^[A-Z][A-Za-z0-9_]{0,62}$/;
const SCRIPT_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * A service that runs on Cloudflare as a Worker script of its own: an ES-module `cloudflare_workers_script`
 * with its bindings (plain-text vars, KV, R2, D1, queue producers, service bindings, its own Durable
 * Objects), keeping the secret bindings `wrangler secret put` set; its Durable Object migrations; one
 * `cloudflare_queue_consumer` per queue it consumes; a `cloudflare_workers_custom_domain` when it
 * answers on a hostname of its own; and its workers.dev subdomain switched off, so the internet reaches
 * it only through the zone (WAF, rate limits) unless `workersDev` says otherwise.
 */
export class WorkerService extends Construct {
  readonly script: WorkersScript;
  readonly consumers: QueueConsumer[];
  readonly customDomain?: WorkersCustomDomain;
  /** Whether the workers.dev subdomain serves the script (off unless workersDev). */
  readonly subdomain: WorkersScriptSubdomain;
  /** The tag the script has after this apply (the last migration's), or undefined without migrations. */
  readonly migrationTag?: string;

  constructor(scope: Construct, id: string, props: WorkerServiceProps) {
    super(scope, id);
    const migrations = props.migrations ?? [];
    const tags = migrations.map((m) => m.tag);
    const groups: Array<[string, string, Readonly<Record<string, string>>]> = [
      ["vars", "plain_text", props.vars ?? {}],
      ["kvNamespaces", "kv_namespace", props.kvNamespaces ?? {}],
      ["r2Buckets", "r2_bucket", props.r2Buckets ?? {}],
      ["d1Databases", "d1", props.d1Databases ?? {}],
      ["queues", "queue", props.queues ?? {}],
      ["services", "service", props.services ?? {}],
      ["durableObjects", "durable_object_namespace", props.durableObjects ?? {}],
    ];
    const bindingNames = [...groups.flatMap(([, , bindings]) => Object.keys(bindings)), ...(props.secrets ?? [])];

    const validator = new PropsValidator(`WorkerService ${this.node.path}`)
      .check(
        SCRIPT_NAME.test(props.scriptName),
        "scriptName",
        `must be lowercase letters, digits and hyphens (up to 63), got ${JSON.stringify(props.scriptName)}`,
      )
      .check(props.content.trim().length > 0, "content", "the bundled Worker is empty: bundle the service's entry module first")
      .check(/^\d{4}-\d{2}-\d{2}$/.test(props.compatibilityDate), "compatibilityDate", `must be YYYY-MM-DD, got ${JSON.stringify(props.compatibilityDate)}`)
      .check(duplicates(bindingNames).length === 0, "bindings", `binding name(s) used twice: ${duplicates(bindingNames).join(", ")}`)
      .check(duplicates(tags).length === 0, "migrations", `tag(s) listed twice: ${duplicates(tags).join(", ")}`)
      .check(
        props.appliedMigrationTag === undefined || tags.includes(props.appliedMigrationTag),
        "appliedMigrationTag",
        `the script's applied tag ${JSON.stringify(props.appliedMigrationTag)} is not among the migrations (${tags.join(", ") || "none"}): applied migrations are never removed or renamed`,
      );
    for (const name of bindingNames) {
      validator.check(BINDING_NAME.test(name), `bindings.${name}`, "binding names are UPPER_SNAKE_CASE");
    }
    for (const [name, value] of Object.entries(props.vars ?? {})) {
      const reason = secretEnvReason(name, value);
      if (reason) validator.check(false, `vars.${name}`, `${reason}; declare it in secrets and set it with wrangler secret put`);
    }
    for (const flag of props.compatibilityFlags ?? []) {
      validator.check(/^[a-z0-9_]+$/.test(flag), "compatibilityFlags", `not a compatibility flag: ${JSON.stringify(flag)}`);
    }
    const { live, problems } = replayMigrations(migrations);
    for (const p of problems) validator.check(false, `migrations[${p.step}].${p.field}`, p.message);
    migrations.forEach((step, i) => {
      for (const cls of [...(step.newSqliteClasses ?? []), ...(step.deletedClasses ?? []), ...(step.renamedClasses ?? []).flatMap((r) => [r.from, r.to])]) {
        validator.check(CLASS_NAME.test(cls), `migrations[${i}]`, `not a class name: ${JSON.stringify(cls)}`);
      }
    });
    for (const [binding, cls] of Object.entries(props.durableObjects ?? {})) {
      validator.check(
        live.includes(cls),
        `durableObjects.${binding}`,
        `class ${cls} is not created by the migrations (live: ${live.join(", ") || "none"}); add a step with newSqliteClasses: [${JSON.stringify(cls)}]`,
      );
    }
    for (const [binding, target] of Object.entries(props.services ?? {})) {
      if (!Token.isUnresolved(target)) {
        validator.check(SCRIPT_NAME.test(target), `services.${binding}`, `not a script name: ${JSON.stringify(target)}`);
        validator.check(target !== props.scriptName, `services.${binding}`, "a Worker cannot bind to itself");
      }
    }
    const consumed = (props.consumers ?? []).map((c) => c.queue);
    validator.check(duplicates(consumed).length === 0, "consumers", `queue(s) consumed twice: ${duplicates(consumed).join(", ")}`);
    if (props.customDomain !== undefined) {
      validator.check(HOSTNAME.test(props.customDomain), "customDomain", `not a hostname: ${JSON.stringify(props.customDomain)}`);
    }
    validator.throwIfInvalid();

    const bindings: WorkersScriptBindings[] = groups.flatMap(([, type, entries]) =>
      Object.entries(entries)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => binding(type, name, value)),
    );
    this.migrationTag = tags.at(-1);
    this.script = new WorkersScript(this, "script", {
      accountId: props.accountId,
      scriptName: props.scriptName,
      content: terraformLiteral(props.content),
      mainModule: WORKER_MODULE,
      compatibilityDate: props.compatibilityDate,
      compatibilityFlags: props.compatibilityFlags && props.compatibilityFlags.length > 0 ? [...props.compatibilityFlags] : undefined,
      bindings,
      // Secrets come from `wrangler secret put`; without this every apply would delete them.
      keepBindings: ["secret_text"],
      migrations: pendingMigrations(migrations, props.appliedMigrationTag),
    });
    this.consumers = (props.consumers ?? []).map(
      (c) =>
        new QueueConsumer(this, `consumer-${c.queue}`, {
          accountId: props.accountId,
          queueId: c.queueId,
          scriptName: this.script.scriptName,
          type: "worker",
          deadLetterQueue: c.deadLetterQueue,
          settings: { batchSize: c.maxBatchSize ?? 10, maxWaitTimeMs: c.maxWaitMs ?? 5000, maxRetries: c.maxRetries ?? 3 },
        }),
    );
    this.subdomain = new WorkersScriptSubdomain(this, "workers-dev", {
      accountId: props.accountId,
      scriptName: this.script.scriptName,
      enabled: props.workersDev ?? false,
      previewsEnabled: props.workersDev ?? false,
    });
    if (props.customDomain !== undefined) {
      this.customDomain = new WorkersCustomDomain(this, "custom-domain", {
        accountId: props.accountId,
        zoneId: props.zoneId,
        hostname: props.customDomain,
        service: this.script.scriptName,
      });
    }
  }
}

function binding(type: string, name: string, value: string): WorkersScriptBindings {
  switch (type) {
    case "plain_text":
      return { name, type, text: terraformLiteral(value) };
    case "kv_namespace":
      return { name, type, namespaceId: value };
    case "r2_bucket":
      return { name, type, bucketName: value };
    case "d1":
      return { name, type, id: value };
    case "queue":
      return { name, type, queueName: value };
    case "service":
      return { name, type, service: value };
    default:
      // A class of this script: no script_name (that is for a class another Worker defines).
      return { name, type, className: value };
  }
}

/**
 * The migrations block of an upload: the steps after the tag the script already has, moving it from
 * `old_tag` (the API refuses the upload when the script's tag differs) to the last tag. None when the
 * script is up to date or has no migrations: re-sending applied steps would create a class twice.
 */
export function pendingMigrations(migrations: readonly WorkerMigration[], applied: string | undefined): WorkersScriptMigrations | undefined {
  const from = applied === undefined ? 0 : migrations.findIndex((m) => m.tag === applied) + 1;
  const pending = migrations.slice(from);
  if (pending.length === 0) return undefined;
  return {
    oldTag: applied,
    newTag: pending[pending.length - 1].tag,
    steps: pending.map((m) => ({
      newSqliteClasses: m.newSqliteClasses && m.newSqliteClasses.length > 0 ? [...m.newSqliteClasses] : undefined,
      renamedClasses: m.renamedClasses && m.renamedClasses.length > 0 ? m.renamedClasses.map((r) => ({ from: r.from, to: r.to })) : undefined,
      deletedClasses: m.deletedClasses && m.deletedClasses.length > 0 ? [...m.deletedClasses] : undefined,
    })),
  };
}
