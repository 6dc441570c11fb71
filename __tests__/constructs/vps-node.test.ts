import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { isPrivateCidr } from "../../constructs/networks";
import { NIXOS_INFECT_URL } from "../../constructs/nixos-boot";
import { AWS_TAG_VALUE_MAX, awsTags, VpsNode, type VpsNodeProps } from "../../constructs/vps-node";
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

  test("has a security group with no inbound rule at all by default, and only the egress a tunnel host needs", () => {
    expect(json).toHaveResourceWithProperties(SecurityGroup, { name: "acme-staging-db-1" });
    expect(ofType(resources, "aws_vpc_security_group_ingress_rule")).toHaveLength(0);
    expect(ofType(resources, "aws_security_group")[0]).not.toHaveProperty("ingress");
    const egress = ofType(resources, "aws_vpc_security_group_egress_rule").map((r) => `${r.ip_protocol}/${r.from_port} ${r.cidr_ipv4}`);
    expect(egress.sort()).toEqual([
      "tcp/443 0.0.0.0/0",
      "tcp/53 0.0.0.0/0",
      "tcp/5432 172.31.0.0/16",
      "tcp/7844 0.0.0.0/0",
      "udp/123 0.0.0.0/0",
      "udp/53 0.0.0.0/0",
      "udp/7844 0.0.0.0/0",
    ]);
  });

  test("open egress, when asked with a reason, is one rule of every protocol", () => {
    const { resources: open } = synth((scope) => new VpsNode(scope, "vps", { ...props, egress: { mode: "open", reason: "a staging node, not production" } }));
    expect(ofType(open, "aws_vpc_security_group_egress_rule")).toEqual([expect.objectContaining({ cidr_ipv4: "0.0.0.0/0", ip_protocol: "-1" })]);
  });

  test("gives a stateful node an encrypted data volume protected from destroy, and a reserved IPv4", () => {
    expect(json).toHaveResourceWithProperties(EbsVolume, { size: 50, encrypted: true, type: "gp3", lifecycle: { prevent_destroy: true } });
    expect(ofType(resources, "aws_volume_attachment")).toHaveLength(1);
    expect(ofType(resources, "aws_eip")).toHaveLength(1);
  });

  test("tags the instance with the node, its services and the given tags", () => {
    const { json: withServices } = synth((scope) => new VpsNode(scope, "vps", { ...props, services: ["api"] }));
    expect(withServices).toHaveResourceWithProperties(Instance, {
      tags: { Name: "acme-staging-db-1", project: "acme", env: "staging", node: "db-1", service: "api" },
    });
  });

  test("a node with several services keeps every one in its service tag, on every resource", () => {
    const { resources: several } = synth((scope) => new VpsNode(scope, "vps", { ...props, dataVolumeGb: 20, services: ["api", "web", "worker"] }));
    for (const type of ["aws_instance", "aws_security_group", "aws_ebs_volume", "aws_key_pair"]) {
      expect(ofType(several, type)[0].tags).toMatchObject({ node: "db-1", service: "api+web+worker" });
    }
  });

  test("awsTags joins a repeated key's values within AWS's limits, never dropping or cutting one", () => {
    expect(awsTags(["project:acme", "role:app", "role:postgres", "role:app", "backup"])).toEqual({ project: "acme", role: "app+postgres", backup: "true" });
    const many = Array.from({ length: 20 }, (_, i) => `service:service-number-${String(i).padStart(2, "0")}-abcdefgh`);
    const tags = awsTags(many);
    expect(Object.keys(tags)).toEqual(["service", "service-2", "service-3"]);
    expect(Object.values(tags).every((v) => v.length <= AWS_TAG_VALUE_MAX && /^[\p{L}\p{N} +\-=._:/@]*$/u.test(v))).toBe(true);
    expect(Object.values(tags).join("+").split("+")).toEqual(many.map((t) => t.slice("service:".length)));
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
    expect(() => new VpsNode(stack(), "vps", { ...props, sshFrom: ["0.0.0.0/0"] })).toThrow(
      /sshFrom\[0\]: 0\.0\.0\.0\/0 is the whole internet, which would open SSH to the internet/,
    );
  });

  test("refuses SSH from the bypass pair 0.0.0.0/1 + 128.0.0.0/1, naming both halves", () => {
    expect(() => new VpsNode(stack(), "vps", { ...props, sshFrom: ["0.0.0.0/1", "128.0.0.0/1"] })).toThrow(
      /sshFrom\[0\]: 0\.0\.0\.0\/1 covers more of the internet than a \/16 \(2147483648 addresses\), which would open SSH[\s\S]*sshFrom\[1\]: 128\.0\.0\.0\/1 covers more/,
    );
  });

  test.each(["::/0", "2000::/3"])("refuses SSH from %s: not an IPv4 network, and the internet", (cidr) => {
    expect(() => new VpsNode(stack(), "vps", { ...props, sshFrom: [cidr] })).toThrow(
      new RegExp(`sshFrom\\[0\\]: not an IPv4 CIDR[\\s\\S]*sshFrom\\[0\\]: ${cidr.replace(/[/:]/g, "\\$&")} .*which would open SSH to the internet`),
    );
  });

  test("opens SSH to an office /28 and an admin /32", () => {
    const { resources: ssh } = synth((scope) => new VpsNode(scope, "vps", { ...props, sshFrom: ["203.0.113.16/28", "198.51.100.7/32"] }));
    expect(
      ofType(ssh, "aws_vpc_security_group_ingress_rule")
        .map((r) => r.cidr_ipv4)
        .sort(),
    ).toEqual(["198.51.100.7/32", "203.0.113.16/28"]);
  });

  test("refuses a private port open to a public network", () => {
    expect(() => new VpsNode(stack(), "vps", { ...props, privatePorts: [{ port: 5432, cidrs: ["8.8.8.0/24"] }] })).toThrow(
      /privatePorts\[0\]\.cidrs\[0\]: must be a private \(RFC 1918\) network/,
    );
  });

  test("refuses SSH without a key, a tiny data volume and a non-AMI image, reporting all", () => {
    expect(
      () => new VpsNode(stack(), "vps", { ...props, sshKeys: [], sshFrom: ["203.0.113.0/24"], dataVolumeGb: 5, boot: { ...props.boot, image: "debian" } }),
    ).toThrow(
      /dataVolumeGb: must be a whole number of GB >= 10, got 5[\s\S]*sshKeys: SSH is opened to admins but no key is authorized[\s\S]*boot\.image: an EC2 node boots an AMI id/,
    );
  });

  test("recognises private networks", () => {
    expect(["10.0.0.0/8", "172.31.0.0/16", "192.168.1.0/24"].every(isPrivateCidr)).toBe(true);
    expect(["172.15.0.0/16", "172.16.0.0/11", "8.8.8.8/32", "0.0.0.0/0"].some(isPrivateCidr)).toBe(false);
  });
});

describe("VpsNode on Linode", () => {
  const linode: VpsNodeProps = {
    ...props,
    provider: "linode",
    region: "jp-tyo-3",
    size: "g6-standard-1",
    boot: { method: "nixos-infect", image: "linode/debian12", channel: "nixos-25.05" },
    privateNetwork: { subnetId: 4242, cidr: "10.0.0.0/24" },
  };
  const { resources, outputs } = synth(
    (scope) =>
      new VpsNode(scope, "vps", { ...linode, dataVolumeGb: 50, reservedIpv4: true, backups: true, privatePorts: [{ port: 5432, cidrs: ["10.0.0.0/24"] }] }),
  );
  const [instance] = ofType(resources, "linode_instance");
  const [firewall] = ofType(resources, "linode_firewall");

  test("a Linode in the region and type asked for, keys only, disks encrypted, backups when asked", () => {
    expect(instance).toMatchObject({
      label: "acme-staging-db-1",
      region: "jp-tyo-3",
      type: "g6-standard-1",
      image: "linode/debian12",
      authorized_keys: ["ssh-ed25519 AAAAkey ops@acme"],
      disk_encryption: "enabled",
      backups_enabled: true,
      tags: ["project:acme", "env:staging", "node:db-1"],
    });
    expect(instance).not.toHaveProperty("root_pass");
  });

  test("nixos-infect runs from the Metadata service's user data", () => {
    const userData = Buffer.from((instance.metadata as Array<{ user_data: string }>)[0].user_data, "base64").toString("utf8");
    expect(userData).toMatch(/^#!\/usr\/bin\/env bash\n/);
    expect(userData).toContain(`curl -fsSL ${NIXOS_INFECT_URL} | NIX_CHANNEL=nixos-25.05 bash -x`);
  });

  test('an SSH key comment with ", \\, ${ or %{ reaches the Linode exactly as written, in user data and authorized_keys', () => {
    const key = 'ssh-ed25519 AAAAkey "ops laptop" C:\\keys ${HOME} %{x}';
    const { resources: keyed } = synth((scope) => new VpsNode(scope, "vps", { ...linode, sshKeys: [key] }));
    const [node] = ofType(keyed, "linode_instance");
    expect(Buffer.from((node.metadata as Array<{ user_data: string }>)[0].user_data, "base64").toString("utf8")).toContain(`\n${key}\n`);
    expect(node.authorized_keys).toEqual(['ssh-ed25519 AAAAkey "ops laptop" C:\\keys $${HOME} %%{x}']);
  });

  test("a public interface for cloudflared and a VPC interface on the environment's subnet", () => {
    expect(instance.interface).toEqual([
      { purpose: "public", primary: true },
      { purpose: "vpc", subnet_id: 4242 },
    ]);
    expect(outputs).toEqual({});
  });

  test("its firewall is attached at creation: inbound DROP, only the private port from the subnet; outbound only what a tunnel host needs", () => {
    expect(instance.firewall_id).toMatch(/^\$\{linode_firewall\.[^.]+\.id\}$/);
    expect(firewall).toMatchObject({ label: "acme-staging-db-1", inbound_policy: "DROP", outbound_policy: "DROP" });
    expect((firewall.outbound as Array<Record<string, unknown>>).map((r) => `${r.protocol}/${r.ports} ${(r.ipv4 as string[]).join(",")}`)).toEqual([
      "TCP/443 0.0.0.0/0",
      "TCP/7844 0.0.0.0/0",
      "UDP/7844 0.0.0.0/0",
      "UDP/53 0.0.0.0/0",
      "TCP/53 0.0.0.0/0",
      "UDP/123 0.0.0.0/0",
      "TCP/5432 10.0.0.0/24",
    ]);
    const { resources: open } = synth((scope) => new VpsNode(scope, "vps", { ...linode, egress: { mode: "open", reason: "a staging node, not production" } }));
    expect(ofType(open, "linode_firewall")[0]).toMatchObject({ outbound_policy: "ACCEPT" });
    expect(ofType(open, "linode_firewall")[0]).not.toHaveProperty("outbound");
    expect(firewall.inbound).toEqual([{ label: "private-5432", action: "ACCEPT", protocol: "TCP", ports: "5432", ipv4: ["10.0.0.0/24"] }]);
  });

  test("no inbound rule at all by default; SSH only from the admin networks when asked", () => {
    const { resources: bare } = synth((scope) => new VpsNode(scope, "vps", linode));
    expect(ofType(bare, "linode_firewall")[0]).not.toHaveProperty("inbound");
    const { resources: ssh } = synth((scope) => new VpsNode(scope, "vps", { ...linode, sshFrom: ["203.0.113.0/24"] }));
    expect(ofType(ssh, "linode_firewall")[0].inbound).toEqual([
      { label: "ssh-from-admin", action: "ACCEPT", protocol: "TCP", ports: "22", ipv4: ["203.0.113.0/24"] },
    ]);
  });

  test("SSH from an office /28 and an admin /32; the bypass pair refused", () => {
    const { resources: ssh } = synth((scope) => new VpsNode(scope, "vps", { ...linode, sshFrom: ["203.0.113.16/28", "198.51.100.7/32"] }));
    expect(ofType(ssh, "linode_firewall")[0].inbound).toEqual([expect.objectContaining({ ports: "22", ipv4: ["203.0.113.16/28", "198.51.100.7/32"] })]);
    expect(() => new VpsNode(stack(), "vps", { ...linode, sshFrom: ["0.0.0.0/1", "128.0.0.0/1"] })).toThrow(
      /sshFrom\[0\]: 0\.0\.0\.0\/1 covers more[\s\S]*sshFrom\[1\]: 128\.0\.0\.0\/1 covers more/,
    );
  });

  test("a node with several services carries one service tag per service, each within Linode's 50 characters", () => {
    const services = ["api", "web", "a-service-name-of-32-characters1"];
    const { resources: several } = synth((scope) => new VpsNode(scope, "vps", { ...linode, dataVolumeGb: 20, services }));
    for (const type of ["linode_instance", "linode_firewall", "linode_volume"]) {
      const tags = ofType(several, type)[0].tags as string[];
      expect(tags).toEqual(["project:acme", "env:staging", "node:db-1", ...services.map((s) => `service:${s}`)]);
      expect(tags.every((t) => t.length <= 50)).toBe(true);
    }
  });

  test("an encrypted data volume attached to the node and protected from destroy", () => {
    expect(ofType(resources, "linode_volume")).toEqual([
      expect.objectContaining({ label: "acme-staging-db-1-data", region: "jp-tyo-3", size: 50, encryption: "enabled", lifecycle: { prevent_destroy: true } }),
    ]);
    expect(ofType(resources, "linode_volume")[0].linode_id).toMatch(/^\$\{linode_instance\.[^.]+\.id\}$/);
  });

  test("a reserved IPv4 in the region, assigned to the node, is its public address", () => {
    expect(ofType(resources, "linode_networking_ip")).toEqual([{ type: "ipv4", region: "jp-tyo-3", public: true, reserved: true }]);
    expect(ofType(resources, "linode_reserved_ip_assignment")).toEqual([
      expect.objectContaining({ address: expect.stringMatching(/linode_networking_ip\..*\.address/) }),
    ]);
  });

  test("refuses an AMI, a missing or public private network, and labels Linode would refuse", () => {
    expect(() => new VpsNode(stack(), "vps", { ...linode, boot: { ...linode.boot, image: "ami-0123" }, privateNetwork: undefined })).toThrow(
      /boot\.image: a Linode boots a Linode image[\s\S]*privateNetwork: a Linode joins its environment's VPC subnet/,
    );
    expect(() => new VpsNode(stack(), "vps", { ...linode, privateNetwork: { subnetId: 1, cidr: "8.8.8.0/24" } })).toThrow(
      /privateNetwork\.cidr: must be a private \(RFC 1918\) network/,
    );
    expect(() => new VpsNode(stack(), "vps", { ...linode, namePrefix: "a-very-long-project-production" })).toThrow(
      /name: namePrefix-name must be at most 27 characters on Linode/,
    );
  });

  test("an EC2 node refuses a Linode subnet", () => {
    expect(() => new VpsNode(stack(), "vps", { ...props, privateNetwork: { subnetId: 1, cidr: "10.0.0.0/24" } })).toThrow(
      /privateNetwork: an EC2 node uses the region's default VPC/,
    );
  });
});
