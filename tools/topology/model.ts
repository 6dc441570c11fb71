// The topology model: what tools/topology/render.ts builds from the config and draws twice (Mermaid, DOT).
/**
 * The topology picture of one environment, drawn from the config (and the applied stacks' outputs when
 * config.outputs has them): users → Cloudflare (zone security, Worker, routes) → one tunnel per node →
 * the services on each node → Postgres and the R2 log bucket; and what runs on Cloudflare itself: Worker
 * services with their storage, Durable Objects and queues, and Pages sites. One model, two renderings: Mermaid for the
 * Markdown page, DOT for the SVG (Graphviz via @viz-js/viz), so both always show the same graph.
 */
export interface Topology {
  readonly env: string;
  readonly clusters: readonly TopologyCluster[];
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
}

/** parallelogram: a queue. */
export type TopologyShape = "box" | "cylinder" | "stadium" | "hexagon" | "parallelogram";

export interface TopologyCluster {
  /** A sanitized id: letters, digits and underscores. */
  readonly id: string;
  readonly label: readonly string[];
}

export interface TopologyNode {
  /** A sanitized id: letters, digits and underscores. */
  readonly id: string;
  /** Lines of the label. */
  readonly label: readonly string[];
  readonly shape: TopologyShape;
  /** The cluster the node is drawn in. @default none */
  readonly cluster?: string;
}

export interface TopologyEdge {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  /**
   * Dashed edges do not cross the network as requests: telemetry shipped in the background, or a call
   * by service binding (Worker to Worker inside Cloudflare). @default false
   */
  readonly dashed?: boolean;
}

/** Letters, digits and underscores only: safe as a Mermaid id and as a DOT id, never a Mermaid keyword. */
export function sanitizeId(...parts: string[]): string {
  return parts.join("_").replace(/[^A-Za-z0-9_]/g, "_");
}
