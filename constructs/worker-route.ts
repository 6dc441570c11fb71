import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { WorkersRoute } from "@cdktf/provider-cloudflare/lib/workers-route";
import { WorkersScript } from "@cdktf/provider-cloudflare/lib/workers-script";
import { Token } from "cdktf";
import { Construct } from "constructs";
import { routeHost } from "./route-pattern";
import { duplicates, HOSTNAME, PropsValidator, terraformLiteral } from "./validation";

export interface WorkerRoutePattern {
  /** A Workers route pattern: `host/path`, with an optional trailing `*` and leading `*.`. */
  readonly pattern: string;
  /**
   * Create a proxied placeholder record (AAAA 100::) for the pattern's host. A route only runs for
   * proxied hostnames; hosts already served by a tunnel CNAME must not get one.
   * @default false
   */
  readonly createDns?: boolean;
}

export interface WorkerRouteProps {
  readonly accountId: string;
  readonly zoneId: string;
  /** The Worker's script name, unique per account. */
  readonly scriptName: string;
  /** The bundled ES module (services/edge-worker's bundleWorker()). */
  readonly content: string;
  /** The Workers runtime compatibility date, YYYY-MM-DD. */
  readonly compatibilityDate: string;
  /** Plain-text bindings handed to the Worker as `env.<name>`; never secrets. */
  readonly bindings: Readonly<Record<string, string>>;
  /**
   * Service bindings (`type = "service"`) to Worker services the routes reach without leaving Cloudflare:
   * binding name (`SERVICE_<NAME>`) → script name. The edge Worker calls `env[binding].fetch(request)`.
   * @default {}
   */
  readonly serviceBindings?: Readonly<Record<string, string>>;
  readonly routes: readonly WorkerRoutePattern[];
}

const ROUTE_PATTERN = /^(?:\*\.)?[a-z0-9.-]+\/[A-Za-z0-9/._*-]*$/;
/** The module name the script is uploaded under; `main_module` points at it. */
export const WORKER_MODULE = "worker.js";

/**
 * The edge Worker every request enters through: an ES-module `cloudflare_workers_script` with its
 * plain-text bindings and service bindings to Worker services, and one `cloudflare_workers_route` per pattern.
 */
export class WorkerRoute extends Construct {
  readonly script: WorkersScript;
  readonly routes: WorkersRoute[];
  readonly records: DnsRecord[];

  constructor(scope: Construct, id: string, props: WorkerRouteProps) {
    super(scope, id);
    const patterns = props.routes.map((r) => r.pattern);
    const validator = new PropsValidator(`WorkerRoute ${this.node.path}`)
      .check(
        /^[a-z0-9][a-z0-9-]{0,62}$/.test(props.scriptName),
        "scriptName",
        `must be lowercase letters, digits and hyphens, got ${JSON.stringify(props.scriptName)}`,
      )
      .check(props.content.trim().length > 0, "content", "the bundled Worker is empty")
      .check(/^\d{4}-\d{2}-\d{2}$/.test(props.compatibilityDate), "compatibilityDate", `must be YYYY-MM-DD, got ${JSON.stringify(props.compatibilityDate)}`)
      .check(props.routes.length > 0, "routes", "a Worker without routes receives no traffic")
      .check(duplicates(patterns).length === 0, "routes", `pattern(s) listed twice: ${duplicates(patterns).join(", ")}`);
    props.routes.forEach((route, i) => {
      validator.check(ROUTE_PATTERN.test(route.pattern), `routes[${i}].pattern`, `not a Workers route pattern (host/path): ${JSON.stringify(route.pattern)}`);
      if (route.createDns) {
        validator.check(
          HOSTNAME.test(routeHost(route.pattern)),
          `routes[${i}].createDns`,
          `a DNS record needs a plain hostname, got ${JSON.stringify(routeHost(route.pattern))}`,
        );
      }
    });
    for (const name of Object.keys(props.bindings)) {
      validator.check(/^[A-Z][A-Z0-9_]*$/.test(name), `bindings.${name}`, "binding names are UPPER_SNAKE_CASE");
    }
    for (const [name, script] of Object.entries(props.serviceBindings ?? {})) {
      validator
        .check(/^[A-Z][A-Z0-9_]*$/.test(name), `serviceBindings.${name}`, "binding names are UPPER_SNAKE_CASE")
        .check(!(name in props.bindings), `serviceBindings.${name}`, "is also a plain-text binding")
        .check(
          Token.isUnresolved(script) || /^[a-z0-9][a-z0-9-]{0,62}$/.test(script),
          `serviceBindings.${name}`,
          `not a script name: ${JSON.stringify(script)}`,
        )
        .check(script !== props.scriptName, `serviceBindings.${name}`, "the edge Worker cannot bind to itself");
    }
    validator.throwIfInvalid();

    this.script = new WorkersScript(this, "script", {
      accountId: props.accountId,
      scriptName: props.scriptName,
      content: terraformLiteral(props.content),
      mainModule: WORKER_MODULE,
      compatibilityDate: props.compatibilityDate,
      bindings: [
        ...Object.entries(props.bindings)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, text]) => ({ name, type: "plain_text", text: terraformLiteral(text) })),
        ...Object.entries(props.serviceBindings ?? {})
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, service]) => ({ name, type: "service", service })),
      ],
    });
    this.routes = props.routes.map(
      (route) => new WorkersRoute(this, `route-${route.pattern}`, { zoneId: props.zoneId, pattern: route.pattern, script: this.script.scriptName }),
    );
    const dnsHosts = [...new Set(props.routes.filter((r) => r.createDns).map((r) => routeHost(r.pattern)))];
    this.records = dnsHosts.map(
      (host) =>
        new DnsRecord(this, `dns-${host}`, {
          zoneId: props.zoneId,
          name: host,
          type: "AAAA",
          // 100:: is the discard prefix: the record only exists so the route's hostname is proxied.
          content: "100::",
          proxied: true,
          ttl: 1,
          comment: `worker ${props.scriptName} (no origin)`,
        }),
    );
  }
}
