import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { DatabasePostgresqlV2 } from "../../.gen/providers/linode/database-postgresql-v2";
import { Firewall } from "../../.gen/providers/linode/firewall";
import { EI1, EI11, EI14, type Rule } from "../../constructs/policy";
import { type PolicyTestStack, synthStack } from "./fixtures";

/** Synthesizes one stack checked by `rule` alone and returns `<rule id> <path>` per finding. */
function check(rule: Rule, build: (stack: PolicyTestStack) => void): { findings: string[]; message: string } {
  return synthStack(build, { rules: [rule] });
}

const BYPASS = ["0.0.0.0/1", "128.0.0.0/1"];
const OFFICE = "203.0.113.16/28";
const ADMIN = "198.51.100.7/32";

function linodeFirewall(s: PolicyTestStack, id: string, rule: { ipv4?: string[]; ipv6?: string[] }): void {
  new Firewall(s, id, {
    label: id,
    inboundPolicy: "DROP",
    outboundPolicy: "DROP",
    inbound: [{ label: "ssh", action: "ACCEPT", protocol: "TCP", ports: "22", ...rule }],
  });
}

describe("the network rules judge by range, not by the text /0", () => {
  test("EI1 fails the bypass pair, ::/0 and 2000::/3 in every kind of ingress rule", () => {
    const r = check(EI1, (s) => {
      new SecurityGroup(s, "sg", { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: BYPASS }] });
      new SecurityGroupRule(s, "rule", { type: "ingress", securityGroupId: "sg-1", fromPort: 22, toPort: 22, protocol: "tcp", ipv6CidrBlocks: ["2000::/3"] });
      new VpcSecurityGroupIngressRule(s, "half", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "128.0.0.0/1" });
      new VpcSecurityGroupIngressRule(s, "v6", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "::/0" });
      linodeFirewall(s, "fw", { ipv4: BYPASS, ipv6: ["2000::/3"] });
    });
    expect(r.findings).toEqual(["EI1 s/fw", "EI1 s/half", "EI1 s/rule", "EI1 s/sg", "EI1 s/v6"]);
    expect(r.message).toMatch(/s\/sg: ingress\[0\]\.cidr_blocks contains "0\.0\.0\.0\/1", "128\.0\.0\.0\/1"/);
    expect(r.message).toMatch(/s\/fw: inbound\[0\]\.ipv4 contains "0\.0\.0\.0\/1", "128\.0\.0\.0\/1"[\s\S]*inbound\[0\]\.ipv6 contains "2000::\/3"/);
    expect(r.message).toMatch(/s\/v6: cidr_ipv6 contains "::\/0"/);
  });

  test("EI1 passes an office /28, an admin /32, the private network and a ULA", () => {
    const r = check(EI1, (s) => {
      new SecurityGroup(s, "sg", { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: [OFFICE, ADMIN] }] });
      new VpcSecurityGroupIngressRule(s, "office", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: OFFICE });
      linodeFirewall(s, "fw", { ipv4: [OFFICE, ADMIN, "10.0.0.0/8"], ipv6: ["fd00::/8", "2001:db8:1::/48"] });
    });
    expect(r.findings).toEqual([]);
  });

  test("EI11 fails a database allow list with the bypass pair or 2000::/3, passes an office and a node", () => {
    const r = check(EI11, (s) => {
      new DatabasePostgresqlV2(s, "halves", { label: "a", engineId: "postgresql/17", region: "jp-tyo-3", type: "g6-nanode-1", allowList: BYPASS });
      new DatabasePostgresqlV2(s, "v6", { label: "b", engineId: "postgresql/17", region: "jp-tyo-3", type: "g6-nanode-1", allowList: ["2000::/3"] });
      new DatabasePostgresqlV2(s, "office", { label: "c", engineId: "postgresql/17", region: "jp-tyo-3", type: "g6-nanode-1", allowList: [OFFICE, ADMIN] });
    });
    expect(r.findings).toEqual(["EI11 s/halves", "EI11 s/v6"]);
    expect(r.message).toMatch(/s\/halves: allow_list contains "0\.0\.0\.0\/1", "128\.0\.0\.0\/1" and there is no private_network/);
  });

  test("EI14 fails every port out to the bypass pair, and still passes per-port egress to anywhere", () => {
    const r = check(EI14, (s) => {
      new Firewall(s, "halves", {
        label: "h",
        inboundPolicy: "DROP",
        outboundPolicy: "DROP",
        outbound: [{ label: "any", action: "ACCEPT", protocol: "TCP", ipv4: BYPASS }],
      });
      new VpcSecurityGroupEgressRule(s, "all-v6", { securityGroupId: "sg-1", ipProtocol: "-1", cidrIpv6: "2000::/3" });
      new Firewall(s, "narrow", {
        label: "n",
        inboundPolicy: "DROP",
        outboundPolicy: "DROP",
        outbound: [{ label: "https", action: "ACCEPT", protocol: "TCP", ports: "443", ipv4: ["0.0.0.0/0"], ipv6: ["::/0"] }],
      });
      new VpcSecurityGroupEgressRule(s, "https", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" });
    });
    expect(r.findings).toEqual(["EI14 s/all-v6", "EI14 s/halves"]);
    expect(r.message).toMatch(/s\/halves: outbound\[0\] accepts "TCP" on every port to "0\.0\.0\.0\/1", "128\.0\.0\.0\/1"/);
  });
});
