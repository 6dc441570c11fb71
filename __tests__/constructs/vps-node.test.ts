import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { NIXOS_INFECT_URL } from "../../constructs/nixos-boot";
import { isPrivateCidr, VpsNode, VpsNodeProps } from "../../constructs/vps-node";
import { ofType, stack, synth } from "./helpers";

const props: VpsNodeProps = {
  name: "db-1",
  namePrefix: "acme-staging",
  provider: "aws",
  region: "ap-northeast-1",
  size: "t3.small",
  boot: { method: "image", image: "ami-0123456789abcdef0", channel: "nixos-25.05" },
  sshKeys: ["ssh-ed25519 AAAAkey ops@acme"],
  tags: ["project:acme", "env:staging"],
  services: [],
};

describe("VpsNode on AWS", () => {
  const { json, resources } = synth((scope) => new VpsNode(scope, "vps", { ...props, dataVolumeGb: 50, reservedIpv4: true }));

  test("requires IMDSv2 and encrypts the root volume", () => {
    expect(json).toHaveResourceWithProperties(Instance, {
      ami: "ami-0123456789abcdef0",
      instance_type: "t3.small",
      metadata_options: { http_tokens: "required", http_endpoint: "enabled", http_put_response_hop_limit: 1 },
      root_block_device: expect.objectContaining({ encrypted: true }),
    });
  });

  test("has a security group with no inbound rule at all by default", () => {
    expect(json).toHaveResourceWithProperties(SecurityGroup, { name: "acme-staging-db-1" });
    expect(ofType(resources, "aws_vpc_security_group_ingress_rule")).toHaveLength(0);
    expect(ofType(resources, "aws_security_group")[0]).not.toHaveProperty("ingress");
    expect(ofType(resources, "aws_vpc_security_group_egress_rule")).toEqual([expect.objectContaining({ cidr_ipv4: "0.0.0.0/0", ip_protocol: "-1" })]);
  });

  test("gives a stateful node an encrypted data volume protected from destroy, and a reserved IPv4", () => {
    expect(json).toHaveResourceWithProperties(EbsVolume, { size: 50, encrypted: true, type: "gp3", lifecycle: { prevent_destroy: true } });
    expect(ofType(resources, "aws_volume_attachment")).toHaveLength(1);
    expect(ofType(resources, "aws_eip")).toHaveLength(1);
  });

  test("tags the instance with the node, its services and the given tags", () => {
    const { json: withServices } = synth((scope) => new VpsNode(scope, "vps", { ...props, services: ["api"] }));
    expect(withServices).toHaveResourceWithProperties(Instance, { tags: { Name: "acme-staging-db-1", project: "acme", env: "staging", node: "db-1", service: "api" } });
  });

  test("opens SSH only to the listed admin networks", () => {
    const { resources: ssh } = synth((scope) => new VpsNode(scope, "vps", { ...props, sshFrom: ["203.0.113.0/24"] }));
    expect(ofType(ssh, "aws_vpc_security_group_ingress_rule")).toEqual([
      expect.objectContaining({ cidr_ipv4: "203.0.113.0/24", from_port: 22, to_port: 22, ip_protocol: "tcp" }),
    ]);
  });

  test("opens a private port to the private network only", () => {
    const { json: pg } = synth((scope) => new VpsNode(scope, "vps", { ...props, privatePorts: [{ port: 5432, cidrs: ["172.31.0.0/16"] }] }));
    expect(pg).toHaveResourceWithProperties(VpcSecurityGroupIngressRule, { cidr_ipv4: "172.31.0.0/16", from_port: 5432, to_port: 5432 });
  });

  test("boots a stock image through nixos-infect pinned to a commit, with the admin keys", () => {
    const node = new VpsNode(stack(), "vps", { ...props, boot: { method: "nixos-infect", image: "ami-0debian12000000000", channel: "nixos-25.05" } });
    expect(node.userData).toContain(`curl -fsSL ${NIXOS_INFECT_URL} | NIX_CHANNEL=nixos-25.05 bash -x`);
    expect(NIXOS_INFECT_URL).toMatch(/\/[0-9a-f]{40}\/nixos-infect$/);
    expect(node.userData).toContain("ssh-ed25519 AAAAkey ops@acme");
  });

  test("refuses SSH from 0.0.0.0/0", () => {
    expect(() => new VpsNode(stack(), "vps", { ...props, sshFrom: ["0.0.0.0/0"] })).toThrow(/sshFrom\[0\]: 0\.0\.0\.0\/0 would open SSH to the whole internet/);
  });

  test("refuses a private port open to a public network", () => {
    expect(() => new VpsNode(stack(), "vps", { ...props, privatePorts: [{ port: 5432, cidrs: ["8.8.8.0/24"] }] })).toThrow(/privatePorts\[0\]\.cidrs\[0\]: must be a private \(RFC 1918\) network/);
  });

  test("refuses SSH without a key, a tiny data volume and a non-AMI image, reporting all", () => {
    expect(() => new VpsNode(stack(), "vps", { ...props, sshKeys: [], sshFrom: ["203.0.113.0/24"], dataVolumeGb: 5, boot: { ...props.boot, image: "debian" } })).toThrow(
      /dataVolumeGb: must be a whole number of GB >= 10, got 5[\s\S]*sshKeys: SSH is opened to admins but no key is authorized[\s\S]*boot\.image: an EC2 node boots an AMI id/,
    );
  });

  test("refuses the Linode backend while its binding cannot be generated", () => {
    expect(() => new VpsNode(stack(), "vps", { ...props, provider: "linode" })).toThrow(/provider: "linode" is not available yet/);
  });

  test("recognises private networks", () => {
    expect(["10.0.0.0/8", "172.31.0.0/16", "192.168.1.0/24"].every(isPrivateCidr)).toBe(true);
    expect(["172.15.0.0/16", "172.16.0.0/11", "8.8.8.8/32", "0.0.0.0/0"].some(isPrivateCidr)).toBe(false);
  });
});
