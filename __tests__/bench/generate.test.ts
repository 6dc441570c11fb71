import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { rewriteProviderImports } from "../../bench/conventional/prepare";
import { cueVet, generateConfig, nodeName, writeGeneratedConfig } from "../../bench/generate";
import { loadConfig } from "../../schema/load";
import { synthesize } from "../../stacks/synth";
import { tempDir } from "../helpers/config";
import { workerScript } from "../helpers/worker";

describe("bench/generate: configs for the synth benchmark", () => {
  const dir = tempDir("edge-iac-bench-test-");
  const file = (nodes: number) => writeGeneratedConfig(path.join(dir, `config-${nodes}.json`), { nodes });

  test.each([10, 50, 100])("the %i-node config passes loadConfig (ajv + rules) and cue vet -d '#Config'", (nodes) => {
    const written = file(nodes);
    const config = loadConfig(written);
    const env = config.environments.production;
    expect(env.nodes).toHaveLength(nodes);
    expect(env.services).toHaveLength(nodes * 5);
    expect(env.edge.worker.routes).toHaveLength(nodes * 5);
    expect(cueVet(written)).toEqual({ ok: true, report: "" });
  });

  test("ports are unique per node, hostnames in the zone and database schemas unique", () => {
    const env = generateConfig({ nodes: 10 }).environments.production;
    const byNode = new Map<string, number[]>();
    for (const s of env.services) for (const n of s.nodes) byNode.set(n, [...(byNode.get(n) ?? []), s.port]);
    expect([...byNode.keys()]).toEqual(env.nodes.map((n) => n.name));
    for (const ports of byNode.values()) expect(new Set(ports).size).toBe(5);
    expect(new Set(env.services.map((s) => s.hostname)).size).toBe(50);
    expect(env.services.every((s) => s.hostname.endsWith(".example.com"))).toBe(true);
    expect(new Set(env.services.map((s) => s.database!.schema)).size).toBe(50);
    expect(env.nodes.every((n) => n.provider === "aws")).toBe(true);
  });

  test("cue vet fails a generated config with a port out of range", () => {
    const config = generateConfig({ nodes: 10 });
    config.environments.production.services[0].port = 70000;
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify(config));
    const vet = cueVet(bad);
    expect(vet.ok).toBe(false);
    expect(vet.report).toMatch(/services\.0\.port: invalid value 70000/);
  });

  test("the 10-node config synthesizes one stack per node, plus data, edge and zone", () => {
    const stacks = synthesize(loadConfig(file(10)), { workerScript: workerScript(), outdir: path.join(tempDir(), "cdktf.out") });
    expect(stacks).toHaveLength(13);
    expect(stacks).toEqual([...Array.from({ length: 10 }, (_, i) => `production-node-${nodeName(i)}`), "production-data", "production-edge", "zone"]);
  });

  test("fails on a size that is not a positive integer, naming the value", () => {
    expect(() => generateConfig({ nodes: 0 })).toThrow(/nodes must be an integer from 1 to 9999, got 0/);
    expect(() => generateConfig({ nodes: 2, servicesPerNode: 1.5 })).toThrow(/servicesPerNode .* got 1\.5/);
  });
});

describe("bench/conventional: provider imports from the package root", () => {
  test("rewrites a lib/ import into a root namespace import and aliases, keeping renames", () => {
    const out = rewriteProviderImports(
      'import { Instance as AwsInstance, InstanceConfig } from "@cdktf/provider-aws/lib/instance";\nimport { Construct } from "constructs";\n',
    );
    expect(out).toBe(
      'import * as provider_aws from "@cdktf/provider-aws";\n' +
        "import AwsInstance = provider_aws.instance.Instance;\nimport InstanceConfig = provider_aws.instance.InstanceConfig;\n" +
        'import { Construct } from "constructs";\n',
    );
  });

  test("an inline type modifier becomes a plain alias (the tree's `import { X, type Y }` since Biome)", () => {
    expect(rewriteProviderImports('import { AccountToken, type AccountTokenPolicies } from "@cdktf/provider-cloudflare/lib/account-token";\n')).toBe(
      'import * as provider_cloudflare from "@cdktf/provider-cloudflare";\n' +
        "import AccountToken = provider_cloudflare.accountToken.AccountToken;\nimport AccountTokenPolicies = provider_cloudflare.accountToken.AccountTokenPolicies;\n",
    );
  });

  test("fails on a lib/ path the package root does not export", () => {
    expect(() => rewriteProviderImports('import { X } from "@cdktf/provider-random/lib/no-such-file";')).toThrow(
      /no-such-file: not exported by the package root/,
    );
  });
});
