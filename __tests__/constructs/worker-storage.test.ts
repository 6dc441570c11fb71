import { TerraformOutput } from "cdktf";
import { evaluatePolicy } from "../../constructs/policy";
import { EI15 } from "../../constructs/policy/rules";
import { WorkerStorage, type WorkerStorageProps } from "../../constructs/worker-storage";
import { ofType, stack, synth } from "./helpers";

const props: WorkerStorageProps = {
  accountId: "0123456789abcdef0123456789abcdef",
  namePrefix: "acme-production",
  kv: [{ name: "cache" }],
  r2: [{ name: "files", location: "weur" }],
  d1: [{ name: "main" }],
  queues: [{ name: "events" }, { name: "events-dlq" }],
};

describe("WorkerStorage", () => {
  const { resources } = synth((scope) => new WorkerStorage(scope, "storage", props));

  test("names every resource <prefix>-<name> and keeps each from destroy by default", () => {
    expect(ofType(resources, "cloudflare_workers_kv_namespace")).toEqual([
      expect.objectContaining({ account_id: props.accountId, title: "acme-production-cache", lifecycle: { prevent_destroy: true } }),
    ]);
    expect(ofType(resources, "cloudflare_r2_bucket")).toEqual([
      expect.objectContaining({ name: "acme-production-files", location: "weur", lifecycle: { prevent_destroy: true } }),
    ]);
    expect(ofType(resources, "cloudflare_d1_database")).toEqual([
      expect.objectContaining({ name: "acme-production-main", primary_location_hint: "apac", lifecycle: { prevent_destroy: true } }),
    ]);
    expect(
      ofType(resources, "cloudflare_queue")
        .map((q) => [q.queue_name, q.lifecycle])
        .sort(),
    ).toEqual([
      ["acme-production-events", { prevent_destroy: true }],
      ["acme-production-events-dlq", { prevent_destroy: true }],
    ]);
  });

  test("exposes the computed ids by local name: KV id, D1 uuid, queue id", () => {
    const { outputs } = synth((scope) => {
      const storage = new WorkerStorage(scope, "storage", props);
      new TerraformOutput(scope, "ids", { value: { kv: storage.kvNamespaceIds, d1: storage.d1DatabaseIds, queues: storage.queueIds } });
    });
    expect(outputs.ids).toEqual({
      value: {
        kv: { cache: expect.stringMatching(/^\$\{cloudflare_workers_kv_namespace\..*\.id\}$/) },
        d1: { main: expect.stringMatching(/^\$\{cloudflare_d1_database\..*\.uuid\}$/) },
        queues: {
          events: expect.stringMatching(/^\$\{cloudflare_queue\..*\.queue_id\}$/),
          "events-dlq": expect.stringMatching(/^\$\{cloudflare_queue\..*\.queue_id\}$/),
        },
      },
    });
  });

  test("unprotected storage has no prevent_destroy and records its reason as the suppression of EI15", () => {
    const scope = stack();
    new WorkerStorage(scope, "storage", { ...props, protect: false, unprotectedReason: "staging data is rebuilt from fixtures" });
    const report = evaluatePolicy(scope, [EI15]);
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toHaveLength(5);
    expect(report.suppressed.map((f) => f.reason)).toContain("staging data is rebuilt from fixtures");
    const { resources: open } = synth((s) => new WorkerStorage(s, "storage", { ...props, protect: false, unprotectedReason: "staging data is rebuilt" }));
    expect(ofType(open, "cloudflare_d1_database")[0].lifecycle).toBeUndefined();
  });

  test("refuses, listing every problem: a bad account id, an unexplained protect: false, duplicate and bad names, a bad location", () => {
    expect(
      () =>
        new WorkerStorage(stack(), "storage", {
          ...props,
          accountId: "acc",
          protect: false,
          kv: [{ name: "cache" }, { name: "cache" }],
          d1: [{ name: "Main_DB" }],
          r2: [{ name: "files", location: "mars" as never }],
        }),
    ).toThrow(
      /accountId: must be a Cloudflare account id[\s\S]*unprotectedReason: storage left open[\s\S]*kv: name\(s\) listed twice: cache[\s\S]*d1\[0\]\.name: must be lowercase[\s\S]*r2\[0\]\.location: must be one of apac/,
    );
  });
});
