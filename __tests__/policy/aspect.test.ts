import { existsSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { ZeroTrustTunnelCloudflared } from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared";
import { ZeroTrustTunnelCloudflaredConfigA } from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared-config";
import { Password } from "@cdktf/provider-random/lib/password";
import { AnnotationMetadataEntryType, Aspects, type TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { ALL_RULES, applyPolicy, assertCompliant, EI1, EI8, evaluatePolicy, PolicyAspect, PolicyViolationError } from "../../constructs/policy";
import { newApp, newStack, type PolicyTestStack, rawResource, synth } from "./fixtures";

const TAGS = { project: "demo", environment: "prod" };

function openSecurityGroup(scope: TerraformStack, id = "sg"): SecurityGroup {
  return new SecurityGroup(scope, id, { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }] });
}

/** Every file (not folder) below `dir`: cdktf creates the empty folders up front. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

function errorsOn(construct: IConstruct): string[] {
  return construct.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.ERROR).map((m) => String(m.data));
}

/** What a node stack and the data stack of this project put together look like when they follow the policy. */
function compliantStack(s: PolicyTestStack): void {
  s.aws.defaultTags = [{ tags: TAGS }];
  const tunnelSecret = new Password(s, "tunnel-secret", { length: 64 });
  const tunnel = new ZeroTrustTunnelCloudflared(s, "tunnel", { accountId: "acc", name: "prod-node-1", tunnelSecret: tunnelSecret.result });
  new ZeroTrustTunnelCloudflaredConfigA(s, "tunnel-config", {
    accountId: "acc",
    tunnelId: tunnel.id,
    config: { ingress: [{ hostname: "api.example.com", service: "http://localhost:8080" }, { service: "http_status:404" }] },
  });
  new DnsRecord(s, "api", { zoneId: "zone", name: "api.example.com", type: "CNAME", content: `${tunnel.id}.cfargotunnel.com`, ttl: 1, proxied: true });
  new R2Bucket(s, "logs", { accountId: "acc", name: "prod-logs", lifecycle: { preventDestroy: true } });
  const firewall = rawResource(s, "firewall", "linode_firewall", {
    label: "prod-node-1",
    inbound_policy: "DROP",
    outbound_policy: "DROP",
    inbound: [{ label: "ssh-admin", action: "ACCEPT", protocol: "TCP", ports: "22", ipv4: ["198.51.100.7/32"] }],
    outbound: [{ label: "https", action: "ACCEPT", protocol: "TCP", ports: "443", ipv4: ["0.0.0.0/0"] }],
    tags: ["project:demo", "env:prod"],
  });
  const rootPass = new Password(s, "root-pass", { length: 32 });
  const node = rawResource(s, "node", "linode_instance", {
    label: "prod-node-1",
    region: "eu-central",
    type: "g6-standard-1",
    root_pass: rootPass.result,
    firewall_id: `\${${firewall.terraformResourceType}.${firewall.friendlyUniqueId}.id}`,
    disk_encryption: "enabled",
    tags: ["project:demo", "env:prod"],
  });
  rawResource(s, "volume", "linode_volume", {
    label: "prod-data",
    region: "eu-central",
    linode_id: `\${${node.terraformResourceType}.${node.friendlyUniqueId}.id}`,
    encryption: "enabled",
    tags: ["project:demo", "env:prod"],
    lifecycle: { prevent_destroy: true },
  });
  new Instance(s, "aws-node", {
    ami: "ami-123",
    instanceType: "t3.micro",
    rootBlockDevice: { encrypted: true },
    metadataOptions: { httpTokens: "required" },
    vpcSecurityGroupIds: ["sg-123"],
  });
  new EbsVolume(s, "aws-volume", { availabilityZone: "eu-central-1a", size: 10, encrypted: true, lifecycle: { preventDestroy: true } });
}

describe("PolicyAspect with every rule", () => {
  test("a stack following the policy synthesizes and is written", () => {
    const app = newApp();
    compliantStack(newStack(app));
    const r = synth(app);
    expect(r.message).toBe("");
    expect(existsSync(path.join(r.outdir, "stacks", "s", "cdk.tf.json"))).toBe(true);
  });

  test("has at least ten rules with unique ids, each in a file named after its id and name", () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    const files = readdirSync(path.join(__dirname, "../../constructs/policy/rules")).filter((f) => f !== "index.ts");
    expect(files.sort()).toEqual(ALL_RULES.map((r) => `${r.id}-${r.name}.ts`).sort());
  });
});

describe("how a violation fails synth", () => {
  test("fails with every violation of every stack, sorted by construct path, before writing any stack", () => {
    const app = newApp();
    const b = newStack(app, "b");
    compliantStack(b);
    new Instance(b, "imds", { ami: "a", instanceType: "t3.micro", rootBlockDevice: { encrypted: true }, tags: TAGS });
    const a = newStack(app, "a");
    compliantStack(a);
    openSecurityGroup(a, "open");
    const r = synth(app);
    expect(r.findings).toEqual(["EI1 a/open", "EI8 b/imds"]);
    const lines = r.message.split("\n");
    expect(lines[0]).toBe("Policy check failed with 2 violations; fix each, or suppress(construct, ruleId, reason) it with a written reason:");
    expect(lines[1]).toMatch(/^ {2}EI1 open-ingress at a\/open: ingress\[0\]\.cidr_blocks contains "0\.0\.0\.0\/0"/);
    expect(lines[2]).toMatch(/^ {2}EI8 imdsv1 at b\/imds: metadata_options\.http_tokens is not set/);
    expect(filesIn(r.outdir)).toEqual([]);
  });

  test("reports two violations of one resource and of two rules", () => {
    const r = synth(
      (() => {
        const app = newApp();
        const s = newStack(app);
        new Instance(s, "vm", { ami: "a", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } });
        return app;
      })(),
      { rules: [EI1, EI8, ...ALL_RULES.filter((x) => x.id === "EI2")] },
    );
    expect(r.findings).toEqual(["EI2 s/vm", "EI8 s/vm"]);
  });

  test("turns findings into error annotations on the offending construct", () => {
    const app = newApp();
    const sg = openSecurityGroup(newStack(app));
    synth(app, { rules: [EI1] });
    expect(errorsOn(sg)).toEqual([expect.stringMatching(/^EI1 open-ingress at s\/sg: ingress\[0\]\.cidr_blocks contains/)]);
  });

  test("with failFast false, cdktf's own error-annotation check fails synth of that stack", () => {
    const app = newApp();
    openSecurityGroup(newStack(app));
    applyPolicy(app, { rules: [EI1], failFast: false });
    expect(() => app.synth()).toThrow(/Encountered Annotations with level "ERROR":\n\[s\/sg\] EI1 open-ingress at s\/sg: /);
  });

  test("cdktf 0.21 never runs an aspect added to the App alone, hence applyPolicy", () => {
    const app = newApp();
    openSecurityGroup(newStack(app));
    Aspects.of(app).add(new PolicyAspect({ rules: [EI1] }));
    expect(() => app.synth()).not.toThrow();
  });

  test("a stack created after applyPolicy fails synth instead of going unchecked", () => {
    const app = newApp();
    newStack(app, "early");
    applyPolicy(app, { rules: [EI1] });
    newStack(app, "late");
    expect(() => app.synth()).toThrow(/policy: stack late was created after applyPolicy\(app\) and was not checked/);
  });

  test("checks resources added with stack.addOverride, attributing them to the stack", () => {
    const app = newApp();
    const s = newStack(app);
    s.addOverride("resource.aws_security_group.sneaky", { ingress: [{ from_port: 0, to_port: 0, protocol: "-1", cidr_blocks: ["0.0.0.0/0"] }] });
    const r = synth(app, { rules: [EI1] });
    expect(r.findings).toEqual(["EI1 s"]);
    expect(r.message).toMatch(/EI1 open-ingress at s: resource aws_security_group\.sneaky: ingress\[0\]\.cidr_blocks/);
  });

  test("judges overrides applied to a construct, not just its props", () => {
    const app = newApp();
    const s = newStack(app);
    new SecurityGroup(s, "sg", {}).addOverride("ingress", [{ from_port: 443, to_port: 443, protocol: "tcp", cidr_blocks: ["::/0"] }]);
    expect(synth(app, { rules: [EI1] }).findings).toEqual(["EI1 s/sg"]);
  });

  test("rejects a rule pack with a duplicate id", () => {
    expect(() => new PolicyAspect({ rules: [EI1, EI1] })).toThrow(/rule ids must be unique, got \["EI1"\] twice/);
  });
});

describe("assertCompliant and evaluatePolicy", () => {
  test("assertCompliant throws the same error without synthesizing", () => {
    const app = newApp();
    openSecurityGroup(newStack(app));
    expect(() => assertCompliant(app, [EI1])).toThrow(PolicyViolationError);
    expect(() => assertCompliant(app, [EI1])).toThrow(/EI1 open-ingress at s\/sg/);
    expect(filesIn(app.outdir)).toEqual([]);
  });

  test("assertCompliant returns the report of a compliant app", () => {
    const app = newApp();
    compliantStack(newStack(app));
    expect(assertCompliant(app).findings).toEqual([]);
  });

  test("evaluatePolicy is deterministic and sorted by path", () => {
    const app = newApp();
    const s = newStack(app);
    openSecurityGroup(s, "zeta");
    openSecurityGroup(s, "alpha");
    openSecurityGroup(s, "mid");
    const paths = () => evaluatePolicy(app, [EI1]).findings.map((f) => f.path);
    expect(paths()).toEqual(["s/alpha", "s/mid", "s/zeta"]);
    expect(paths()).toEqual(paths());
  });
});
