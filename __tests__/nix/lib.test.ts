import type { Config } from "../../schema/config.types";
import { tunnelProps } from "../../stacks/props";
import { defaultConfig, ensureNix, evalJson, evalNix, INSTALL_TIMEOUT_MS, nixPath, removeTempDirs, writeJson } from "./nix";

// Every expression is a function of configJson, the path of a CUE export written for the test.
const LIB = nixPath("nix/lib.nix");
const withLib = (body: string) => `{ configJson }: let edge = import ${LIB}; config = edge.loadConfig configJson; in ${body}`;

let configJson: string;

beforeAll(() => {
  ensureNix();
  configJson = writeJson(defaultConfig());
}, INSTALL_TIMEOUT_MS);
afterAll(removeTempDirs);

const evalLib = <T = unknown>(body: string, file = configJson) => evalJson<T>(withLib(body), { configJson: file });

describe("servicesForNode", () => {
  test("puts api on staging/app-1", () => {
    expect(evalLib(`builtins.attrNames (edge.servicesForNode { inherit config; env = "staging"; node = "app-1"; })`)).toEqual(["api"]);
  });

  test("puts nothing on staging/db-1", () => {
    expect(evalLib(`edge.servicesForNode { inherit config; env = "staging"; node = "db-1"; }`)).toEqual({});
  });

  test("returns the service records of the export", () => {
    const api = evalLib<any>(`(edge.servicesForNode { inherit config; env = "production"; node = "app-1"; }).api`);
    expect(api).toEqual(defaultConfig().environments.production.services.find((s: any) => s.name === "api"));
  });

  test("fails naming the node and the environment when the node is unknown", () => {
    const result = evalNix(withLib(`edge.servicesForNode { inherit config; env = "staging"; node = "app-9"; }`), { configJson });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/unknown node "app-9" in environment "staging"; staging has nodes "app-1", "db-1"/);
  });

  test("fails naming the environment when it is unknown", () => {
    const result = evalNix(withLib(`edge.servicesForNode { inherit config; env = "qa"; node = "app-1"; }`), { configJson });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/unknown environment "qa"; the configuration defines "production", "staging"/);
  });
});

describe("serviceEnv", () => {
  const envOf = (file = configJson) => evalLib<Record<string, string>>(`edge.serviceEnv { inherit config; env = "staging"; service = "api"; }`, file);

  test("derives PORT, HOST and the database settings from CUE", () => {
    const config = defaultConfig();
    const env = envOf();
    expect(env).toMatchObject({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATABASE_SCHEMA: "api",
      PGDATABASE: config.environments.staging.postgres.databaseName,
      PGUSER: "api",
      PGPORT: "5432",
      LOG_LEVEL: "info",
      OTEL_SERVICE_NAME: "api",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318",
    });
    expect(Object.values(env).every((v) => typeof v === "string")).toBe(true);
  });

  test("passes secrets as file paths under /run/keys, never as values", () => {
    const env = envOf();
    expect(env.DATABASE_PASSWORD_FILE).toBe("/run/keys/api-database-password");
    expect(env).not.toHaveProperty("DATABASE_PASSWORD");
  });

  test("puts secret files under the directory the unit asks for", () => {
    const env = evalLib<Record<string, string>>(
      `edge.serviceEnv { inherit config; env = "staging"; service = "api"; secretsDir = "/run/credentials/edge-iac-api.service"; }`,
    );
    expect(env.DATABASE_PASSWORD_FILE).toBe("/run/credentials/edge-iac-api.service/api-database-password");
  });

  test("follows the port of the export", () => {
    const config = defaultConfig();
    config.environments.staging.services[0].port = 9090;
    expect(envOf(writeJson(config)).PORT).toBe("9090");
  });

  test("takes the Postgres address from outputs when Tofu reports one", () => {
    const env = evalLib<Record<string, string>>(
      `edge.serviceEnv { inherit config; env = "staging"; service = "api"; outputs = { staging.staging-data = { postgres_host = "10.0.0.5"; postgres_port = 6432; }; }; }`,
    );
    expect(env).toMatchObject({ PGHOST: "10.0.0.5", PGPORT: "6432", PGHOST_READ: "10.0.0.5" });
  });

  test("lists the read replicas before the primary in PGHOST_READ", () => {
    const env = evalLib<Record<string, string>>(
      `edge.serviceEnv { inherit config; env = "staging"; service = "api"; outputs = { staging.staging-data = { postgres_host = "10.0.0.5"; postgres_read_hosts = [ "10.0.0.6" "10.0.0.7" ]; }; }; }`,
    );
    expect(env.PGHOST_READ).toBe("10.0.0.6,10.0.0.7,10.0.0.5");
    expect(env.PGTARGETSESSIONATTRS_READ).toBe("prefer-standby");
    expect(env.PGHOST).toBe("10.0.0.5");
  });

  test("reads from the primary on loopback, preferring a standby, before the data stack reports anything", () => {
    expect(envOf()).toMatchObject({ PGHOST: "127.0.0.1", PGHOST_READ: "127.0.0.1", PGTARGETSESSIONATTRS_READ: "prefer-standby" });
  });

  test("gives a service without a database no read host", () => {
    const config = defaultConfig();
    delete config.environments.staging.services[0].database;
    const env = envOf(writeJson(config));
    expect(env).not.toHaveProperty("PGHOST_READ");
    expect(env).not.toHaveProperty("PGTARGETSESSIONATTRS_READ");
  });

  test("fails when the CUE env sets the read host itself", () => {
    const config = defaultConfig();
    config.environments.staging.services[0].env.PGHOST_READ = "10.9.9.9";
    config.environments.staging.services[0].env.PGTARGETSESSIONATTRS_READ = "any";
    const result = evalNix(withLib(`edge.serviceEnv { inherit config; env = "staging"; service = "api"; }`), { configJson: writeJson(config) });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/env sets "PGHOST_READ", "PGTARGETSESSIONATTRS_READ", which are derived/);
  });

  test("fails when the CUE env sets a variable derived elsewhere", () => {
    const config = defaultConfig();
    config.environments.staging.services[0].env.PORT = "1";
    config.environments.staging.services[0].env.DATABASE_PASSWORD = "hunter2";
    const result = evalNix(withLib(`edge.serviceEnv { inherit config; env = "staging"; service = "api"; }`), {
      configJson: writeJson(config),
    });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/service "api" in environment "staging": env sets "PORT", "DATABASE_PASSWORD"/);
  });

  test("fails naming an unknown service", () => {
    const result = evalNix(withLib(`edge.serviceEnv { inherit config; env = "staging"; service = "web"; }`), { configJson });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/unknown service "web" in environment "staging"; staging has services "api"/);
  });
});

describe("tunnelIngress", () => {
  test("routes each hostname of the node to its local port and ends with the 404 catch-all", () => {
    // The default config publishes the api through the Worker: the node serves it at its origin hostname.
    expect(evalLib(`edge.tunnelIngress { inherit config; env = "staging"; node = "app-1"; }`)).toEqual([
      { hostname: "api-staging-app-1.example.com", service: "http://localhost:8080" },
      { service: "http_status:404" },
    ]);
  });

  test("equals the ingress the node stack gives the tunnel, for every node of every environment", () => {
    const config = defaultConfig() as Config;
    for (const [env, environment] of Object.entries(config.environments)) {
      for (const node of environment.nodes) {
        const ctx = { config, envName: env, env: environment, tags: [] };
        const expected = tunnelProps(ctx, node).ingress.map((i) => ({ hostname: i.hostname, service: `http://localhost:${i.port}` }));
        expect(evalLib(`edge.tunnelIngress { inherit config; env = "${env}"; node = "${node.name}"; }`)).toEqual([...expected, { service: "http_status:404" }]);
      }
    }
  });

  test("a Worker service on the zone apex is served inside the zone, as the node stack has it", () => {
    const config = defaultConfig();
    config.environments.staging.services[0].hostname = "example.com";
    config.environments.staging.edge.worker.routes = [{ pattern: "example.com/*", service: "api", cacheTtl: 0 }];
    const file = writeJson(config);
    const typed = config as Config;
    const node = typed.environments.staging.nodes.find((n) => n.name === "app-1")!;
    const ctx = { config: typed, envName: "staging", env: typed.environments.staging, tags: [] };
    expect(tunnelProps(ctx, node).ingress.map((i) => i.hostname)).toEqual(["example-app-1.example.com"]);
    expect(evalLib(`edge.tunnelIngress { inherit config; env = "staging"; node = "app-1"; }`, file)).toEqual([
      { hostname: "example-app-1.example.com", service: "http://localhost:8080" },
      { service: "http_status:404" },
    ]);
  });

  test("keeps a service the applied edge still sends to the node (draining after a move)", () => {
    const config = defaultConfig();
    config.environments.staging.services[0].nodes = ["db-1"];
    config.outputs = { staging: { "staging-edge": { origins: { api: ["app-1"] } } } };
    const file = writeJson(config);
    expect(evalLib(`edge.tunnelIngress { inherit config; env = "staging"; node = "app-1"; }`, file)).toEqual([
      { hostname: "api-staging-app-1.example.com", service: "http://localhost:8080" },
      { service: "http_status:404" },
    ]);
    expect(evalLib(`builtins.attrNames (edge.servicesForNode { inherit config; env = "staging"; node = "db-1"; })`, file)).toEqual(["api"]);
  });

  test("is only the catch-all on a node without services", () => {
    expect(evalLib(`edge.tunnelIngress { inherit config; env = "production"; node = "db-1"; }`)).toEqual([{ service: "http_status:404" }]);
  });
});

describe("node.nix", () => {
  test("composes base, the provider's hardware profile, Postgres and the service modules, all existing files", () => {
    const modules = evalJson<{ path: string; exists: boolean }[]>(
      `{ configJson }: map (m: { path = toString m; exists = builtins.pathExists m; })
         (builtins.filter builtins.isPath (import ${nixPath("nix/node.nix")} { inherit configJson; } { env = "staging"; node = "db-1"; }))`,
      { configJson },
    );
    expect(modules.map((m) => m.path)).toEqual([
      nixPath("nix/base.nix"),
      nixPath("nix/hardware/linode.nix"),
      nixPath("nix/postgres.nix"),
      nixPath("services/api/module.nix"),
    ]);
    expect(modules.every((m) => m.exists)).toBe(true);
  });

  test("names the node and derives stateVersion from the installed channel", () => {
    const last = evalJson(
      `{ configJson }: let ms = import ${nixPath("nix/node.nix")} { inherit configJson; } { env = "staging"; node = "app-1"; };
         in { inherit (builtins.elemAt ms (builtins.length ms - 1)) system; node = removeAttrs (builtins.elemAt ms (builtins.length ms - 1)).edgeIac.node [ "configJson" ]; }`,
      { configJson },
    );
    expect(last).toEqual({ system: { stateVersion: "25.05" }, node: { env: "staging", name: "app-1" } });
  });
});
