import { D1Database } from "@cdktf/provider-cloudflare/lib/d1-database";
import { Queue } from "@cdktf/provider-cloudflare/lib/queue";
import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { WorkersKvNamespace } from "@cdktf/provider-cloudflare/lib/workers-kv-namespace";
import { EI15 } from "../../constructs/policy";
import { WorkerStorage } from "../../constructs/worker-storage";
import { synthStack } from "./fixtures";

const accountId = "0123456789abcdef0123456789abcdef";

describe("EI15 unprotected-worker-data", () => {
  test("fails a KV namespace, R2 bucket, D1 database and queue without prevent_destroy", () => {
    const r = synthStack(
      (s) => {
        new WorkersKvNamespace(s, "kv", { accountId, title: "acme-production-cache" });
        new R2Bucket(s, "r2", { accountId, name: "acme-production-files" });
        new D1Database(s, "d1", { accountId, name: "acme-production-main" });
        new Queue(s, "queue", { accountId, queueName: "acme-production-events", lifecycle: { preventDestroy: false } });
      },
      { rules: [EI15] },
    );
    expect(r.findings).toEqual(["EI15 s/d1", "EI15 s/kv", "EI15 s/queue", "EI15 s/r2"]);
    expect(r.message).toMatch(/s\/queue: lifecycle\.prevent_destroy is false: a destroy or a replacing change deletes the data/);
  });

  test("passes production storage (WorkerStorage protects by default) and suppressed non-production storage", () => {
    const r = synthStack(
      (s) => {
        new WorkerStorage(s, "production", { accountId, namePrefix: "acme-production", kv: [{ name: "cache" }], d1: [{ name: "main" }] });
        new WorkerStorage(s, "staging", {
          accountId,
          namePrefix: "acme-staging",
          r2: [{ name: "files" }],
          queues: [{ name: "events" }],
          protect: false,
          unprotectedReason: "staging is rebuilt from fixtures",
        });
      },
      { rules: [EI15] },
    );
    expect(r.findings).toEqual([]);
  });
});
