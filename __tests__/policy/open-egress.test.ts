import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { Firewall } from "../../.gen/providers/linode/firewall";
import { EI14, evaluatePolicy } from "../../constructs/policy";
import { VpsNode, type VpsNodeProps } from "../../constructs/vps-node";
import { stack } from "../constructs/helpers";
import { synthStack } from "./fixtures";

const linode: VpsNodeProps = {
  name: "app-1",
  namePrefix: "acme-production",
  provider: "linode",
  region: "jp-tyo-3",
  size: "g6-standard-1",
  boot: { method: "nixos-infect", image: "linode/debian12", channel: "nixos-25.05" },
  sshKeys: ["ssh-ed25519 AAAAkey ops@acme"],
  tags: ["project:acme", "env:production"],
  services: [],
  privateNetwork: { subnetId: 1, cidr: "10.0.0.0/24" },
};
const aws: VpsNodeProps = {
  ...linode,
  provider: "aws",
  region: "ap-northeast-1",
  size: "t3.small",
  boot: { method: "image", image: "ami-0123", channel: "nixos-25.05" },
  privateNetwork: undefined,
};

describe("EI14 open-egress", () => {
  test("fails a Linode firewall that accepts all outbound, and an all-ports ACCEPT rule to the internet", () => {
    const { findings, message } = synthStack(
      (s) => {
        new Firewall(s, "open", { label: "open", inboundPolicy: "DROP", outboundPolicy: "ACCEPT" });
        new Firewall(s, "all-ports", {
          label: "all",
          inboundPolicy: "DROP",
          outboundPolicy: "DROP",
          outbound: [{ label: "any", action: "ACCEPT", protocol: "TCP", ipv4: ["0.0.0.0/0"] }],
        });
      },
      { rules: [EI14] },
    );
    expect(findings).toEqual([expect.stringMatching(/^EI14 .*all-ports/), expect.stringMatching(/^EI14 .*open/)]);
    expect(message).toContain('outbound_policy is "ACCEPT"');
  });

  test("fails an AWS egress rule of every protocol to 0.0.0.0/0, passes one port", () => {
    const { findings } = synthStack(
      (s) => {
        new VpcSecurityGroupEgressRule(s, "all", { securityGroupId: "sg-1", cidrIpv4: "0.0.0.0/0", ipProtocol: "-1" });
        new VpcSecurityGroupEgressRule(s, "https", { securityGroupId: "sg-1", cidrIpv4: "0.0.0.0/0", ipProtocol: "tcp", fromPort: 443, toPort: 443 });
      },
      { rules: [EI14] },
    );
    expect(findings).toEqual([expect.stringMatching(/^EI14 .*\/all$/)]);
  });

  test.each([
    ["linode", linode],
    ["aws", aws],
  ])("a narrow %s node passes: only the tunnel, HTTPS, DNS, NTP and private Postgres go out", (_name, props) => {
    const scope = stack();
    new VpsNode(scope, "vps", { ...props, egress: { mode: "narrow" } });
    const report = evaluatePolicy(scope, [EI14]);
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toEqual([]);
  });

  test.each([
    ["linode", linode],
    ["aws", aws],
  ])("an open %s node is a finding unless its reason suppresses it", (_name, props) => {
    const scope = stack();
    new VpsNode(scope, "vps", { ...props, egress: { mode: "open", reason: "the build node downloads from arbitrary mirrors" } });
    const report = evaluatePolicy(scope, [EI14]);
    expect(report.findings).toEqual([]);
    expect(report.suppressed.map((f) => f.reason)).toEqual([expect.stringContaining("arbitrary mirrors")]);
    expect(() => new VpsNode(stack(), "vps", { ...props, egress: { mode: "open", reason: "" } })).toThrow(/egress\.reason: open egress needs a reason/);
  });
});
