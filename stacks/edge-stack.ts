import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { EdgeSecurity } from "../constructs/edge-security";
import { HealthAlerts } from "../constructs/health-alerts";
import { ServiceLoadBalancer } from "../constructs/load-balancer";
import { WorkerRoute } from "../constructs/worker-route";
import { EDGE_ORIGINS_OUTPUT, edgeOrigins } from "../schema/publish";
import { workerBindings } from "../services/edge-worker/bindings";
import { EnvironmentStack, type EnvironmentStackProps } from "./environment-stack";
import { edgeSecurityProps, healthAlertsProps, serviceLoadBalancerProps, workerRouteProps } from "./props";
import { cloudflareProvider } from "./providers";

export interface EdgeStackProps extends EnvironmentStackProps {
  /**
   * The bundled edge Worker (one ES module). The entry point bundles it once (services/edge-worker/bundle.ts
   * bundleWorker) and hands it to every environment's edge stack: a stack composes, it does not build.
   */
  readonly workerScript: string;
}

/**
 * The Cloudflare front door of one environment: the Worker with its routes (and DNS where a route needs
 * it), the load balancers of "load-balancer" services, health checks and alert policies, and the Zero
 * Trust Access applications of admin hostnames. The zone-wide WAF and rate limits are
 * in the zone stack, because a zone has one ruleset per phase whatever the environment.
 */
export class EdgeStack extends EnvironmentStack {
  readonly worker: WorkerRoute;
  readonly security: EdgeSecurity;
  /** One per "load-balancer" service whose nodes reported their tunnel ids. */
  readonly loadBalancers: ServiceLoadBalancer[];
  readonly alerts: HealthAlerts;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    cloudflareProvider(this);
    const bindings = workerBindings(this.config, this.envName);
    this.worker = new WorkerRoute(this, "worker", workerRouteProps(this.context, props.workerScript, { ...bindings }));
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
  }
}
