import { D1Database } from "@cdktf/provider-cloudflare/lib/d1-database";
import { Queue } from "@cdktf/provider-cloudflare/lib/queue";
import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { WorkersKvNamespace } from "@cdktf/provider-cloudflare/lib/workers-kv-namespace";
import { Construct } from "constructs";
import { MIN_REASON_LENGTH, suppress } from "./policy/suppressions";
import { R2_BUCKET_NAME } from "./provider-names";
import { duplicates, PropsValidator } from "./validation";

/** The policy rule a WorkerStorage left unprotected records its reason under (EI15 unprotected-worker-data). */
export const UNPROTECTED_WORKER_DATA_RULE = "EI15";

/** Cloudflare's location hints for R2 buckets and D1 primaries. */
export const CLOUDFLARE_LOCATIONS = ["apac", "wnam", "enam", "weur", "eeur", "oc"] as const;

/** Account-wide names we derive for KV titles, R2 buckets, D1 databases and queues. */
const RESOURCE_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const LOCAL_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;

export interface WorkerStorageLocated {
  /** The name local to the environment, e.g. `files`; the resource is named `<namePrefix>-<name>`. */
  readonly name: string;
  /**
   * Where the data lives (an R2 location hint, a D1 primary location hint).
   * @default "apac"
   */
  readonly location?: (typeof CLOUDFLARE_LOCATIONS)[number];
}

export interface WorkerStorageProps {
  /** The Cloudflare account that owns the resources (32 lowercase hex digits). */
  readonly accountId: string;
  /** Joined with each name to form the account-wide name, e.g. `autoforge-production` → `autoforge-production-cache`. */
  readonly namePrefix: string;
  /**
   * Workers KV namespaces, by local name.
   * @default []
   */
  readonly kv?: readonly { readonly name: string }[];
  /**
   * R2 buckets (private: no public access or custom domain), by local name.
   * @default []
   */
  readonly r2?: readonly WorkerStorageLocated[];
  /**
   * D1 databases, by local name.
   * @default []
   */
  readonly d1?: readonly WorkerStorageLocated[];
  /**
   * Queues, by local name.
   * @default []
   */
  readonly queues?: readonly { readonly name: string }[];
  /**
   * Keep every resource from destroy and replacement (`lifecycle.prevent_destroy`): a production
   * environment's data. Leaving it off needs `unprotectedReason`, recorded as the suppression of EI15.
   * @default true
   */
  readonly protect?: boolean;
  /**
   * Why the data may be destroyed (at least 10 characters); required when `protect` is false.
   * @default undefined
   */
  readonly unprotectedReason?: string;
}

/**
 * The Cloudflare-hosted data one environment's Worker services bind to: KV namespaces, R2 buckets, D1
 * databases and queues, named `<namePrefix>-<name>` in the account so environments never share one.
 * Stateful: `prevent_destroy` unless `protect` is false with a written reason. Its computed ids
 * (`kvNamespaceIds`, `d1DatabaseIds`, `queueIds`) are what the data stack outputs for the edge stack.
 */
export class WorkerStorage extends Construct {
  readonly kvNamespaces: Readonly<Record<string, WorkersKvNamespace>>;
  readonly r2Buckets: Readonly<Record<string, R2Bucket>>;
  readonly d1Databases: Readonly<Record<string, D1Database>>;
  readonly queues: Readonly<Record<string, Queue>>;

  constructor(scope: Construct, id: string, props: WorkerStorageProps) {
    super(scope, id);
    const protect = props.protect ?? true;
    const kinds = {
      kv: (props.kv ?? []).map((e) => e.name),
      r2: (props.r2 ?? []).map((e) => e.name),
      d1: (props.d1 ?? []).map((e) => e.name),
      queues: (props.queues ?? []).map((e) => e.name),
    };
    const validator = new PropsValidator(`WorkerStorage ${this.node.path}`)
      .check(
        /^[0-9a-f]{32}$/.test(props.accountId),
        "accountId",
        `must be a Cloudflare account id (32 lowercase hex digits), got ${JSON.stringify(props.accountId)}`,
      )
      .check(
        protect || (props.unprotectedReason ?? "").trim().length >= MIN_REASON_LENGTH,
        "unprotectedReason",
        `storage left open to destroy (protect: false) needs a reason of at least ${MIN_REASON_LENGTH} characters (it is recorded as the suppression of ${UNPROTECTED_WORKER_DATA_RULE})`,
      );
    for (const [kind, names] of Object.entries(kinds)) {
      validator.check(duplicates(names).length === 0, kind, `name(s) listed twice: ${duplicates(names).join(", ")}`);
      names.forEach((name, i) => {
        const full = `${props.namePrefix}-${name}`;
        validator
          .check(LOCAL_NAME.test(name), `${kind}[${i}].name`, `must be lowercase letters, digits and hyphens (2-32), got ${JSON.stringify(name)}`)
          .check(
            RESOURCE_NAME.test(full),
            `${kind}[${i}].name`,
            `the account-wide name ${JSON.stringify(full)} must be 3-63 lowercase letters, digits or hyphens`,
          );
      });
    }
    for (const [kind, entries] of [
      ["r2", props.r2 ?? []],
      ["d1", props.d1 ?? []],
    ] as const) {
      entries.forEach((e, i) => {
        if (e.location !== undefined) {
          validator.check(
            (CLOUDFLARE_LOCATIONS as readonly string[]).includes(e.location),
            `${kind}[${i}].location`,
            `must be one of ${CLOUDFLARE_LOCATIONS.join(", ")}, got ${JSON.stringify(e.location)}`,
          );
        }
      });
    }
    for (const [i, e] of (props.r2 ?? []).entries()) {
      validator.check(R2_BUCKET_NAME.test(`${props.namePrefix}-${e.name}`), `r2[${i}].name`, "is not an R2 bucket name once prefixed");
    }
    validator.throwIfInvalid();

    const lifecycle = protect ? { preventDestroy: true } : undefined;
    const name = (local: string) => `${props.namePrefix}-${local}`;
    this.kvNamespaces = Object.fromEntries(
      (props.kv ?? []).map((e) => [e.name, new WorkersKvNamespace(this, `kv-${e.name}`, { accountId: props.accountId, title: name(e.name), lifecycle })]),
    );
    this.r2Buckets = Object.fromEntries(
      (props.r2 ?? []).map((e) => [
        e.name,
        new R2Bucket(this, `r2-${e.name}`, { accountId: props.accountId, name: name(e.name), location: e.location ?? "apac", lifecycle }),
      ]),
    );
    this.d1Databases = Object.fromEntries(
      (props.d1 ?? []).map((e) => [
        e.name,
        new D1Database(this, `d1-${e.name}`, { accountId: props.accountId, name: name(e.name), primaryLocationHint: e.location ?? "apac", lifecycle }),
      ]),
    );
    this.queues = Object.fromEntries(
      (props.queues ?? []).map((e) => [e.name, new Queue(this, `queue-${e.name}`, { accountId: props.accountId, queueName: name(e.name), lifecycle })]),
    );
    if (!protect) suppress(this, UNPROTECTED_WORKER_DATA_RULE, props.unprotectedReason!);
  }

  /** KV namespace id by local name (computed at apply). */
  get kvNamespaceIds(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.kvNamespaces).map(([n, r]) => [n, r.id]));
  }

  /** D1 database uuid by local name (computed at apply): what a `d1` binding names. */
  get d1DatabaseIds(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.d1Databases).map(([n, r]) => [n, r.uuid]));
  }

  /** Queue id by local name (computed at apply): what a queue consumer names. */
  get queueIds(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.queues).map(([n, r]) => [n, r.queueId]));
  }
}
