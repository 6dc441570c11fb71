// The NixOS modules called as plain functions with a stand-in for nixpkgs (fixtures/stub-module-args.nix):
// what they set, read back as JSON. Real option types and merging need nixpkgs (`nixos-rebuild build`).
import * as path from "node:path";
import { defaultConfig, ensureNix, evalJson, INSTALL_TIMEOUT_MS, nixPath, removeTempDirs, writeJson } from "./nix";

const STUB = path.join(__dirname, "fixtures", "stub-module-args.nix");

let configJson: string;

beforeAll(() => {
  ensureNix();
  configJson = writeJson(defaultConfig());
}, INSTALL_TIMEOUT_MS);
afterAll(removeTempDirs);

/** `select` applied to the result of `module` on env/node (`m` in select), evaluated to JSON. */
function evalModule<T = any>(module: string, node: string, select: string, extra = ""): T {
  return evalJson<T>(
    `{ configJson }: let stub = import ${STUB} { inherit configJson; };
       m = stub.evalModule { module = ${nixPath(module)}; env = "staging"; node = "${node}"; ${extra} }; in ${select}`,
    { configJson },
  );
}

describe("services/api/module.nix", () => {
  const unit = () => evalModule("services/api/module.nix", "app-1", `m.config.systemd.services.edge-iac-api`);

  test("is enabled on the node CUE assigns it to, and not elsewhere", () => {
    expect(evalModule("services/api/module.nix", "app-1", `m.options.services.edge-iac.api.enable.default`)).toBe(true);
    expect(evalModule("services/api/module.nix", "db-1", `m.options.services.edge-iac.api.enable.default`)).toBe(false);
    expect(evalModule("services/api/module.nix", "db-1", `m.config`)).toEqual({});
  });

  test("gets its environment from the CUE export, with the password file in its credentials directory", () => {
    expect(unit().environment).toMatchObject({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATABASE_SCHEMA: "api",
      DATABASE_PASSWORD_FILE: "/run/credentials/edge-iac-api.service/api-database-password",
    });
    expect(unit().environment).not.toHaveProperty("DATABASE_PASSWORD");
  });

  test("loads the password from the deployment key with LoadCredential and waits for the key", () => {
    const u = unit();
    expect(u.serviceConfig.LoadCredential).toEqual(["api-database-password:/run/keys/api-database-password"]);
    expect(u.after).toContain("api-database-password-key.service");
  });

  test("runs hardened, without MemoryDenyWriteExecute (node's JIT needs W+X memory)", () => {
    expect(unit().serviceConfig).toMatchObject({
      DynamicUser: true,
      ProtectSystem: "strict",
      ProtectHome: true,
      PrivateTmp: true,
      NoNewPrivileges: true,
      CapabilityBoundingSet: "",
      RestrictAddressFamilies: ["AF_INET", "AF_INET6", "AF_UNIX"],
      SystemCallFilter: expect.arrayContaining(["@system-service"]),
      MemoryDenyWriteExecute: false,
    });
  });
});

describe("nix/base.nix", () => {
  test("opens no port and runs no SSH when the node does not set sshFromAdmin", () => {
    const base = evalModule("nix/base.nix", "app-1", `{ inherit (m) networking; ssh = m.services.openssh; inherit (m) warnings; }`);
    expect(base.networking.firewall).toMatchObject({
      enable: true,
      allowedTCPPorts: [],
      allowedUDPPorts: [],
      allowedTCPPortRanges: [],
      allowedUDPPortRanges: [],
      extraInputRules: "",
    });
    expect(base.ssh).toMatchObject({ enable: false, openFirewall: false });
    expect(base.warnings.join("\n")).toMatch(/staging\/app-1 has no SSH/);
  });

  test("with sshFromAdmin, allows 22 from admin.cidrs only, key-only", () => {
    const base = evalModule(
      "nix/base.nix",
      "app-1",
      `{ inherit (m) networking; ssh = m.services.openssh; keys = m.users.users.root.openssh.authorizedKeys.keys; }`,
      "sshFromAdmin = true;",
    );
    expect(base.networking.firewall.allowedTCPPorts).toEqual([]);
    expect(base.networking.firewall.extraInputRules).toMatch(/^ip saddr \{ 203\.0\.113\.0\/24 \} tcp dport 22 accept/);
    expect(base.ssh).toMatchObject({
      enable: true,
      openFirewall: false,
      settings: { PasswordAuthentication: false, KbdInteractiveAuthentication: false, PermitRootLogin: "prohibit-password" },
    });
    expect(base.keys).toEqual(defaultConfig().admin.sshKeys);
  });
});

describe("nix/cloudflared.nix", () => {
  test("runs the tunnel from the token deployment key, never a token in the store", () => {
    const unit = evalModule("nix/cloudflared.nix", "app-1", `m.systemd.services.cloudflared-tunnel.serviceConfig`);
    expect(unit.LoadCredential).toBe("tunnel-token:/run/keys/cloudflared-tunnel-token");
    expect(unit.ExecStart).toMatch(/ tunnel --no-autoupdate .* run --token-file %d\/tunnel-token$/);
    expect(unit.DynamicUser).toBe(true);
  });
});

describe("nix/vector.nix", () => {
  test("ships journald and OTLP logs as gzip NDJSON to the environment's R2 bucket", () => {
    const vector = evalModule("nix/vector.nix", "app-1", `{ inherit (m.services.vector) settings; unit = m.systemd.services.vector; }`);
    const config = defaultConfig();
    expect(vector.settings.sources.otlp.http.address).toBe("127.0.0.1:4318");
    expect(vector.settings.transforms.label.inputs).toEqual(["journald", "otlp.logs"]);
    expect(vector.settings.sinks.r2).toMatchObject({
      type: "aws_s3",
      endpoint: `https://${config.cloudflare.accountId}.r2.cloudflarestorage.com`,
      bucket: config.environments.staging.logBucket.name,
      region: "auto",
      compression: "gzip",
      encoding: { codec: "json" },
      framing: { method: "newline_delimited" },
    });
    expect(vector.unit.serviceConfig.EnvironmentFile).toBe("/run/keys/vector-r2-credentials");
  });

  test("the OTLP receiver is where the services' OTEL_EXPORTER_OTLP_ENDPOINT points", () => {
    const api = defaultConfig().environments.staging.services.find((s: any) => s.name === "api");
    const address = evalModule<string>("nix/vector.nix", "app-1", `m.services.vector.settings.sources.otlp.http.address`);
    expect(api.env.OTEL_EXPORTER_OTLP_ENDPOINT).toBe(`http://${address}`);
  });
});
