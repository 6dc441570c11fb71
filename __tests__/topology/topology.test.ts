import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Config } from "../../schema/config.types";
import { checkConfig, loadConfig } from "../../schema/load";
import type { WorkerService } from "../../schema/worker-services";
import { forgeApiService, forgeStorage } from "../../services/forge-api/__tests__/fixtures";
import {
  GENERATED_NOTICE,
  renderDot,
  renderMermaid,
  renderPage,
  renderSvg,
  renderTopology,
  sanitizeId,
  TOPOLOGY_DIR,
  type Topology,
  topology,
} from "../../tools/topology/render";
import { pagesId, workerServiceId } from "../../tools/topology/worker-services";
import { defaultConfig } from "../helpers/config";

const ROOT = path.resolve(__dirname, "../..");

function node(topo: Topology, id: string) {
  const found = topo.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id} in ${topo.nodes.map((n) => n.id).join(", ")}`);
  return found;
}

function hasEdge(topo: Topology, from: string, to: string, label?: string): boolean {
  return topo.edges.some((e) => e.from === from && e.to === to && (label === undefined || e.label === label));
}

/** Throws on anything that is not well-formed XML. */
function parseXml(text: string) {
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      throw new Error(`${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, "image/svg+xml");
}

/** Brackets outside quoted labels must pair up; quoted labels must close. */
function balanced(mermaid: string): boolean {
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const stack: string[] = [];
  let quoted = false;
  for (const c of mermaid) {
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if ("([{".includes(c)) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return !quoted && stack.length === 0;
}

describe("topology of the default config", () => {
  const config = defaultConfig();
  const staging = topology(config, "staging");

  test("app-1 runs api:8080, reached through app-1's tunnel", () => {
    const api = node(staging, "svc_api_on_app_1");
    expect(api.cluster).toBe("node_app_1");
    expect(api.label).toEqual(["api:8080", "api-staging.example.com"]);
    expect(hasEdge(staging, "tunnel_app_1", "svc_api_on_app_1", "localhost:8080")).toBe(true);
    expect(node(staging, "tunnel_app_1").cluster).toBe("node_app_1");
  });

  test("the staging route pattern points at api through the tunnel of every node api runs on", () => {
    expect(node(staging, "route_0").label[0]).toBe("route api-staging.example.com/*");
    expect(hasEdge(staging, "worker", "route_0")).toBe(true);
    expect(hasEdge(staging, "route_0", "tunnel_app_1", "api-staging.example.com")).toBe(true);
    expect(staging.edges.filter((e) => e.from === "route_0")).toHaveLength(1);
  });

  test("db-1 hosts Postgres, which api uses through its schema", () => {
    const pg = node(staging, "postgres");
    expect(pg.cluster).toBe("node_db_1");
    expect(pg.label[0]).toBe("Postgres 17 (self-hosted)");
    expect(pg.shape).toBe("cylinder");
    expect(hasEdge(staging, "svc_api_on_app_1", "postgres", "schema api")).toBe(true);
  });

  test("users enter through the zone security and the Worker; every node ships telemetry to the R2 bucket", () => {
    expect(hasEdge(staging, "users", "security")).toBe(true);
    expect(hasEdge(staging, "security", "worker")).toBe(true);
    expect(node(staging, "security").label).toEqual(expect.arrayContaining(["WAF: managed ruleset", "WAF rule block-wp-probes: block"]));
    expect(node(staging, "log_bucket").label[0]).toBe("R2 acme-logs-staging");
    for (const n of config.environments.staging.nodes) {
      expect(staging.edges).toContainEqual(expect.objectContaining({ from: `vector_${sanitizeId(n.name)}`, to: "log_bucket", dashed: true }));
    }
  });

  test("every node box names its provider, region and size: Linodes in Tokyo 3 by default, an AWS node says aws", () => {
    const label = (topo: Topology, name: string) => topo.clusters.find((c) => c.id === sanitizeId("node", name))?.label;
    expect(label(staging, "app-1")).toEqual(["node app-1", "linode jp-tyo-3 g6-nanode-1", "roles: app"]);
    expect(label(staging, "db-1")).toEqual(["node db-1", "linode jp-tyo-3 g6-standard-1", "roles: postgres"]);
    expect(label(topology(config, "production"), "db-1")?.[1]).toBe("linode jp-tyo-3 g6-standard-2");

    const mixed = defaultConfig();
    const app = mixed.environments.staging.nodes.find((n) => n.name === "app-1")!;
    Object.assign(app, { provider: "aws", region: "ap-northeast-1", size: "t3.micro" });
    const topo = topology(mixed, "staging");
    expect(label(topo, "app-1")?.[1]).toBe("aws ap-northeast-1 t3.micro");
    expect(label(topo, "db-1")?.[1]).toBe("linode jp-tyo-3 g6-standard-1");
    expect(renderMermaid(topo)).toContain("aws ap-northeast-1 t3.micro");
    expect(renderDot(topo)).toContain("linode jp-tyo-3 g6-standard-1");
  });

  test("production shows its rate limit", () => {
    const production = topology(config, "production");
    expect(node(production, "security").label).toContain("rate limit api-burst: 600/60s, block 600s");
  });

  test("fails on an unknown environment, naming the known ones", () => {
    expect(() => topology(config, "qa")).toThrow(/no environment "qa"; known: staging, production/);
  });
});

describe("outputs", () => {
  function withOutputs(outputs: Config["outputs"]): Config {
    return { ...defaultConfig(), outputs };
  }

  test("node ipv4, tunnel id, worker and bucket appear when the stacks were applied", () => {
    const config = withOutputs({
      staging: {
        "staging-node-app-1": { ipv4: "192.0.2.10", tunnel_id: "6ff42ae2-765d-4adf-8112-31c55c1551ef" },
        "staging-edge": { worker_name: "edge-staging" },
        "staging-data": { log_bucket: "acme-logs-staging", postgres_database: "app" },
      },
    });
    const topo = topology(config, "staging");
    expect(topo.clusters.find((c) => c.id === "node_app_1")?.label).toContain("ipv4 192.0.2.10");
    expect(node(topo, "tunnel_app_1").label).toEqual(["tunnel app-1", "id 6ff42ae2-765d-4adf-8112-31c55c1551ef"]);
    expect(node(topo, "worker").label).toContain("deployed: edge-staging");
    expect(renderMermaid(topo)).toContain("ipv4 192.0.2.10");
    expect(renderDot(topo)).toContain("ipv4 192.0.2.10");
    expect(node(topology(config, "production"), "tunnel_app_1").label).toEqual(["tunnel app-1"]);
  });

  test("accepts stack keys without the environment prefix", () => {
    const topo = topology(withOutputs({ staging: { "node-db-1": { ipv4: "192.0.2.20" } } }), "staging");
    expect(topo.clusters.find((c) => c.id === "node_db_1")?.label).toContain("ipv4 192.0.2.20");
  });

  test("shows the managed Postgres host from the data stack", () => {
    const config = withOutputs({ staging: { "staging-data": { postgres_host: "lin-1234-5678-pgsql-primary.servers.linodedb.net" } } });
    const env = config.environments.staging;
    env.postgres = {
      ...env.postgres,
      mode: "managed",
      node: undefined,
      managed: { provider: "linode", region: "ap-northeast", size: "g6-nanode-1", allowList: ["192.0.2.0/24"], replicas: 0 },
    };
    const pg = node(topology(config, "staging"), "postgres");
    expect(pg.cluster).toBeUndefined();
    expect(pg.label).toEqual(
      expect.arrayContaining(["Postgres 17 (managed)", "linode ap-northeast g6-nanode-1", "host lin-1234-5678-pgsql-primary.servers.linodedb.net"]),
    );
  });
});

describe("Mermaid", () => {
  const config = defaultConfig();

  test.each(Object.keys(config.environments))("%s is a plausible flowchart: header, balanced brackets, subgraphs closed, ids sanitized", (env) => {
    const mermaid = renderMermaid(topology(config, env));
    expect(mermaid.startsWith("flowchart LR\n")).toBe(true);
    expect(balanced(mermaid)).toBe(true);
    const lines = mermaid
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((l) => l.trim());
    expect(lines.filter((l) => l.startsWith("subgraph ")).length).toBe(lines.filter((l) => l === "end").length);
    for (const line of lines) {
      if (line === "end") continue;
      const id = line.match(/^(?:subgraph )?([^\s[({]+)/)![1];
      expect(id).toMatch(/^[A-Za-z0-9_]+$/);
    }
    expect(mermaid).toContain('route_0 -->|"');
    expect(mermaid).toMatch(/subgraph node_app_1\["node app-1<br\/>[^\n]*\n\s+tunnel_app_1\["tunnel app-1"\]\n\s+svc_api_on_app_1\["api:8080<br\/>/);
  });

  test("writes quotes, hashes and angle brackets in labels as entity codes", () => {
    const topo: Topology = {
      env: "x",
      clusters: [{ id: "c", label: ['say "hi" <b> #1 & more'] }],
      nodes: [{ id: sanitizeId("web-1.node"), label: ['a"b'], shape: "box", cluster: "c" }],
      edges: [],
    };
    const mermaid = renderMermaid(topo);
    expect(mermaid).toContain('subgraph c["say #34;hi#34; #60;b#62; #35;1 #38; more"]');
    expect(mermaid).toContain('web_1_node["a#34;b"]');
    expect(balanced(mermaid)).toBe(true);
    expect(renderDot(topo)).toContain('label="a\\"b"');
  });
});

describe("SVG", () => {
  const config = defaultConfig();

  test("is well-formed XML with an <svg> root, and the same bytes on every render", async () => {
    const dot = renderDot(topology(config, "staging"));
    const first = await renderSvg(dot);
    expect(first.startsWith("<?xml") || first.startsWith("<svg")).toBe(true);
    expect(first.split("\n")[1]).toBe(`<!-- ${GENERATED_NOTICE} -->`);
    const doc = parseXml(first);
    expect(doc.documentElement?.nodeName).toBe("svg");
    expect(first).toContain("api:8080");
    expect(first).toContain("route api&#45;staging.example.com/*");
    expect(await renderSvg(dot)).toBe(first);
  });

  test("the XML check itself refuses a broken document", () => {
    expect(() => parseXml("<svg><g></svg>")).toThrow(/mismatch/);
  });
});

describe("docs/topology", () => {
  test("the committed pages and pictures equal a fresh render of the default config", async () => {
    const files = await renderTopology(defaultConfig());
    const dir = path.join(ROOT, TOPOLOGY_DIR);
    expect(existsSync(dir)).toBe(true);
    const committed = readdirSync(dir)
      .map((f) => `${TOPOLOGY_DIR}/${f}`)
      .sort();
    expect(committed).toEqual(Object.keys(files).sort());
    for (const [file, content] of Object.entries(files)) {
      // A mismatch means docs/topology is stale: run `npm run synth` (or npx tsx tools/topology.ts).
      expect({ file, content: readFileSync(path.join(ROOT, file), "utf8") }).toEqual({ file, content });
    }
    for (const [file, content] of Object.entries(files).filter(([f]) => f.endsWith(".md"))) {
      expect(content.split("\n")[0]).toBe(`<!-- ${GENERATED_NOTICE} -->`);
      expect(content).toContain("```mermaid\nflowchart LR\n");
      expect(file).toMatch(/^docs\/topology\/[a-z0-9-]+\.md$/);
    }
  });
});

/**
 * The default config with the contract's Worker service in staging: forge-api on D1, KV, R2 and a queue it
 * also consumes (dead letters to events-dlq), a Durable Object class, a Pages site, an edge Worker route
 * to it, and a second Worker service that calls it by service binding.
 */
function withForgeApi(): Config {
  const config = defaultConfig();
  const env = config.environments.staging;
  env.storage = forgeStorage();
  const forgeApi = forgeApiService("staging");
  const forgeCron: WorkerService = {
    ...forgeApi,
    name: "forge-cron",
    source: "services/forge-cron",
    customDomain: "cron-staging.example.com",
    secrets: [],
    vars: {},
    bindings: { d1: {}, kv: {}, r2: {}, queues: {}, durableObjects: {}, services: { API: "forge-api" } },
    consumes: [],
    migrations: [],
  };
  env.workerServices = [forgeApi, forgeCron];
  env.pages = [
    {
      name: "web",
      hostname: "app-staging.example.com",
      source: "services/forge-web",
      buildCommand: "npm run build",
      outputDir: "dist",
      productionBranch: "main",
    },
  ];
  env.edge.worker.routes.push({ pattern: "forge-staging.example.com/*", service: "forge-api", cacheTtl: 0 });
  return checkConfig(config, "config.json");
}

describe("Worker services, storage and Pages", () => {
  const config = withForgeApi();
  const staging = topology(config, "staging");

  test("forge-api is a Worker service inside Cloudflare, named as its script is in the account", () => {
    const api = node(staging, "worker_service_forge_api");
    expect(api.cluster).toBe("cloudflare");
    expect(api.label).toEqual(["Worker service forge-api", "script acme-staging-forge-api", "compatibility 2025-09-01", "secrets LLM_API_KEY"]);
  });

  test("the edge Worker route reaches forge-api by service binding: a dashed edge, not a tunnel", () => {
    const route = staging.nodes.find((n) => n.label[0] === "route forge-staging.example.com/*")!;
    expect(hasEdge(staging, "worker", route.id)).toBe(true);
    const out = staging.edges.filter((e) => e.from === route.id);
    expect(out).toEqual([{ from: route.id, to: "worker_service_forge_api", label: "service binding SERVICE_FORGE_API", dashed: true }]);
    expect(hasEdge(staging, "route_0", "tunnel_app_1", "api-staging.example.com")).toBe(true);
    expect(staging.edges.find((e) => e.from === "route_0")?.dashed).toBeUndefined();
  });

  test("every binding is an edge from the Worker service, labelled with its binding name", () => {
    const from = "worker_service_forge_api";
    expect(hasEdge(staging, from, "d1_forge", "DB")).toBe(true);
    expect(hasEdge(staging, from, "kv_cache", "CACHE")).toBe(true);
    expect(hasEdge(staging, from, "r2_files", "FILES")).toBe(true);
    expect(hasEdge(staging, from, "queue_events", "EVENTS (send)")).toBe(true);
    expect(hasEdge(staging, from, "do_forge_api_RateLimiter", "RATE_LIMITER")).toBe(true);
    expect(node(staging, "d1_forge").label).toEqual(["D1 forge", "acme-staging-forge", "location apac"]);
    expect(node(staging, "kv_cache")).toMatchObject({ label: ["KV cache", "acme-staging-cache"], shape: "cylinder", cluster: "cloudflare" });
    expect(node(staging, "r2_files").label).toEqual(["R2 files", "acme-staging-files", "location apac"]);
    expect(node(staging, "do_forge_api_RateLimiter").label).toEqual(["Durable Object RateLimiter", "of forge-api (SQLite)"]);
  });

  test("queues are parallelograms; forge-api consumes events, whose dead letters go to events-dlq", () => {
    expect(node(staging, "queue_events")).toMatchObject({ label: ["queue events", "acme-staging-events"], shape: "parallelogram" });
    expect(hasEdge(staging, "queue_events", "worker_service_forge_api", "consumer, batch 10")).toBe(true);
    expect(hasEdge(staging, "queue_events", "queue_events_dlq", "dead letters after 3 retries")).toBe(true);
  });

  test("a Worker service calls another by a dashed service binding; its custom domain bypasses the edge Worker", () => {
    expect(staging.edges).toContainEqual({ from: "worker_service_forge_cron", to: "worker_service_forge_api", label: "service binding API", dashed: true });
    expect(hasEdge(staging, "security", "worker_service_forge_cron", "cron-staging.example.com (custom domain)")).toBe(true);
    expect(node(staging, "worker_service_forge_cron").label).not.toContainEqual(expect.stringMatching(/^secrets/));
  });

  test("the Pages site shows its project, hostname and build, entered from the zone", () => {
    expect(node(staging, "pages_web")).toMatchObject({
      label: ["Pages web", "project acme-staging-web", "app-staging.example.com", "build npm run build → dist"],
      cluster: "cloudflare",
    });
    expect(hasEdge(staging, "security", "pages_web", "app-staging.example.com")).toBe(true);
  });

  test("every edge joins two nodes of the picture", () => {
    const ids = new Set(staging.nodes.map((n) => n.id));
    for (const e of staging.edges) expect([e.from, e.to].filter((id) => !ids.has(id))).toEqual([]);
    expect(ids.size).toBe(staging.nodes.length);
  });

  test("production, which declares none of it, keeps its picture", () => {
    expect(topology(config, "production")).toEqual(topology(defaultConfig(), "production"));
  });

  test("the Mermaid page is a plausible flowchart with the queue drawn as a parallelogram and the binding dashed", () => {
    const mermaid = renderMermaid(staging);
    expect(balanced(mermaid)).toBe(true);
    expect(mermaid).toContain('queue_events[/"queue events<br/>acme-staging-events"/]');
    expect(mermaid).toMatch(/route_1 -\.->\|"service binding SERVICE_FORGE_API"\| worker_service_forge_api/);
    const page = renderPage(staging);
    expect(page).toContain("dashed edges carry telemetry or a call by service binding (inside Cloudflare)");
    expect(renderPage(topology(defaultConfig(), "staging"))).toContain("; dashed edges carry telemetry. The same graph");
  });

  test("the SVG renders: well-formed, with the Worker service, its storage, the Pages site and the dashed binding", async () => {
    const dot = renderDot(staging);
    expect(dot).toContain('route_1 -> worker_service_forge_api [label="service binding SERVICE_FORGE_API", style=dashed];');
    expect(dot).toContain("shape=parallelogram");
    const svg = await renderSvg(dot);
    expect(parseXml(svg).documentElement?.nodeName).toBe("svg");
    for (const text of ["Worker service forge&#45;api", "D1 forge", "Durable Object RateLimiter", "Pages web", "service binding SERVICE_FORGE_API"]) {
      expect(svg).toContain(text);
    }
    expect(svg).toMatch(/stroke-dasharray/);
  });
});

describe.each(readdirSync(path.join(ROOT, "examples")).sort())("examples/%s", (name) => {
  const config = loadConfig(path.join(ROOT, "examples", name));

  test.each(Object.keys(config.environments))("%s: its picture shows every Worker service, route and Pages site, and renders", async (envName) => {
    const env = config.environments[envName];
    const topo = topology(config, envName);
    const ids = new Set(topo.nodes.map((n) => n.id));
    for (const e of topo.edges) expect([e.from, e.to].filter((id) => !ids.has(id))).toEqual([]);
    for (const service of env.workerServices) expect(ids.has(workerServiceId(service.name))).toBe(true);
    for (const site of env.pages) expect(hasEdge(topo, "security", pagesId(site.name), site.hostname)).toBe(true);
    env.edge.worker.routes.forEach((route, i) => {
      const bound = env.workerServices.some((s) => s.name === route.service);
      const out = topo.edges.filter((e) => e.from === `route_${i}`);
      expect(out.length).toBeGreaterThan(0);
      for (const e of out) expect(e.dashed === true).toBe(bound);
    });
    const svg = await renderSvg(renderDot(topo));
    expect(parseXml(svg).documentElement?.nodeName).toBe("svg");
  });
});
