import { block, show } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

/** The Cloudflare resources that hold a Worker service's data: a destroy or a replacement deletes it. */
export const WORKER_DATA_TYPES: ReadonlySet<string> = new Set([
  "cloudflare_workers_kv_namespace",
  "cloudflare_r2_bucket",
  "cloudflare_d1_database",
  "cloudflare_queue",
]);

/**
 * KV namespaces, R2 buckets, D1 databases and queues without `lifecycle.prevent_destroy`. Production data
 * is protected by default (WorkerStorage `protect`); an environment whose data may go says why in a
 * suppression of this rule, which WorkerStorage records from its `unprotectedReason`.
 */
export const EI15: ElementRule = {
  id: "EI15",
  name: "unprotected-worker-data",
  description: "Cloudflare KV namespaces, R2 buckets, D1 databases and queues carry lifecycle.prevent_destroy, unless a suppression says why not.",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource" || !WORKER_DATA_TYPES.has(type)) return notApplicable();
    const preventDestroy = block(a.lifecycle)?.prevent_destroy;
    return verdict(
      preventDestroy === true
        ? []
        : [
            `lifecycle.prevent_destroy is ${show(preventDestroy)}: a destroy or a replacing change deletes the data; set lifecycle = { preventDestroy: true } (WorkerStorage protect: true, the default in production)`,
          ],
    );
  },
};
