import type { Config, Environment } from "../../schema/config.types";
import { cloudflareResourceName, durableObjectClasses, type StorageKind } from "../../schema/worker-services";
import { sanitizeId, type TopologyEdge, type TopologyNode } from "./model";

/** The node of Worker service `name` (the edge Worker is `worker`). */
export function workerServiceId(name: string): string {
  return sanitizeId("worker", "service", name);
}

/** The node of storage entry `name` of `kind`: kv_cache, r2_files, d1_forge, queue_events. */
export function storageId(kind: StorageKind, name: string): string {
  return sanitizeId(kind === "queues" ? "queue" : kind, name);
}

/** The node of Durable Object class `cls` of Worker service `service`. */
export function durableObjectId(service: string, cls: string): string {
  return sanitizeId("do", service, cls);
}

/** The node of Pages site `name`. */
export function pagesId(name: string): string {
  return sanitizeId("pages", name);
}

const STORAGE_LABEL: Record<StorageKind, string> = { kv: "KV", r2: "R2", d1: "D1", queues: "queue" };

/**
 * The part of an environment that runs on Cloudflare itself, all in `cluster`: its Worker services with
 * their bindings (storage, own Durable Objects, other Worker services by service binding), the queues
 * they consume, and the Pages sites. Entry edges start at `security`: a Worker's custom domain and a
 * Pages hostname are answered by Cloudflare without the edge Worker. Empty when the environment
 * declares none of them, so the picture of a VPS-only environment does not change.
 */
export function workerServiceGraph(
  config: Config,
  envName: string,
  env: Environment,
  cluster: string,
  security: string,
): { nodes: TopologyNode[]; edges: TopologyEdge[] } {
  const nodes: TopologyNode[] = [];
  const edges: TopologyEdge[] = [];
  const accountName = (name: string) => cloudflareResourceName(config.project, envName, name);

  for (const service of env.workerServices) {
    const id = workerServiceId(service.name);
    nodes.push({
      id,
      label: [
        `Worker service ${service.name}`,
        `script ${accountName(service.name)}`,
        `compatibility ${service.compatibilityDate}`,
        ...(service.compatibilityFlags.length > 0 ? [`flags ${service.compatibilityFlags.join(", ")}`] : []),
        ...(service.secrets.length > 0 ? [`secrets ${service.secrets.join(", ")}`] : []),
      ],
      shape: "box",
      cluster,
    });
    if (service.customDomain !== undefined) edges.push({ from: security, to: id, label: `${service.customDomain} (custom domain)` });
    for (const cls of durableObjectClasses(service)) {
      nodes.push({ id: durableObjectId(service.name, cls), label: [`Durable Object ${cls}`, `of ${service.name} (SQLite)`], shape: "cylinder", cluster });
    }
  }

  const kinds: readonly StorageKind[] = ["d1", "kv", "r2", "queues"];
  for (const kind of kinds) {
    for (const entry of env.storage[kind]) {
      const location = "location" in entry ? [`location ${entry.location}`] : [];
      nodes.push({
        id: storageId(kind, entry.name),
        label: [`${STORAGE_LABEL[kind]} ${entry.name}`, accountName(entry.name), ...location],
        shape: kind === "queues" ? "parallelogram" : "cylinder",
        cluster,
      });
    }
  }

  for (const service of env.workerServices) {
    const id = workerServiceId(service.name);
    const { bindings } = service;
    for (const kind of kinds) {
      for (const [binding, target] of Object.entries(bindings[kind])) {
        edges.push({ from: id, to: storageId(kind, target), label: kind === "queues" ? `${binding} (send)` : binding });
      }
    }
    for (const [binding, cls] of Object.entries(bindings.durableObjects)) edges.push({ from: id, to: durableObjectId(service.name, cls), label: binding });
    for (const [binding, target] of Object.entries(bindings.services)) {
      edges.push({ from: id, to: workerServiceId(target), label: `service binding ${binding}`, dashed: true });
    }
    for (const consumer of service.consumes) {
      const queue = storageId("queues", consumer.queue);
      edges.push({ from: queue, to: id, label: `consumer, batch ${consumer.maxBatchSize}` });
      if (consumer.deadLetterQueue !== undefined) {
        edges.push({ from: queue, to: storageId("queues", consumer.deadLetterQueue), label: `dead letters after ${consumer.maxRetries} retries` });
      }
    }
  }

  for (const site of env.pages) {
    const id = pagesId(site.name);
    nodes.push({
      id,
      label: [`Pages ${site.name}`, `project ${accountName(site.name)}`, site.hostname, `build ${site.buildCommand} → ${site.outputDir}`],
      shape: "box",
      cluster,
    });
    edges.push({ from: security, to: id, label: site.hostname });
  }
  return { nodes, edges };
}
