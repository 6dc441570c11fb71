// Maps the validated config to construct props: the only place that knows both shapes. Stacks call
// these and compose; constructs never see the config.
import type { BackupBucketProps } from "../constructs/backup-bucket";
import type { CloudflareTunnelProps } from "../constructs/cloudflare-tunnel";
import type { AdminAccess, EdgeSecurityProps } from "../constructs/edge-security";
import type { HealthAlertsProps } from "../constructs/health-alerts";
import type { ServiceLoadBalancerProps } from "../constructs/load-balancer";
import type { LogBucketProps } from "../constructs/log-bucket";
import { isIpv4Cidr } from "../constructs/networks";
import type { PagesSiteProps } from "../constructs/pages-site";
import type { PostgresProps } from "../constructs/postgres";
import { AWS_DEFAULT_VPC_CIDR, type VpsNodeProps } from "../constructs/vps-node";
import type { WorkerRouteProps } from "../constructs/worker-route";
import type { WorkerServiceProps } from "../constructs/worker-service";
import type { WorkerStorageProps } from "../constructs/worker-storage";
import type { Config, Environment, Node, Service } from "../schema/config.types";
import { healthCheckOf } from "../schema/health-check";
import { stackOutputString } from "../schema/outputs";
import { originHostname, servicesOnNode as placedOnNode, routeHost, weightOf, zoneWebhookName } from "../schema/publish";
import { backupBucketName, POSTGRES_PORT, resourcePrefix, selfHostedBackups } from "../schema/rules";
import { cloudflareResourceName, type PagesSite, serviceBindingName, type WorkerService } from "../schema/worker-services";
import { stackName } from "./names";

export { AWS_DEFAULT_VPC_CIDR } from "../constructs/vps-node";

export interface EnvContext {
  readonly config: Config;
  readonly envName: string;
  readonly env: Environment;
  /** Tags of every resource: project:…, env:…, then the environment's own. */
  readonly tags: readonly string[];
}

/** Label prefix of every provider resource of the environment, e.g. acme-production. */
export function namePrefix(ctx: EnvContext): string {
  return resourcePrefix(ctx.config.project, ctx.envName);
}

/**
 * The services a node serves: those the config assigns to it, and those still draining from it (the
 * applied edge sends them requests there; schema/publish.ts).
 */
export function servicesOnNode(ctx: EnvContext, nodeName: string): Environment["services"] {
  return placedOnNode(ctx.config, ctx.envName, ctx.env, nodeName).map((p) => p.service);
}

/** Nodes with the "postgres" or "postgres-replica" role keep data: they get a volume and the private Postgres port. */
function isDatabaseNode(node: Node): boolean {
  return node.roles.includes("postgres") || node.roles.includes("postgres-replica");
}

/**
 * The network Postgres is reached over: the environment's own Linode VPC subnet, or on AWS the default
 * VPC's range (shared by every environment in the account and region).
 */
export function privateCidr(ctx: EnvContext, node: Pick<Node, "provider">): string {
  return node.provider === "linode" ? ctx.env.network.subnet : AWS_DEFAULT_VPC_CIDR;
}

/**
 * Who may reach a database node's Postgres port. On Linode, the environment's own VPC subnet: another
 * environment's nodes are in another VPC. On AWS every environment of an account and region shares the
 * default VPC, so its range would let staging into production: only the environment's other nodes, each
 * by the private address its node stack reported (CUE outputs), as a /32. A node not applied yet is not
 * let in until it is; the deploy synthesizes again after each apply, so it is in the same run.
 */
export function postgresClientCidrs(ctx: EnvContext, node: Node): string[] {
  if (node.provider === "linode") return [privateCidr(ctx, node)];
  return ctx.env.nodes
    .filter((peer) => peer.name !== node.name)
    .map((peer) => stackOutputString(ctx.config, ctx.envName, stackName(ctx.envName, "node", peer.name), "private_ipv4"))
    .flatMap((ip) => (ip !== undefined && isIpv4Cidr(`${ip}/32`) ? [`${ip}/32`] : []));
}

/**
 * The nodes' outbound rules: network.egress, else narrow in production and open elsewhere, where the
 * suppression of EI14 says that this is the default of a non-production environment.
 */
export function egressOf(ctx: EnvContext): NonNullable<VpsNodeProps["egress"]> {
  const { egress, egressReason } = ctx.env.network;
  const mode = egress ?? (ctx.env.production ? "narrow" : "open");
  if (mode === "narrow") return { mode };
  return {
    mode,
    reason: egressReason ?? `${ctx.envName} is not a production environment: its nodes' outbound traffic is left open by default (network.egress)`,
  };
}

/** `privateNetwork` is the node's Linode subnet (its id an input of the node stack: networkInputs). */
export function vpsNodeProps(ctx: EnvContext, node: Node, privateNetwork?: VpsNodeProps["privateNetwork"]): VpsNodeProps {
  return {
    name: node.name,
    namePrefix: namePrefix(ctx),
    provider: node.provider,
    region: node.region,
    size: node.size,
    boot: node.boot,
    dataVolumeGb: isDatabaseNode(node) ? node.volumeGb : undefined,
    backups: node.backups,
    reservedIpv4: node.reservedIpv4,
    sshFrom: node.sshFromAdmin ? ctx.config.admin.cidrs : [],
    sshKeys: ctx.config.admin.sshKeys,
    // Postgres is reached over the VPC's private range only; services connect to the node's private IPv4.
    privatePorts: isDatabaseNode(node) ? [{ port: POSTGRES_PORT, cidrs: postgresClientCidrs(ctx, node) }] : [],
    privateNetwork,
    egress: egressOf(ctx),
    tags: [...ctx.tags, ...node.tags, ...node.roles.map((r) => `role:${r}`)],
    services: servicesOnNode(ctx, node.name).map((s) => s.name),
  };
}

export function tunnelProps(ctx: EnvContext, node: Node): CloudflareTunnelProps {
  return {
    accountId: ctx.config.cloudflare.accountId,
    zoneId: ctx.config.cloudflare.zoneId,
    name: `${namePrefix(ctx)}-${node.name}`,
    ingress: servicesOnNode(ctx, node.name).map((s) => tunnelIngress(s, node.name, ctx.config.cloudflare.zone)),
  };
}

/**
 * The hostname a node's tunnel serves a service at, by service.publish: "tunnel" its public hostname with
 * its CNAME; "worker" the node's own origin hostname with its CNAME (the Worker picks among them);
 * "load-balancer" the public hostname without a record (the load balancer owns the name and sends it as Host).
 */
export function tunnelIngress(service: Service, nodeName: string, zone: string): { hostname: string; port: number; dns: boolean } {
  switch (service.publish) {
    case "worker":
      return { hostname: originHostname(service.hostname, nodeName, zone), port: service.port, dns: true };
    case "load-balancer":
      return { hostname: service.hostname, port: service.port, dns: false };
    default:
      return { hostname: service.hostname, port: service.port, dns: true };
  }
}

export function logBucketProps(ctx: EnvContext): LogBucketProps {
  return { accountId: ctx.config.cloudflare.accountId, ...ctx.env.logBucket };
}

/**
 * The R2 bucket of the self-hosted primary's pgBackRest repository, in the log bucket's location (the
 * environment's R2 location); undefined when the environment has no self-hosted primary with backups.
 */
export function backupBucketProps(ctx: EnvContext): BackupBucketProps | undefined {
  if (!selfHostedBackups(ctx.env.postgres)) return undefined;
  return { accountId: ctx.config.cloudflare.accountId, name: backupBucketName(ctx.config.project, ctx.envName), location: ctx.env.logBucket.location };
}

/** A service's Postgres role: its name as an SQL identifier. */
export function roleName(service: string): string {
  return service.replace(/-/g, "_");
}

/** `privateNetwork` is the Linode VPC a Linode managed database joins (networkInputs of the data stack). */
export function postgresProps(ctx: EnvContext, privateNetwork?: { vpcId: number; subnetId: number }): PostgresProps {
  const pg = ctx.env.postgres;
  // A Linode database on the environment's VPC is reached from its subnet unless the config lists networks.
  const managed =
    pg.managed?.provider === "linode"
      ? { ...pg.managed, allowList: pg.managed.allowList.length > 0 ? pg.managed.allowList : [ctx.env.network.subnet], privateNetwork }
      : pg.managed;
  return {
    name: namePrefix(ctx),
    mode: pg.mode,
    version: pg.version,
    databaseName: pg.databaseName,
    tenants: ctx.env.services.filter((s) => s.database).map((s) => ({ role: roleName(s.name), schema: s.database!.schema })),
    production: ctx.env.production,
    backups: pg.backups,
    managed,
    replicaCount: pg.mode === "self-hosted" ? pg.replicas.length : 0,
    tags: ctx.tags,
  };
}

/**
 * Route hosts without a record of their own need a proxied placeholder for the route to run: every host
 * but those of "tunnel" services (their CNAME) and "load-balancer" services (the load balancer).
 */
export function workerRouteProps(
  ctx: EnvContext,
  content: string,
  bindings: Record<string, string>,
  serviceBindings: Record<string, string> = {},
): WorkerRouteProps {
  const worker = ctx.env.edge.worker;
  const served = new Set([
    ...ctx.env.services.filter((s) => s.publish !== "worker").map((s) => s.hostname),
    // A Workers custom domain gets its record from Cloudflare.
    ...ctx.env.workerServices.flatMap((s) => (s.customDomain ? [s.customDomain] : [])),
  ]);
  return {
    accountId: ctx.config.cloudflare.accountId,
    zoneId: ctx.config.cloudflare.zoneId,
    scriptName: worker.name,
    content,
    compatibilityDate: worker.compatibilityDate,
    bindings,
    ...(Object.keys(serviceBindings).length > 0 ? { serviceBindings } : {}),
    routes: worker.routes.map((r) => {
      const host = routeHost(r.pattern);
      return { pattern: r.pattern, createDns: !host.startsWith("*.") && !served.has(host) };
    }),
  };
}

export function edgeSecurityProps(ctx: EnvContext): EdgeSecurityProps {
  const edge = ctx.env.edge;
  const adminHosts = ctx.env.services.filter((s) => s.admin).map((s) => s.hostname);
  const access: AdminAccess | undefined =
    edge.access.enabled && adminHosts.length > 0
      ? { hostnames: adminHosts, emails: ctx.config.admin.emails, sessionDuration: edge.access.sessionDuration }
      : undefined;
  return {
    accountId: ctx.config.cloudflare.accountId,
    zoneId: ctx.config.cloudflare.zoneId,
    name: namePrefix(ctx),
    managedWaf: edge.waf.managedRuleset,
    customRules: edge.waf.customRules,
    rateLimits: edge.rateLimits,
    access,
  };
}

/**
 * A "load-balancer" service's load balancer: one endpoint per node whose stack reported its tunnel id
 * (CUE outputs); undefined until a node with weight above 0 has. The deploy CLI synthesizes again after
 * each node stack's apply, so the edge stack sees the ids in the same deploy.
 */
export function serviceLoadBalancerProps(ctx: EnvContext, service: Service): ServiceLoadBalancerProps | undefined {
  const origins = service.nodes.flatMap((node) => {
    const tunnelId = stackOutputString(ctx.config, ctx.envName, stackName(ctx.envName, "node", node), "tunnel_id");
    return tunnelId ? [{ name: node, address: `${tunnelId}.cfargotunnel.com`, weight: weightOf(service, node) }] : [];
  });
  if (!origins.some((origin) => origin.weight > 0)) return undefined;
  const lb = service.loadBalancer;
  return {
    accountId: ctx.config.cloudflare.accountId,
    zoneId: ctx.config.cloudflare.zoneId,
    name: `${namePrefix(ctx)}-${service.name}`,
    hostname: service.hostname,
    healthPath: service.healthPath,
    origins,
    originSteering: lb.originSteering,
    sessionAffinity: lb.sessionAffinity,
    sessionAffinityTtl: lb.sessionAffinityTtl,
    monitorIntervalSeconds: lb.monitorIntervalSeconds,
  };
}

/**
 * Health checks for the public services (admin ones answer Access's login, not the service) that keep
 * them on, origin error-rate alerts at each service's SLO, pool health alerts for the load balancers.
 */
export function healthAlertsProps(ctx: EnvContext, pools: readonly string[]): HealthAlertsProps {
  const { services, alerts } = ctx.env;
  return {
    accountId: ctx.config.cloudflare.accountId,
    zoneId: ctx.config.cloudflare.zoneId,
    name: namePrefix(ctx),
    checks: services.flatMap((s) => {
      const check = healthCheckOf(s);
      return check.probed ? [{ service: s.name, hostname: s.hostname, path: check.path, intervalSeconds: check.intervalSeconds }] : [];
    }),
    // Zone-wide: the zone stack alerts on the origin error rate once, for every environment (zoneAlertsProps).
    errorRate: [],
    pools,
    emails: alerts.emails,
    webhooks: alerts.webhooks,
  };
}

/** The name the zone stack's alerting resources start with: `<project>-zone`. */
export function zoneAlertsName(config: Config): string {
  return `${config.project}-zone`;
}

/**
 * The zone stack's alerts: Cloudflare measures the origin error rate per zone and filters its alert by
 * zone and objective only, so one policy per objective covers every environment's services (one per
 * environment would each fire on the others' errors), sent to every environment's destinations. A
 * webhook URL two environments share is one destination. No health checks: those are per hostname, in
 * the edge stacks.
 */
export function zoneAlertsProps(config: Config): HealthAlertsProps {
  const envs = Object.entries(config.environments);
  const webhooks = new Map<string, { name: string; url: string }>();
  for (const [envName, env] of envs) {
    for (const hook of env.alerts.webhooks) if (!webhooks.has(hook.url)) webhooks.set(hook.url, { name: zoneWebhookName(envName, hook.name), url: hook.url });
  }
  return {
    accountId: config.cloudflare.accountId,
    zoneId: config.cloudflare.zoneId,
    name: zoneAlertsName(config),
    checks: [],
    errorRate: envs.flatMap(([envName, env]) =>
      env.services.map((s) => ({ service: s.name, environment: envName, hostname: s.hostname, availability: s.slo.availability })),
    ),
    emails: [...new Set(envs.flatMap(([, env]) => env.alerts.emails))],
    webhooks: [...webhooks.values()],
  };
}

/** Where a Worker service's entry module is, relative to the repository root: the key of its bundle. */
export function workerServiceEntry(service: Pick<WorkerService, "source" | "main">): string {
  return `${service.source}/${service.main}`;
}

/** Every Worker service entry module of the configuration (or of `environments`), once each: what the entry point bundles. */
export function workerServiceEntries(config: Config, environments?: readonly string[]): string[] {
  const envs = environments ?? Object.keys(config.environments);
  return [...new Set(envs.flatMap((env) => config.environments[env].workerServices.map(workerServiceEntry)))].sort();
}

/** A Worker service's account-wide script name: `<project>-<env>-<name>`. */
export function workerScriptName(ctx: EnvContext, service: string): string {
  return cloudflareResourceName(ctx.config.project, ctx.envName, service);
}

/** The environment's storage, or undefined when it has none (the data stack then has no WorkerStorage). */
export function workerStorageProps(ctx: EnvContext): WorkerStorageProps | undefined {
  const { kv, r2, d1, queues } = ctx.env.storage;
  if (kv.length + r2.length + d1.length + queues.length === 0) return undefined;
  return {
    accountId: ctx.config.cloudflare.accountId,
    namePrefix: namePrefix(ctx),
    kv,
    r2,
    d1,
    queues,
    protect: ctx.env.production,
    unprotectedReason: ctx.env.production
      ? undefined
      : `${ctx.envName} is not a production environment: its KV, R2, D1 and queues may be destroyed with the environment`,
  };
}

/** The ids a Worker service's bindings and consumers need, read by the edge stack (workerStorageInputs). */
export interface WorkerStorageIds {
  readonly kvNamespaceId: (name: string) => string;
  readonly d1DatabaseId: (name: string) => string;
  readonly queueId: (name: string) => string;
}

/**
 * A Worker service's script: its bundle, bindings by the account-wide names and ids of the storage and
 * Workers they name, queue consumers, and its migrations after `appliedMigrationTag` (what the edge
 * stack's `worker_migration_tags` recorded after the last apply).
 */
export function workerServiceProps(
  ctx: EnvContext,
  service: WorkerService,
  content: string,
  ids: WorkerStorageIds,
  appliedMigrationTag: string | undefined,
): WorkerServiceProps {
  const resource = (name: string) => cloudflareResourceName(ctx.config.project, ctx.envName, name);
  const map = (bindings: Record<string, string>, f: (target: string) => string) =>
    Object.fromEntries(Object.entries(bindings).map(([binding, target]) => [binding, f(target)]));
  const b = service.bindings;
  return {
    accountId: ctx.config.cloudflare.accountId,
    zoneId: ctx.config.cloudflare.zoneId,
    scriptName: resource(service.name),
    content,
    compatibilityDate: service.compatibilityDate,
    compatibilityFlags: service.compatibilityFlags,
    vars: service.vars,
    secrets: service.secrets,
    kvNamespaces: map(b.kv, ids.kvNamespaceId),
    r2Buckets: map(b.r2, resource),
    d1Databases: map(b.d1, ids.d1DatabaseId),
    queues: map(b.queues, resource),
    services: map(b.services, resource),
    durableObjects: b.durableObjects,
    migrations: service.migrations,
    appliedMigrationTag,
    consumers: service.consumes.map((c) => ({
      queue: c.queue,
      queueId: ids.queueId(c.queue),
      deadLetterQueue: c.deadLetterQueue === undefined ? undefined : resource(c.deadLetterQueue),
      maxBatchSize: c.maxBatchSize,
      maxWaitMs: c.maxWaitMs,
      maxRetries: c.maxRetries,
    })),
    customDomain: service.customDomain,
  };
}

/** The Worker services the edge Worker's routes name, each as its service binding name (`SERVICE_<NAME>`). */
export function routedWorkerServices(ctx: EnvContext): Array<{ binding: string; service: string }> {
  const workers = new Set(ctx.env.workerServices.map((s) => s.name));
  const named = [...new Set(ctx.env.edge.worker.routes.map((r) => r.service).filter((s) => workers.has(s)))];
  return named.map((service) => ({ binding: serviceBindingName(service), service }));
}

export function pagesSiteProps(ctx: EnvContext, site: PagesSite): PagesSiteProps {
  return {
    accountId: ctx.config.cloudflare.accountId,
    zoneId: ctx.config.cloudflare.zoneId,
    projectName: cloudflareResourceName(ctx.config.project, ctx.envName, site.name),
    hostname: site.hostname,
    buildCommand: site.buildCommand,
    outputDir: site.outputDir,
    rootDir: site.source,
    productionBranch: site.productionBranch,
  };
}
