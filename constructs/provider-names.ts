// The names and limits the providers take, in one light module: the constructs refuse props that break them, and the
// config rules (schema/rules.ts) check the names the synth joins from config before any construct runs.

/** Cloudflare Tunnel names: 1-63 letters, digits, ".", "_" or "-". */
export const TUNNEL_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/** Names of Cloudflare health checks, notification policies, monitors, pools and load balancers as we build them. */
export const CLOUDFLARE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** A Cloudflare Tunnel id, as a node stack reports it (`tunnel_id`). */
export const TUNNEL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Linode Cloud Firewall labels are 3 to 32 characters. */
export const LINODE_FIREWALL_LABEL_MAX = 32;

/** A VPC and subnet label Linode takes: 1-64 lowercase letters, digits and single inner hyphens. */
export function isLinodeVpcLabel(label: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(label) && !label.includes("--");
}

/** A Linode database cluster has 1 to 3 nodes: the primary and up to two standbys that serve reads. */
export const MAX_LINODE_DB_REPLICAS = 2;

/** R2 bucket names: 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
export const R2_BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
