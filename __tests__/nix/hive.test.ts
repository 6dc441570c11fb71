import { copyFileSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import { defaultConfig, ensureNix, evalJson, evalNix, INSTALL_TIMEOUT_MS, nixPath, removeTempDirs, tempDir, writeJson } from "./nix";

// Tofu outputs for staging/app-1 only: staging/db-1 and production have no address yet.
const OUTPUTS = {
  staging: { "staging-node-app-1": { ipv4: "192.0.2.10", tunnel_id: "0b1e6f5a-3c2d-4e8f-9a7b-1c2d3e4f5a6b" } },
};

const HIVE = nixPath("nix/hive.nix");

let configJson: string;
let outputsJson: string;

beforeAll(() => {
  ensureNix();
  configJson = writeJson(defaultConfig());
  outputsJson = writeJson(OUTPUTS, "outputs.json");
}, INSTALL_TIMEOUT_MS);
afterAll(removeTempDirs);

const hive = (extra = "") => `{ configJson, outputsJson }: let hive = import ${HIVE} { inherit configJson outputsJson; ${extra} }; in`;
const evalHive = <T = unknown>(body: string, extra = "") => evalJson<T>(`${hive(extra)} ${body}`, { configJson, outputsJson });

describe("colmena hive", () => {
  test("has one node per environment and node of the export, besides meta", () => {
    expect(evalHive(`builtins.attrNames hive`)).toEqual(["meta", "production-app-1", "production-db-1", "staging-app-1", "staging-db-1"]);
  });

  test("deploys staging/app-1 to its address from the outputs, tagged by env, role and service", () => {
    const deployment = evalHive<any>(`removeAttrs hive.staging-app-1.deployment [ "keys" ]`);
    expect(deployment).toEqual({
      targetHost: "192.0.2.10",
      targetUser: "root",
      tags: ["env-staging", "role-app", "service-api"],
    });
  });

  test("delivers the tunnel token, the R2 credentials and the service secrets as keys under /run/keys", () => {
    const keys = evalHive<Record<string, any>>(`hive.staging-app-1.deployment.keys`);
    expect(Object.keys(keys).sort()).toEqual(["api-database-password", "cloudflared-tunnel-token", "vector-r2-credentials"]);
    expect(keys["cloudflared-tunnel-token"].keyCommand).toEqual(["pass", "show", "edge-iac/staging/nodes/app-1/cloudflared-tunnel-token"]);
    expect(keys["api-database-password"].keyCommand).toEqual(["pass", "show", "edge-iac/staging/services/api/DATABASE_PASSWORD"]);
    for (const key of Object.values(keys)) {
      expect(key).toMatchObject({ destDir: "/run/keys", user: "root", group: "root", permissions: "0400" });
    }
  });

  test("carries no secret value: every key is a command run on the deployer", () => {
    const keys = evalHive<Record<string, any>>(`hive.staging-app-1.deployment.keys`);
    for (const [name, key] of Object.entries(keys)) {
      expect([name, Object.keys(key).filter((k) => k === "text" || k === "keyFile")]).toEqual([name, []]);
      expect(Array.isArray(key.keyCommand)).toBe(true);
    }
  });

  test("keys match the secret files the service's unit reads", () => {
    const [keys, env] = evalHive<[string[], Record<string, string>]>(
      `[ (builtins.attrNames hive.staging-app-1.deployment.keys)
         ((import ${nixPath("nix/lib.nix")}).serviceEnv { config = builtins.fromJSON (builtins.readFile configJson); env = "staging"; service = "api"; }) ]`,
    );
    expect(keys).toContain(path.basename(env.DATABASE_PASSWORD_FILE));
    expect(path.dirname(env.DATABASE_PASSWORD_FILE)).toBe("/run/keys");
  });

  test("takes the secret command from its argument", () => {
    const command = evalHive(
      `hive.staging-app-1.deployment.keys.vector-r2-credentials.keyCommand`,
      `secretCommand = { env, path }: [ "vault" "read" "-field=value" "secret/\${env}/\${path}" ];`,
    );
    expect(command).toEqual(["vault", "read", "-field=value", "secret/staging/vector-r2-credentials"]);
  });

  test("a node without an address fails, naming it and the outputs entry", () => {
    const result = evalNix(`${hive()} hive.staging-db-1.deployment.targetHost`, { configJson, outputsJson });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/node "db-1" of environment "staging" has no address: outputs\.staging\.staging-node-db-1\.ipv4 is missing/);
  });

  test("an environment missing from the outputs fails the same way", () => {
    const result = evalNix(`${hive()} hive.production-app-1.deployment.targetHost`, { configJson, outputsJson });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/node "app-1" of environment "production" has no address/);
  });

  test("a missing config file fails with the command that writes it", () => {
    const result = evalNix(`${hive()} builtins.attrNames hive`, { configJson: "/nonexistent/config.json", outputsJson });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/config\.json does not exist; write it with `\.tools\/bin\/cue export/);
  });
});

describe("node flake outputs (inputs stubbed: no nixpkgs here)", () => {
  // The flake reads ./config.json next to it, so it is evaluated from a copy of the tree with one.
  let flakeDir: string;
  beforeAll(() => {
    const root = tempDir();
    const files = ["flake", "lib", "node", "hive", "options", "base", "cloudflared", "vector", "postgres", "hardware/linode", "hardware/aws"];
    for (const file of [...files.map((f) => `nix/${f}.nix`), "services/api/module.nix"]) {
      mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      copyFileSync(nixPath(file), path.join(root, file));
    }
    flakeDir = path.join(root, "nix");
    writeJson(defaultConfig(), "config.json", flakeDir);
    writeJson(OUTPUTS, "outputs.json", flakeDir);
  });

  // `let … in`, binding self to the flake's outputs; nixosSystem returns its arguments.
  const withOutputs = (body: string) =>
    `let flake = import ${flakeDir}/flake.nix;
         stub = { lib.nixosSystem = args: args; outPath = "/nonexistent"; };
         self = flake.outputs { inherit self; nixpkgs = stub; colmena = { lib.makeHive = hive: hive; }; };
     in ${body}`;

  test("has a NixOS system per environment and node, with the hive's modules", () => {
    const result = evalJson<any>(
      withOutputs(`builtins.mapAttrs (_: c: removeAttrs c [ "modules" ]) self.nixosConfigurations
         // { _modules = map toString (builtins.filter builtins.isPath self.nixosConfigurations.staging-app-1.modules); }`),
    );
    expect(
      Object.keys(result)
        .filter((k) => k !== "_modules")
        .sort(),
    ).toEqual(["production-app-1", "production-db-1", "staging-app-1", "staging-db-1"]);
    expect(result["staging-app-1"].system).toBe("x86_64-linux");
    expect(result._modules).toEqual([
      `${flakeDir}/base.nix`,
      `${flakeDir}/hardware/linode.nix`,
      `${flakeDir}/postgres.nix`,
      path.join(flakeDir, "..", "services/api/module.nix"),
    ]);
  });

  test("exposes the hive with addresses from nix/outputs.json", () => {
    expect(evalJson(withOutputs(`self.colmenaHive.staging-app-1.deployment.targetHost`))).toBe("192.0.2.10");
  });
});
