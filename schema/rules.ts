import { internetExposure, isPrivateCidr } from "../constructs/networks";
import { secretEnvReason } from "../constructs/policy/secret-values";
import {
  CLOUDFLARE_NAME,
  isLinodeVpcLabel,
  LINODE_FIREWALL_LABEL_MAX,
  MAX_LINODE_DB_REPLICAS,
  R2_BUCKET_NAME,
  TUNNEL_ID,
  TUNNEL_NAME,
} from "../constructs/provider-names";
import { BOOTSTRAP_STACK, stackName, stackNames, ZONE_STACK } from "../stacks/names";
import type { Config, Environment } from "./config.types";
import { usesLinode } from "./linode";
import { stackOutput } from "./outputs";
import { type ConfigProblem, joinPath } from "./problems";
import { ORIGINS_VIA_WORKER_RULE, originHostname, routeHost, servicesOnNode, weightOf, zoneRuleName, zoneWebhookName } from "./publish";
import { workerServiceProblems } from "./worker-services";

/**
 * Ports every node keeps for itself: Vector's OTLP receiver, and Postgres on nodes with the postgres role.
 * A service may not listen on them.
 */
export const RESERVED_PORTS: Readonly<Record<number, string>> = { 4318: "Vector's OTLP receiver" };
export const POSTGRES_PORT = 5432;

export { usesLinode } from "./linode";

/** `acme-production`: what every provider resource name of an environment starts with (stacks/props.ts). */
export function resourcePrefix(project: string, envName: string): string {
  return `${project}-${envName}`;
}

/**
 * Whether the environment's self-hosted primary backs up to R2 (pgBackRest, nix/postgres.nix): a
 * self-hosted primary with postgres.backups.enabled. The data stack then makes the bucket, the node gets
 * the archiving and timers (nix/backup.nix pgbackrestEnabled is the same test).
 */
export function selfHostedBackups(pg: Environment["postgres"]): boolean {
  return pg.mode === "self-hosted" && pg.node !== undefined && pg.backups.enabled;
}

/** `acme-production-pg-backups`: the R2 bucket of the environment's Postgres backups (nix/backup.nix backupBucket). */
export function backupBucketName(project: string, envName: string): string {
  return `${resourcePrefix(project, envName)}-pg-backups`;
}

/**
 * The rules JSON Schema cannot say: references between fields, uniqueness, and policy that depends on
 * the environment. Each problem names the field to fix.
 */
export function checkRules(config: Config): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const hostnames = new Map<string, string>();
  const buckets = new Map<string, string>();
  const workers = new Map<string, string>();
  const routePatterns = new Map<string, string>();
  // The zone's shared rulesets (publish.ts zoneRuleName); each environment's origins rule is taken first.
  const wafRules = new Map(Object.keys(config.environments).map((e) => [zoneRuleName(e, ORIGINS_VIA_WORKER_RULE), `the zone stack's own rule for ${e}`]));
  const rateLimitRules = new Map<string, string>();
  const tunnels = new Map<string, string>();
  const claimGlobal = (seen: Map<string, string>, value: string, path: string, what: string) => {
    const first = seen.get(value);
    if (first) report(path, `duplicate ${what} ${JSON.stringify(value)} (already used at ${first})`);
    else seen.set(value, path);
  };

  problems.push(...tokenLookalikes(config));
  // cue's JSON Schema export drops struct.MinFields, so ajv lets an empty map through; the zone stack
  // keeps its state in an environment's backend (stacks/names.ts zoneOwner) and cannot exist without one.
  if (Object.keys(config.environments).length === 0) {
    report("environments", "needs at least one environment (e.g. staging: {nodes, services, postgres, …}); the zone stack keeps its state in one");
  }
  if (config.bootstrap) claimGlobal(buckets, config.bootstrap.stateBucket, "bootstrap.stateBucket", "bucket name");
  // A stack's name is its folder, its state key and its construct id: `ab`'s node `cd-data` and the
  // environment `ab-node-cd`'s data stack would both be ab-node-cd-data.
  const stacks = new Map<string, string>([ZONE_STACK, BOOTSTRAP_STACK].map((s) => [s, `the ${s} stack`]));
  for (const [envName, env] of Object.entries(config.environments)) {
    const names = new Set(
      stackNames(
        envName,
        env.nodes.map((n) => n.name),
        usesLinode(env),
      ),
    ); // a node listed twice is reported below
    const where = (stack: string) => {
      const i = env.nodes.findIndex((n) => stackName(envName, "node", n.name) === stack);
      return i >= 0 ? joinPath("environments", envName, "nodes", i, "name") : joinPath("environments", envName);
    };
    names.forEach((stack) => {
      claimGlobal(stacks, stack, where(stack), "stack name");
    });
  }
  for (const [envName, env] of Object.entries(config.environments)) {
    const at = (...segments: Array<string | number>) => joinPath("environments", envName, ...segments);
    const nodes = new Map<string, Environment["nodes"][number]>();

    env.nodes.forEach((node, i) => {
      if (node.provider === "linode" && node.boot.image.startsWith("ami-")) {
        report(
          at("nodes", i, "boot", "image"),
          `a Linode boots a Linode image (linode/debian12, or private/<id> for "image"), got the AMI id ${JSON.stringify(node.boot.image)}`,
        );
      }
      if (node.provider === "aws" && !node.boot.image.startsWith("ami-")) {
        report(at("nodes", i, "boot", "image"), `an EC2 node boots an AMI id (ami-…), got ${JSON.stringify(node.boot.image)}`);
      }
      if (nodes.has(node.name)) report(at("nodes", i, "name"), `duplicate node ${JSON.stringify(node.name)}`);
      else nodes.set(node.name, node);
      if (node.sshFromAdmin && config.admin.cidrs.length === 0) {
        report(at("nodes", i, "sshFromAdmin"), "SSH from admin needs at least one CIDR in admin.cidrs");
      }
      if (node.sshFromAdmin && config.admin.sshKeys.length === 0) {
        report(at("nodes", i, "sshFromAdmin"), "SSH from admin needs at least one key in admin.sshKeys");
      }
    });

    // A node without a role that no service is placed on (or draining from) would be a VPS and a tunnel
    // that serve nothing. An "app" node left empty by a move is not refused: it drains, then lets go, and
    // its removal is a config edit of its own.
    env.nodes.forEach((node, i) => {
      if (node.roles.length === 0 && !env.services.some((s) => s.nodes.includes(node.name)) && servicesOnNode(config, envName, env, node.name).length === 0) {
        report(
          at("nodes", i),
          `node ${JSON.stringify(node.name)} runs nothing: it has no role and no service is assigned to it (services[].nodes); assign a service, give it a role, or remove the node`,
        );
      }
    });

    const serviceNames = new Set<string>();
    const schemas = new Map<string, number>();
    const ports = new Map<string, string>();
    env.services.forEach((service, i) => {
      if (serviceNames.has(service.name)) report(at("services", i, "name"), `duplicate service ${JSON.stringify(service.name)}`);
      serviceNames.add(service.name);
      claimGlobal(hostnames, service.hostname, at("services", i, "hostname"), "hostname");
      if (!inZone(service.hostname, config.cloudflare.zone)) {
        report(at("services", i, "hostname"), `${JSON.stringify(service.hostname)} is not inside the zone ${config.cloudflare.zone}`);
      }
      if (RESERVED_PORTS[service.port]) {
        report(at("services", i, "port"), `port ${service.port} is reserved for ${RESERVED_PORTS[service.port]} on every node`);
      }
      if (service.database) {
        const other = schemas.get(service.database.schema);
        if (other !== undefined) {
          report(
            at("services", i, "database", "schema"),
            `schema ${JSON.stringify(service.database.schema)} is already used by service ${JSON.stringify(env.services[other].name)}`,
          );
        } else schemas.set(service.database.schema, i);
      }
      const overlap = service.secrets.filter((name) => name in service.env);
      if (overlap.length > 0) {
        report(at("services", i, "env"), `${overlap.join(", ")} is declared a secret and must not have a value in env`);
      }
      // Whatever the name is listed as: env goes into nix/config.json, which is committed.
      for (const [name, value] of Object.entries(service.env)) {
        const reason = overlap.includes(name) ? undefined : secretEnvReason(name, value);
        if (reason)
          report(
            at("services", i, "env", name),
            `${reason}; env is written into nix/config.json, which is committed: move it to secrets (the name in secrets, the value delivered as a deployment key)`,
          );
      }
      service.nodes.forEach((nodeName, k) => {
        const node = nodes.get(nodeName);
        if (!node) {
          report(at("services", i, "nodes", k), `unknown node ${JSON.stringify(nodeName)}; nodes of ${envName}: ${[...nodes.keys()].join(", ") || "none"}`);
          return;
        }
        if (service.nodes.indexOf(nodeName) !== k) {
          report(at("services", i, "nodes", k), `node ${JSON.stringify(nodeName)} is listed twice`);
          return;
        }
        if ((node.roles.includes("postgres") || node.roles.includes("postgres-replica")) && service.port === POSTGRES_PORT) {
          report(at("services", i, "port"), `port ${POSTGRES_PORT} is taken by Postgres on node ${JSON.stringify(nodeName)}`);
        }
        const key = `${nodeName}:${service.port}`;
        const holder = ports.get(key);
        if (holder)
          report(at("services", i, "port"), `port ${service.port} on node ${JSON.stringify(nodeName)} is already used by service ${JSON.stringify(holder)}`);
        else ports.set(key, service.name);
      });
      checkPublish(service, i);
    });

    function checkPublish(service: Environment["services"][number], i: number): void {
      for (const node of Object.keys(service.weights)) {
        if (!service.nodes.includes(node)) {
          report(at("services", i, "weights", node), `${JSON.stringify(node)} is not one of the service's nodes (${service.nodes.join(", ")})`);
        }
      }
      if (service.nodes.every((node) => weightOf(service, node) === 0)) {
        report(at("services", i, "weights"), "every node weighs 0: at least one node must take requests");
      }
      if (service.publish === "tunnel") {
        if (service.nodes.length > 1) {
          report(
            at("services", i, "publish"),
            `a service on ${service.nodes.length} nodes needs publish "worker" or "load-balancer"; "tunnel" points its hostname at one node`,
          );
        }
        if (Object.keys(service.weights).length > 0) report(at("services", i, "weights"), 'weights need publish "worker" or "load-balancer"');
      }
      if (service.publish === "worker") {
        const routed = env.edge.worker.routes.some((r) => r.service === service.name && routeHost(r.pattern) === service.hostname);
        if (!routed) {
          report(
            at("services", i, "publish"),
            `publish "worker" needs a route on the hostname: add {pattern: "${service.hostname}/*", service: "${service.name}"} to edge.worker.routes`,
          );
        }
        for (const node of service.nodes) {
          const origin = originHostname(service.hostname, node, config.cloudflare.zone);
          if (origin.indexOf(".") > 63)
            report(at("services", i, "hostname"), `the origin hostname ${origin} of node ${JSON.stringify(node)} has a first label over 63 characters`);
          claimGlobal(hostnames, origin, at("services", i, "nodes", service.nodes.indexOf(node)), "hostname");
        }
      }
    }

    env.nodes.forEach((node) => {
      for (const { service, placement } of servicesOnNode(config, envName, env, node.name)) {
        if (placement !== "draining") continue;
        const holder = ports.get(`${node.name}:${service.port}`);
        if (holder) {
          report(
            at("services", env.services.indexOf(service), "nodes"),
            `service ${JSON.stringify(service.name)} is still draining from node ${JSON.stringify(node.name)} (the applied edge sends it requests there) and its port ${service.port} is taken there by ${JSON.stringify(holder)}: deploy the move first, then reuse the port`,
          );
        }
      }
    });

    problems.push(
      ...workerServiceProblems(
        config,
        envName,
        env,
        at,
        (hostname, path) => claimGlobal(hostnames, hostname, path, "hostname"),
        (hostname) => inZone(hostname, config.cloudflare.zone),
      ),
    );
    const routable = [...serviceNames, ...env.workerServices.map((s) => s.name)];
    env.edge.worker.routes.forEach((route, i) => {
      if (!routable.includes(route.service)) {
        report(
          at("edge", "worker", "routes", i, "service"),
          `unknown service ${JSON.stringify(route.service)}; services of ${envName}: ${routable.join(", ") || "none"}`,
        );
      }
      const host = routeHost(route.pattern);
      if (!inZone(host.replace(/^\*\./, ""), config.cloudflare.zone)) {
        report(at("edge", "worker", "routes", i, "pattern"), `${JSON.stringify(route.pattern)} is not inside the zone ${config.cloudflare.zone}`);
      }
    });
    claimGlobal(workers, env.edge.worker.name, at("edge", "worker", "name"), "worker name");
    // One zone: a route pattern belongs to one Worker, whichever environment it is in.
    env.edge.worker.routes.forEach((route, i) => {
      claimGlobal(routePatterns, route.pattern, at("edge", "worker", "routes", i, "pattern"), "route pattern");
    });
    env.edge.waf.customRules.forEach((rule, i) => {
      claimGlobal(wafRules, zoneRuleName(envName, rule.name), at("edge", "waf", "customRules", i, "name"), "zone custom rule name");
    });
    env.edge.rateLimits.forEach((rule, i) => {
      claimGlobal(rateLimitRules, zoneRuleName(envName, rule.name), at("edge", "rateLimits", i, "name"), "zone rate limit name");
    });
    const webhooks = new Map<string, string>();
    env.alerts.webhooks.forEach((hook, i) => {
      claimGlobal(webhooks, hook.name, at("alerts", "webhooks", i, "name"), "webhook name");
    });

    const pg = env.postgres;
    if (pg.mode === "self-hosted") {
      if (!pg.node) report(at("postgres", "node"), "self-hosted Postgres needs the node it runs on");
      else if (!nodes.has(pg.node))
        report(at("postgres", "node"), `unknown node ${JSON.stringify(pg.node)}; nodes of ${envName}: ${[...nodes.keys()].join(", ") || "none"}`);
      else if (!nodes.get(pg.node)!.roles.includes("postgres"))
        report(at("postgres", "node"), `node ${JSON.stringify(pg.node)} does not have the "postgres" role`);
      if (pg.managed) report(at("postgres", "managed"), 'only for mode "managed"');
      pg.replicas.forEach((name, k) => {
        const replica = nodes.get(name);
        if (!replica)
          report(at("postgres", "replicas", k), `unknown node ${JSON.stringify(name)}; nodes of ${envName}: ${[...nodes.keys()].join(", ") || "none"}`);
        else if (!replica.roles.includes("postgres-replica"))
          report(at("postgres", "replicas", k), `node ${JSON.stringify(name)} does not have the "postgres-replica" role`);
        else if (name === pg.node) report(at("postgres", "replicas", k), "the primary cannot be its own replica");
        if (pg.replicas.indexOf(name) !== k) report(at("postgres", "replicas", k), `node ${JSON.stringify(name)} is listed twice`);
      });
    } else {
      if (!pg.managed) report(at("postgres", "managed"), "managed Postgres needs provider, region, size and allowList");
      if (pg.managed?.provider === "linode" && pg.managed.replicas > MAX_LINODE_DB_REPLICAS) {
        report(
          at("postgres", "managed", "replicas"),
          `a Linode database cluster has at most ${MAX_LINODE_DB_REPLICAS} replicas (cluster_size 1 to 3), got ${pg.managed.replicas}`,
        );
      }
      if (pg.managed?.provider === "linode" && !pg.backups.enabled) {
        report(at("postgres", "backups", "enabled"), "Linode backs up every managed database daily and cannot turn it off; leave backups enabled");
      }
      if (pg.managed && pg.managed.replicas > 0 && !pg.backups.enabled) {
        report(
          at("postgres", "managed", "replicas"),
          `${pg.managed.replicas} read replica(s) need backups on the primary (RDS refuses a replica source without them): set backups.enabled, or replicas: 0`,
        );
      }
      if (pg.node) report(at("postgres", "node"), 'only for mode "self-hosted"');
      if (pg.replicas.length > 0) report(at("postgres", "replicas"), 'replica nodes are for mode "self-hosted"; a managed database sets managed.replicas');
      for (const open of internetExposure(pg.managed?.allowList ?? [])) {
        report(
          at("postgres", "managed", "allowList", open.index),
          `${open.cidr} ${open.why}, which would open the database to the internet; list the nodes' addresses or the private network's range`,
        );
      }
    }
    if (env.production && env.network.egress === "open" && !env.network.egressReason) {
      report(
        at("network", "egressReason"),
        'production nodes with network.egress "open" need a reason (it is recorded as the suppression of policy rule EI14), or leave egress out for "narrow"',
      );
    }
    if (usesLinode(env) && !isPrivateCidr(env.network.subnet)) {
      report(at("network", "subnet"), `must be a private (RFC 1918) range such as 10.0.0.0/24, got ${JSON.stringify(env.network.subnet)}`);
    }
    if (env.production && !pg.backups.enabled) report(at("postgres", "backups", "enabled"), "production requires Postgres backups");
    env.nodes.forEach((node, i) => {
      if (node.roles.includes("postgres") && pg.node !== node.name) {
        report(at("nodes", i, "roles"), `node has the "postgres" role but postgres.node is ${JSON.stringify(pg.node ?? null)}`);
      }
      if (node.roles.includes("postgres-replica") && !pg.replicas.includes(node.name)) {
        report(at("nodes", i, "roles"), `node has the "postgres-replica" role but is not in postgres.replicas`);
      }
      if (node.roles.includes("postgres") && node.roles.includes("postgres-replica")) {
        report(at("nodes", i, "roles"), "a node is either the primary or a replica, not both");
      }
    });

    claimGlobal(buckets, env.logBucket.name, at("logBucket", "name"), "bucket name");
    if (env.state.backend === "r2") {
      if (!env.state.bucket) report(at("state", "bucket"), 'backend "r2" needs the bucket holding the state');
      else if (env.state.bucket !== config.bootstrap?.stateBucket) claimGlobal(buckets, env.state.bucket, at("state", "bucket"), "bucket name");
    } else if (env.state.bucket) {
      report(at("state", "bucket"), 'only for backend "r2"');
    }

    if (env.edge.access.enabled && env.services.some((s) => s.admin) && config.admin.emails.length === 0) {
      report(at("edge", "access", "enabled"), "Access for admin services needs at least one address in admin.emails");
    }
    if (env.services.some((s) => s.admin) && !env.edge.access.enabled) {
      report(at("edge", "access", "enabled"), "services marked admin need edge.access.enabled: true");
    }
    // A load balancer's pool is its nodes' tunnels by the ids their stacks reported (stacks/props.ts): a
    // recorded id must be a tunnel's, and a tunnel belongs to one node.
    for (const node of env.nodes) {
      const stack = stackName(envName, "node", node.name);
      const id = stackOutput(config, envName, stack, "tunnel_id");
      const path = joinPath("outputs", envName, stack, "tunnel_id");
      if (id === undefined) continue;
      if (typeof id !== "string" || !TUNNEL_ID.test(id))
        report(path, `a tunnel id is a UUID, got ${JSON.stringify(id)}: outputs are what tofu reported; apply ${stack} again to record them`);
      else claimGlobal(tunnels, id, path, "tunnel id");
    }
    problems.push(...derivedNameProblems(config, envName, env, at));
  }
  // Checked here, not only where a node sets sshFromAdmin: a world-wide admin network is wrong on its own.
  for (const open of internetExposure(config.admin.cidrs)) {
    report(
      joinPath("admin", "cidrs", open.index),
      `${open.cidr} ${open.why}; admin.cidrs are the only networks SSH is opened to, so list your offices' or VPN's addresses (e.g. 203.0.113.16/28)`,
    );
  }
  return problems;
}

/** The longest webhook name HealthAlerts takes (a service-style name: 63 characters). */
const ZONE_WEBHOOK_NAME_MAX = 63;

/**
 * Names the synth joins from the project's, the environment's and a node's, service's or region's names
 * must still be names the providers take (the constructs refuse them otherwise, and the synth would stop
 * without naming a field): each is checked here and reported at the name that makes it long.
 */
function derivedNameProblems(config: Config, envName: string, env: Environment, at: (...segments: Array<string | number>) => string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const prefix = resourcePrefix(config.project, envName);
  const shorten = "shorten it, the environment's name or the project's";
  if (!CLOUDFLARE_NAME.test(prefix)) {
    problems.push({
      path: at(),
      message: `the environment's resource names start with ${JSON.stringify(prefix)} (project-environment), ${prefix.length} characters; Cloudflare takes names of at most 64: shorten the environment's name or the project's`,
    });
  }
  const regions = new Map<string, string>();
  env.nodes.forEach((node, i) => {
    const label = `${prefix}-${node.name}`;
    if (node.provider === "linode") {
      if (!regions.has(node.region)) regions.set(node.region, at("nodes", i, "region"));
      if (`${label}-data`.length > LINODE_FIREWALL_LABEL_MAX) {
        problems.push({
          path: at("nodes", i, "name"),
          message: `the node's Linode firewall and volume labels are ${JSON.stringify(label)} and ${JSON.stringify(`${label}-data`)}; Linode takes at most ${LINODE_FIREWALL_LABEL_MAX} characters, got ${label.length + 5}: ${shorten}`,
        });
        return;
      }
    }
    if (!TUNNEL_NAME.test(label))
      problems.push({
        path: at("nodes", i, "name"),
        message: `the node's tunnel is named ${JSON.stringify(label)}, ${label.length} characters; Cloudflare takes at most 63: ${shorten}`,
      });
  });
  env.services.forEach((service, i) => {
    const name = `${prefix}-${service.name}`;
    if (service.publish === "load-balancer" && !CLOUDFLARE_NAME.test(name)) {
      problems.push({
        path: at("services", i, "name"),
        message: `the service's load balancer is named ${JSON.stringify(name)}, ${name.length} characters; Cloudflare takes at most 64: ${shorten}`,
      });
    }
  });
  // The zone stack's copy of each webhook (the zone-wide origin error-rate alerts, stacks/props.ts
  // zoneAlertsProps) is named <env>-<webhook>, which HealthAlerts takes up to 63 characters.
  env.alerts.webhooks.forEach((hook, i) => {
    const name = zoneWebhookName(envName, hook.name);
    if (name.length > ZONE_WEBHOOK_NAME_MAX) {
      problems.push({
        path: at("alerts", "webhooks", i, "name"),
        message: `the zone stack names this webhook ${JSON.stringify(name)} (environment-webhook), ${name.length} characters; at most ${ZONE_WEBHOOK_NAME_MAX}: shorten it or the environment's name`,
      });
    }
  });
  const pg = env.postgres;
  const bucket = backupBucketName(config.project, envName);
  if (selfHostedBackups(pg) && !R2_BUCKET_NAME.test(bucket)) {
    problems.push({
      path: at("postgres", "backups", "enabled"),
      message: `the environment's Postgres backups go to the R2 bucket ${JSON.stringify(bucket)}, ${bucket.length} characters; R2 takes at most 63: shorten the environment's name or the project's`,
    });
  }
  if (pg.mode === "managed" && pg.managed?.provider === "linode" && !regions.has(pg.managed.region))
    regions.set(pg.managed.region, at("postgres", "managed", "region"));
  for (const [region, path] of regions) {
    const label = `${prefix}-${region}`;
    if (!isLinodeVpcLabel(label)) {
      problems.push({
        path,
        message: `the environment's Linode VPC in this region is labelled ${JSON.stringify(label)}; Linode takes 1-64 lowercase letters, digits and single inner hyphens (got ${label.length} characters): shorten the environment's name or the project's, or check the region`,
      });
    }
  }
  return problems;
}

/**
 * cdktf takes `${TfToken[…]}` (and its `#{` and `&{` forms) anywhere in a string for a reference of its own
 * to resolve, and throws on one it did not make: a config string holding one would stop the synth without
 * naming a field. No value has a reason to hold one, so none may, wherever it is.
 */
const TOKEN_MARKER = /[$#&]\{TfToken\[/;

function tokenLookalikes(value: unknown, at: Array<string | number> = []): ConfigProblem[] {
  const found = (text: string) => TOKEN_MARKER.exec(text)?.[0];
  if (typeof value === "string") {
    const marker = found(value);
    return marker
      ? [{ path: joinPath(...at), message: `holds ${JSON.stringify(marker)}, which cdktf reads as a reference of its own; no config value may contain it` }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => tokenLookalikes(v, [...at, i]));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const marker = found(key);
    const own = marker
      ? [
          {
            path: joinPath(...at, key),
            message: `the key holds ${JSON.stringify(marker)}, which cdktf reads as a reference of its own; no config key may contain it`,
          },
        ]
      : [];
    return [...own, ...tokenLookalikes(v, [...at, key])];
  });
}

function inZone(hostname: string, zone: string): boolean {
  return hostname === zone || hostname.endsWith(`.${zone}`);
}
