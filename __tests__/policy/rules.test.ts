import { DbInstance, type DbInstanceConfig } from "@cdktf/provider-aws/lib/db-instance";
import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { Instance, type InstanceConfig } from "@cdktf/provider-aws/lib/instance";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { DnsRecord, type DnsRecordConfig } from "@cdktf/provider-cloudflare/lib/dns-record";
import { R2CustomDomain } from "@cdktf/provider-cloudflare/lib/r2-custom-domain";
import { R2ManagedDomain } from "@cdktf/provider-cloudflare/lib/r2-managed-domain";
import { ZeroTrustTunnelCloudflared } from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared";
import {
  ZeroTrustTunnelCloudflaredConfigA,
  type ZeroTrustTunnelCloudflaredConfigConfigIngress,
} from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared-config";
import { Password } from "@cdktf/provider-random/lib/password";
import { type TerraformStack, TerraformVariable } from "cdktf";
import { EI1, EI2, EI3, EI4, EI5, EI6, EI7, EI8, EI9, EI10, EI11, EI12, type Rule } from "../../constructs/policy";
import { type PolicyTestStack, rawResource, synthStack } from "./fixtures";

/** Synthesizes one stack checked by `rule` alone and returns `<rule id> <path>` per finding. */
function check(rule: Rule, build: (stack: PolicyTestStack) => void): { findings: string[]; message: string } {
  return synthStack(build, { rules: [rule] });
}

const TAGS = { project: "demo", environment: "prod" };

/** An EC2 instance that every rule accepts; tests change one thing. */
function instance(stack: TerraformStack, id: string, overrides: Partial<InstanceConfig> = {}): Instance {
  return new Instance(stack, id, {
    ami: "ami-123",
    instanceType: "t3.micro",
    rootBlockDevice: { encrypted: true },
    metadataOptions: { httpTokens: "required" },
    vpcSecurityGroupIds: ["sg-123"],
    tags: TAGS,
    ...overrides,
  });
}

/** An RDS instance that every rule accepts; tests change one thing. */
function database(stack: TerraformStack, id: string, overrides: Partial<DbInstanceConfig> = {}): DbInstance {
  return new DbInstance(stack, id, {
    instanceClass: "db.t4g.micro",
    engine: "postgres",
    storageEncrypted: true,
    deletionProtection: true,
    publiclyAccessible: false,
    password: new Password(stack, `${id}-password`, { length: 32 }).result,
    lifecycle: { preventDestroy: true },
    tags: TAGS,
    ...overrides,
  });
}

function tunnel(stack: TerraformStack): ZeroTrustTunnelCloudflared {
  return new ZeroTrustTunnelCloudflared(stack, "tunnel", { accountId: "acc", name: "node-1", configSrc: "cloudflare" });
}

function tunnelConfig(stack: TerraformStack, ingress: ZeroTrustTunnelCloudflaredConfigConfigIngress[]): void {
  new ZeroTrustTunnelCloudflaredConfigA(stack, "tunnel-config", { accountId: "acc", tunnelId: tunnel(stack).id, config: { ingress } });
}

function dns(stack: TerraformStack, overrides: Partial<DnsRecordConfig>): void {
  new DnsRecord(stack, "record", { zoneId: "zone", name: "api.example.com", type: "CNAME", ttl: 1, content: "x", proxied: true, ...overrides });
}

describe("EI1 open-ingress", () => {
  test("fails when a security group opens SSH to 0.0.0.0/0", () => {
    const r = check(EI1, (s) => {
      new SecurityGroup(s, "sg", { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }] });
    });
    expect(r.findings).toEqual(["EI1 s/sg"]);
    expect(r.message).toMatch(/ingress\[0\]\.cidr_blocks contains "0\.0\.0\.0\/0" \("tcp" ports 22\)/);
  });

  test("fails on ::/0 in an ingress rule resource and a VPC ingress rule", () => {
    const r = check(EI1, (s) => {
      new SecurityGroupRule(s, "rule", { type: "ingress", securityGroupId: "sg-1", fromPort: 0, toPort: 65535, protocol: "-1", ipv6CidrBlocks: ["::/0"] });
      new VpcSecurityGroupIngressRule(s, "vpc-rule", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" });
    });
    expect(r.findings).toEqual(["EI1 s/rule", "EI1 s/vpc-rule"]);
    expect(r.message).toMatch(/ipv6_cidr_blocks contains "::\/0"/);
    expect(r.message).toMatch(/cidr_ipv4 contains "0\.0\.0\.0\/0"/);
  });

  test("fails when a Linode firewall accepts by default or from the internet", () => {
    const r = check(EI1, (s) => {
      rawResource(s, "fw", "linode_firewall", {
        label: "node",
        inbound_policy: "ACCEPT",
        outbound_policy: "ACCEPT",
        inbound: [{ label: "http", action: "ACCEPT", protocol: "TCP", ports: "80", ipv4: ["0.0.0.0/0"] }],
      });
    });
    expect(r.findings).toEqual(["EI1 s/fw"]);
    expect(r.message).toMatch(/inbound_policy is "ACCEPT"; set it to "DROP"/);
    expect(r.message).toMatch(/inbound\[0\]\.ipv4 contains "0\.0\.0\.0\/0"/);
  });

  test("passes SSH from an admin CIDR, egress to anywhere, and a DROP firewall", () => {
    const r = check(EI1, (s) => {
      new SecurityGroup(s, "sg", {
        ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["198.51.100.7/32"] }],
        egress: [{ fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"] }],
      });
      new SecurityGroupRule(s, "egress", { type: "egress", securityGroupId: "sg-1", fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"] });
      rawResource(s, "fw", "linode_firewall", {
        label: "node",
        inbound_policy: "DROP",
        outbound_policy: "ACCEPT",
        inbound: [{ label: "ssh", action: "ACCEPT", protocol: "TCP", ports: "22", ipv4: ["198.51.100.7/32"] }],
      });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI2 unencrypted-storage", () => {
  test("fails on an unencrypted root disk, EBS volume, RDS storage and Linode volume", () => {
    const r = check(EI2, (s) => {
      instance(s, "vm", { rootBlockDevice: { volumeSize: 20 } });
      new EbsVolume(s, "ebs", { availabilityZone: "eu-central-1a", size: 10, encrypted: false });
      database(s, "db", { storageEncrypted: false });
      rawResource(s, "vol", "linode_volume", { label: "data", region: "eu-central", size: 10 });
    });
    expect(r.findings).toEqual(["EI2 s/db", "EI2 s/ebs", "EI2 s/vm", "EI2 s/vol"]);
    expect(r.message).toMatch(/s\/vm: root_block_device\.encrypted is not set/);
    expect(r.message).toMatch(/s\/ebs: encrypted is false; set encrypted = true/);
    expect(r.message).toMatch(/s\/db: storage_encrypted is false/);
    expect(r.message).toMatch(/s\/vol: encryption is not set; set encryption = "enabled"/);
  });

  test("fails on a Linode instance with disk encryption disabled", () => {
    const r = check(EI2, (s) => {
      rawResource(s, "linode", "linode_instance", { label: "n", region: "eu-central", type: "g6-nanode-1", disk_encryption: "disabled" });
    });
    expect(r.findings).toEqual(["EI2 s/linode"]);
  });

  test("passes encrypted storage everywhere", () => {
    const r = check(EI2, (s) => {
      instance(s, "vm");
      new EbsVolume(s, "ebs", { availabilityZone: "eu-central-1a", size: 10, encrypted: true });
      database(s, "db");
      rawResource(s, "vol", "linode_volume", { label: "data", region: "eu-central", size: 10, encryption: "enabled" });
      rawResource(s, "linode", "linode_instance", { label: "n", region: "eu-central", type: "g6-nanode-1", disk_encryption: "enabled" });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI3 public-bucket", () => {
  test("fails on an enabled r2.dev domain and on a custom domain", () => {
    const r = check(EI3, (s) => {
      new R2ManagedDomain(s, "public-url", { accountId: "acc", bucketName: "logs", enabled: true });
      new R2CustomDomain(s, "cdn", { accountId: "acc", bucketName: "logs", domain: "logs.example.com", zoneId: "zone", enabled: true });
    });
    expect(r.findings).toEqual(["EI3 s/cdn", "EI3 s/public-url"]);
    expect(r.message).toMatch(/enabled is true: bucket "logs" would be public at its r2\.dev URL/);
    expect(r.message).toMatch(/domain "logs\.example\.com" serves bucket "logs"/);
  });

  test("passes an r2.dev domain that is explicitly disabled", () => {
    const r = check(EI3, (s) => {
      new R2ManagedDomain(s, "public-url", { accountId: "acc", bucketName: "logs", enabled: false });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI4 unprotected-data", () => {
  test("fails on volumes and databases without prevent_destroy, and RDS without deletion protection", () => {
    const r = check(EI4, (s) => {
      new EbsVolume(s, "ebs", { availabilityZone: "eu-central-1a", size: 10, encrypted: true });
      database(s, "db", { lifecycle: {}, deletionProtection: false, skipFinalSnapshot: true });
      rawResource(s, "vol", "linode_volume", { label: "data", region: "eu-central" });
      rawResource(s, "pg", "linode_database_postgresql_v2", { label: "pg", engine_id: "postgresql/16", region: "eu-central", type: "g6-nanode-1" });
    });
    expect(r.findings).toEqual(["EI4 s/db", "EI4 s/ebs", "EI4 s/pg", "EI4 s/vol"]);
    expect(r.message).toMatch(
      /s\/db: lifecycle\.prevent_destroy is not set; set lifecycle = \{ preventDestroy: true \}; deletion_protection is false; .*skip_final_snapshot is true/,
    );
  });

  test("passes when every volume and database has prevent_destroy", () => {
    const r = check(EI4, (s) => {
      new EbsVolume(s, "ebs", { availabilityZone: "eu-central-1a", size: 10, lifecycle: { preventDestroy: true } });
      database(s, "db");
      rawResource(s, "vol", "linode_volume", { label: "data", region: "eu-central", lifecycle: { prevent_destroy: true } });
      rawResource(s, "pg", "linode_database_postgresql_v2", { label: "pg", lifecycle: { prevent_destroy: true } });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI5 literal-secret", () => {
  test("fails on a literal tunnel secret, root_pass, nested password and provider api_token, without printing them", () => {
    const r = check(EI5, (s) => {
      s.cloudflare.apiToken = "cf-token-in-git";
      new ZeroTrustTunnelCloudflared(s, "tunnel", { accountId: "acc", name: "n", tunnelSecret: "c2VjcmV0LXNlY3JldC1zZWNyZXQ=" });
      rawResource(s, "linode", "linode_instance", { label: "n", root_pass: "hunter2hunter2" });
      rawResource(s, "pg", "linode_database_postgresql_v2", { label: "pg", engine_config: { admin_password: "p4ssw0rd!" } });
    });
    expect(r.findings).toEqual(["EI5 s/cloudflare", "EI5 s/linode", "EI5 s/pg", "EI5 s/tunnel"]);
    expect(r.message).toMatch(/s\/tunnel: tunnel_secret is a literal string \(28 characters, not shown\)/);
    expect(r.message).toMatch(/s\/linode: root_pass is a literal string/);
    expect(r.message).toMatch(/s\/pg: engine_config\.admin_password is a literal string/);
    expect(r.message).toMatch(/s\/cloudflare: api_token is a literal string/);
    expect(r.message).not.toMatch(/hunter2|p4ssw0rd|cf-token-in-git|c2VjcmV0/);
  });

  test("passes references, variables, and look-alike attributes that hold no secret", () => {
    const r = check(EI5, (s) => {
      const secret = new Password(s, "secret", { length: 32 });
      const token = new TerraformVariable(s, "cloudflare-token", { type: "string", sensitive: true });
      s.cloudflare.apiToken = token.stringValue;
      new ZeroTrustTunnelCloudflared(s, "tunnel", { accountId: "acc", name: "n", tunnelSecret: secret.result });
      rawResource(s, "linode", "linode_instance", { label: "n", root_pass: "${random_password.secret.result}" });
      instance(s, "vm"); // metadata_options.http_tokens = "required" is not a token
      rawResource(s, "key", "aws_iam_access_key", { user: "ci", secret_version: "2", password_length: 20 });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI6 unpinned-provider", () => {
  test("fails on a version range, a missing version and a provider used without required_providers", () => {
    const r = check(EI6, (s) => {
      s.addOverride("terraform.required_providers.cloudflare.version", "~> 5.0");
      s.addOverride("terraform.required_providers.linode.version", undefined);
      rawResource(s, "hc", "hcloud_server", { name: "x" });
    });
    expect(r.findings).toEqual(["EI6 s"]);
    expect(r.message).toMatch(/terraform\.required_providers\.cloudflare\.version is "~> 5\.0"; pin an exact version/);
    expect(r.message).toMatch(/terraform\.required_providers\.linode\.version is not set/);
    expect(r.message).toMatch(/provider "hcloud" is used but has no terraform\.required_providers entry/);
  });

  test("passes the exact versions the bindings and stacks/providers.ts pin", () => {
    const r = check(EI6, (s) => {
      s.addOverride("terraform.required_providers.aws.version", "= 6.25.0");
      rawResource(s, "fw", "linode_firewall", { label: "x" });
      rawResource(s, "data", "terraform_data", { input: "x" });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI7 missing-tags", () => {
  test("fails on untagged AWS resources without default_tags and Linode resources without project:/env: tags", () => {
    const r = check(EI7, (s) => {
      instance(s, "vm", { tags: { Name: "vm" } });
      new EbsVolume(s, "ebs", { availabilityZone: "eu-central-1a", size: 10 });
      rawResource(s, "linode", "linode_instance", { label: "n", tags: ["project:demo"] });
      rawResource(s, "vol", "linode_volume", { label: "v" });
    });
    expect(r.findings).toEqual(["EI7 s/ebs", "EI7 s/linode", "EI7 s/vm", "EI7 s/vol"]);
    expect(r.message).toMatch(/s\/vm: tags is \{"Name":"vm"\} and the aws provider's default_tags lack "project" and "environment"/);
    expect(r.message).toMatch(/s\/linode: tags is \["project:demo"\], missing a "env:<name>" tag/);
  });

  test("passes AWS resources covered by the provider's default_tags and tagged Linode resources", () => {
    const r = check(EI7, (s) => {
      s.aws.defaultTags = [{ tags: TAGS }];
      instance(s, "vm", { tags: undefined });
      new EbsVolume(s, "ebs", { availabilityZone: "eu-central-1a", size: 10 });
      rawResource(s, "linode", "linode_instance", { label: "n", tags: ["project:demo", "team:a", "env:prod"] });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI8 imdsv1", () => {
  test("fails when http_tokens is optional or metadata_options is missing", () => {
    const r = check(EI8, (s) => {
      instance(s, "optional", { metadataOptions: { httpTokens: "optional" } });
      instance(s, "default", { metadataOptions: undefined });
    });
    expect(r.findings).toEqual(["EI8 s/default", "EI8 s/optional"]);
    expect(r.message).toMatch(/s\/optional: metadata_options\.http_tokens is "optional"; set metadata_options = \{ httpTokens: "required" \}/);
  });

  test("passes http_tokens = required", () => {
    expect(check(EI8, (s) => void instance(s, "vm")).findings).toEqual([]);
  });
});

describe("EI9 tunnel-catch-all", () => {
  test("fails when the last rule has a hostname", () => {
    const r = check(EI9, (s) => tunnelConfig(s, [{ hostname: "api.example.com", service: "http://localhost:8080" }]));
    expect(r.findings).toEqual(["EI9 s/tunnel-config"]);
    expect(r.message).toMatch(/config\.ingress\[0\] is not a catch-all \(hostname "api\.example\.com"/);
  });

  test("fails when a catch-all comes before the last rule or forwards to an origin", () => {
    const r = check(EI9, (s) =>
      tunnelConfig(s, [
        { service: "http://localhost:8080" },
        { hostname: "api.example.com", service: "http://localhost:8080" },
        { service: "http://localhost:80" },
      ]),
    );
    expect(r.findings).toEqual(["EI9 s/tunnel-config"]);
    expect(r.message).toMatch(/config\.ingress\[0\] \(service "http:\/\/localhost:8080"\) has no hostname and matches every request/);
    expect(r.message).toMatch(/config\.ingress\[2\]\.service is "http:\/\/localhost:80", so unknown hostnames reach an origin/);
  });

  test("passes hostname rules ending in a hostname-less http_status:404", () => {
    const r = check(EI9, (s) =>
      tunnelConfig(s, [
        { hostname: "api.example.com", service: "http://localhost:8080" },
        { hostname: "api.example.com", path: "/admin", service: "http_status:403" },
        { service: "http_status:404" },
      ]),
    );
    expect(r.findings).toEqual([]);
  });
});

describe("EI10 origin-without-tunnel", () => {
  test("fails on an A record at a node's address", () => {
    const r = check(EI10, (s) => dns(s, { type: "A", content: "203.0.113.10", proxied: true }));
    expect(r.findings).toEqual(["EI10 s/record"]);
    expect(r.message).toMatch(/type "A" record "api\.example\.com" -> "203\.0\.113\.10" \(proxied true\) exposes a node directly/);
  });

  test("fails on a CNAME to something other than a tunnel", () => {
    const r = check(EI10, (s) => dns(s, { type: "CNAME", content: "node-1.example.net" }));
    expect(r.findings).toEqual(["EI10 s/record"]);
    expect(r.message).toMatch(/CNAME "api\.example\.com" -> "node-1\.example\.net" does not point at a tunnel/);
  });

  test("passes a CNAME to the tunnel, a proxied originless AAAA for a Worker, and an MX record", () => {
    const r = check(EI10, (s) => {
      dns(s, { type: "CNAME", content: `${tunnel(s).id}.cfargotunnel.com` });
      new DnsRecord(s, "worker", { zoneId: "zone", name: "edge.example.com", type: "AAAA", content: "100::", ttl: 1, proxied: true });
      new DnsRecord(s, "mx", { zoneId: "zone", name: "example.com", type: "MX", content: "mx.example.net", priority: 10, ttl: 300 });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI11 public-database", () => {
  test("fails on a publicly accessible RDS instance and a Linode database open to the internet", () => {
    const r = check(EI11, (s) => {
      database(s, "db", { publiclyAccessible: true });
      rawResource(s, "pg", "linode_database_postgresql_v2", { label: "pg", allow_list: ["203.0.113.7/32", "0.0.0.0/0"] });
    });
    expect(r.findings).toEqual(["EI11 s/db", "EI11 s/pg"]);
    expect(r.message).toMatch(/s\/db: publicly_accessible is true/);
    expect(r.message).toMatch(/s\/pg: allow_list contains "0\.0\.0\.0\/0"/);
  });

  test("passes a private RDS instance and an allow list of node addresses", () => {
    const r = check(EI11, (s) => {
      database(s, "db");
      rawResource(s, "pg", "linode_database_postgresql_v2", { label: "pg", allow_list: ["203.0.113.7/32"] });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI12 instance-without-firewall", () => {
  test("fails on a public EC2 instance without security groups and a Linode without a firewall", () => {
    const r = check(EI12, (s) => {
      instance(s, "vm", { associatePublicIpAddress: true, vpcSecurityGroupIds: [] });
      rawResource(s, "linode", "linode_instance", { label: "n" });
    });
    expect(r.findings).toEqual(["EI12 s/linode", "EI12 s/vm"]);
    expect(r.message).toMatch(/s\/vm: associate_public_ip_address is true and vpc_security_group_ids is empty/);
    expect(r.message).toMatch(/s\/linode: firewall_id is not set and no linode_firewall or linode_firewall_device in the stack attaches one/);
  });

  test("passes instances behind a security group, a firewall_id, or a firewall listing them", () => {
    const r = check(EI12, (s) => {
      instance(s, "vm", { associatePublicIpAddress: true });
      rawResource(s, "a", "linode_instance", { label: "a", firewall_id: 42 });
      const b = rawResource(s, "b", "linode_instance", { label: "b" });
      rawResource(s, "fw", "linode_firewall", { label: "fw", inbound_policy: "DROP", linodes: [`\${${b.terraformResourceType}.${b.friendlyUniqueId}.id}`] });
    });
    expect(r.findings).toEqual([]);
  });
});
