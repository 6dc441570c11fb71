import type { Config } from "../../schema/config.types";
import { cloudflareResourceName } from "../../schema/worker-services";
import { workerBindings } from "./bindings";
import { WORKER_ENTRY } from "./bundle";
import { routesTable } from "./routes";

/**
 * A TOML string that reads like the value: a basic string when nothing needs escaping, a literal string
 * (no escapes at all) when only double quotes would, and otherwise an escaped basic string. JSON's escapes
 * are TOML's, except that TOML also wants DEL escaped.
 */
export function tomlString(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: TOML basic strings may not hold control characters; this finds them.
  if (/^[^"\\\u0000-\u001f\u007f]*$/.test(value)) return `"${value}"`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: likewise for TOML literal strings.
  if (/^[^'\u0000-\u001f\u007f]*$/.test(value)) return `'${value}'`;
  return JSON.stringify(value).replace(/\u007f/g, "\\u007F");
}

/**
 * wrangler.toml for the edge Worker: one `[env.<name>]` section per environment, deployed with
 * `wrangler deploy --env <name>`. Nothing is set at top level, so a deploy without --env fails instead of
 * creating a stray Worker. workers_dev is off: the Worker must only be reachable through its routes.
 * A route to a Worker service adds a service binding to that Worker's script (`[[env.<name>.services]]`).
 */
export function renderWranglerToml(config: Config): string {
  const lines = [
    "# Generated from schema/ by `npm run synth` (scripts/render-wrangler.ts); do not edit.",
    "# Deploy one environment with `wrangler deploy --env <name>`.",
  ];
  for (const [env, environment] of Object.entries(config.environments)) {
    const worker = environment.edge.worker;
    const routes = routesTable(config, env).map((route) => `  { pattern = ${tomlString(route.pattern)}, zone_name = ${tomlString(config.cloudflare.zone)} },`);
    lines.push(
      "",
      `[env.${env}]`,
      `name = ${tomlString(worker.name)}`,
      `main = ${tomlString(WORKER_ENTRY)}`,
      `compatibility_date = ${tomlString(worker.compatibilityDate)}`,
      "workers_dev = false",
      "routes = [",
      ...routes,
      "]",
      "",
      `[env.${env}.vars]`,
      ...Object.entries(workerBindings(config, env)).map(([name, value]) => `${name} = ${tomlString(value)}`),
    );
    const bound = new Map<string, string>();
    for (const route of routesTable(config, env)) if (route.binding !== undefined) bound.set(route.binding, route.service);
    for (const [binding, service] of bound) {
      lines.push(
        "",
        `[[env.${env}.services]]`,
        `binding = ${tomlString(binding)}`,
        `service = ${tomlString(cloudflareResourceName(config.project, env, service))}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
