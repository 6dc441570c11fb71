import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { EdgeSecurity } from "../constructs/edge-security";
import { HealthAlerts } from "../constructs/health-alerts";
import { ServiceLoadBalancer } from "../constructs/load-balancer";
import { PagesSite } from "../constructs/pages-site";
import { WorkerRoute } from "../constructs/worker-route";
import { WorkerService } from "../constructs/worker-service";
import { ownValue, stackOutput } from "../schema/outputs";
import { EDGE_ORIGINS_OUTPUT, edgeOrigins } from "../schema/publish";
import type { WorkerService as WorkerServiceConfig } from "../schema/worker-services";
import { workerBindings } from "../services/edge-worker/bindings";
import { workerStorageInputs } from "./data-stack";
import { EnvironmentStack, type EnvironmentStackProps } from "./environment-stack";
import { stackName } from "./names";
import {
  edgeSecurityProps,
  healthAlertsProps,
  pagesSiteProps,
  routedWorkerServices,
  serviceLoadBalancerProps,
  workerRouteProps,
  workerServiceEntry,
  workerServiceProps,
} from "./props";
import { cloudflareProvider } from "./providers";

export interface EdgeStackProps extends EnvironmentStackProps {
  /**
   * The bundled edge Worker (one ES module). The entry point bundles it once (services/edge-worker/bundle.ts
   * bundleWorker) and hands it to every environment's edge stack: a stack composes, it does not build.
   */
  readonly workerScript: string;
  /**
   * The bundled Worker services, by entry module relative to the repository root (`<source>/<main>`,
   * props.ts workerServiceEntry), bundled by the entry point like the edge Worker.
   * @default {} (an environment with Worker services then fails to synthesize, naming the missing bundle)
   */
  readonly workerServiceScripts?: Readonly<Record<string, string>>;
}

/** The edge stack output recording each Worker service's migration tag after an apply (service → tag). */
export const WORKER_MIGRATION_TAGS_OUTPUT = "worker_migration_tags";

/** Worker services with the ones they bind to first, so a script is uploaded after the Workers it binds (a cycle keeps config order). */
function bindingOrder(services: readonly WorkerServiceConfig[]): WorkerServiceConfig[] {
  const byName = new Map(services.map((s) => [s.name, s]));
  const ordered: WorkerServiceConfig[] = [];
  const visiting = new Set<string>();
  const visit = (service: WorkerServiceConfig) => {
    if (ordered.includes(service) || visiting.has(service.name)) return;
    visiting.add(service.name);
    for (const target of Object.values(service.bindings.services)) {
      const next = byName.get(target);
      if (next) visit(next);
    }
    ordered.push(service);
  };
  for (const service of services) visit(service);
  return ordered;
}

/**
 * The Cloudflare front door of one environment: the Worker with its routes (and DNS where a route needs
 * it) and its service bindings to the Worker services routes name, the Worker services themselves (scripts,
 * queue consumers, custom domains; their storage is the data stack's), the Pages sites, the load balancers
 * of "load-balancer" services, health checks and alert policies, and the Zero Trust Access applications of
 * admin hostnames. The zone-wide WAF and rate limits are
 * in the zone stack, because a zone has one ruleset per phase whatever the environment.
 */
export class EdgeStack extends EnvironmentStack {
  readonly worker: WorkerRoute;
  readonly security: EdgeSecurity;
  /** One per "load-balancer" service whose nodes reported their tunnel ids. */
  readonly loadBalancers: ServiceLoadBalancer[];
  readonly alerts: HealthAlerts;
  /** The Worker services, by config name. */
  readonly workerServices: Readonly<Record<string, WorkerService>>;
  readonly pages: PagesSite[];

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    cloudflareProvider(this);
    const bindings = workerBindings(this.config, this.envName);
    this.workerServices = this.buildWorkerServices(props.workerServiceScripts ?? {});
    const serviceBindings = Object.fromEntries(
      routedWorkerServices(this.context).map(({ binding, service }) => [binding, this.workerServices[service].script.scriptName]),
    );
    this.worker = new WorkerRoute(this, "worker", workerRouteProps(this.context, props.workerScript, { ...bindings }, serviceBindings));
    this.pages = this.env.pages.map((site) => new PagesSite(this, `pages-${site.name}`, pagesSiteProps(this.context, site)));
    const security = edgeSecurityProps(this.context);
    this.security = new EdgeSecurity(this, "access", { ...security, managedWaf: false, customRules: [], rateLimits: [] });
    this.loadBalancers = this.env.services
      .filter((s) => s.publish === "load-balancer")
      .flatMap((service) => {
        const lb = serviceLoadBalancerProps(this.context, service);
        return lb ? [new ServiceLoadBalancer(this, `lb-${service.name}`, lb)] : [];
      });
    this.alerts = new HealthAlerts(
      this,
      "alerts",
      healthAlertsProps(
        this.context,
        this.loadBalancers.map((lb) => lb.pool.id),
      ),
    );
    new TerraformOutput(this, "worker_name", { value: this.worker.script.scriptName });
    // Written to CUE after apply: the nodes keep serving a moved service until this no longer names them.
    new TerraformOutput(this, EDGE_ORIGINS_OUTPUT, { value: edgeOrigins(this.env), description: "service → nodes the edge sends it requests to" });
    const tags = Object.fromEntries(Object.entries(this.workerServices).flatMap(([name, w]) => (w.migrationTag === undefined ? [] : [[name, w.migrationTag]])));
    // Written to CUE after apply: the next upload carries only the migrations after these tags.
    if (Object.keys(tags).length > 0) {
      new TerraformOutput(this, WORKER_MIGRATION_TAGS_OUTPUT, {
        value: tags,
        description: "Worker service → its Durable Object migration tag after this apply",
      });
    }
  }

  private buildWorkerServices(scripts: Readonly<Record<string, string>>): Record<string, WorkerService> {
    if (this.env.workerServices.length === 0) return {};
    const ids = workerStorageInputs(this, this.context);
    const missing = this.env.workerServices.map(workerServiceEntry).filter((entry) => scripts[entry] === undefined);
    if (missing.length > 0) {
      throw new Error(
        `EdgeStack ${this.node.path}: no bundle for ${[...new Set(missing)].join(", ")}; the entry point bundles every Worker service (scripts/bundle-workers.ts) and passes workerServiceScripts`,
      );
    }
    const applied = stackOutput(this.config, this.envName, stackName(this.envName, "edge"), WORKER_MIGRATION_TAGS_OUTPUT);
    const built: Record<string, WorkerService> = {};
    for (const service of bindingOrder(this.env.workerServices)) {
      const tag = ownValue(applied, service.name);
      const worker = new WorkerService(
        this,
        `service-${service.name}`,
        workerServiceProps(this.context, service, scripts[workerServiceEntry(service)], ids, typeof tag === "string" ? tag : undefined),
      );
      const targets = Object.values(service.bindings.services).flatMap((t) => (built[t] ? [built[t].script] : []));
      if (targets.length > 0) worker.script.dependsOn = targets.map((t) => t.fqn);
      built[service.name] = worker;
    }
    return built;
  }
}
