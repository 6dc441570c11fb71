import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { Eip } from "@cdktf/provider-aws/lib/eip";
import { Instance as AwsInstance } from "@cdktf/provider-aws/lib/instance";
import { KeyPair } from "@cdktf/provider-aws/lib/key-pair";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VolumeAttachment } from "@cdktf/provider-aws/lib/volume-attachment";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import type { TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { AwsVolumeSnapshots } from "./aws-volume-snapshots";
import { ANY_ADDRESS, internetExposure, isIpv4Cidr, isPrivateCidr } from "./networks";
import { nixosInfectUserData } from "./nixos-boot";
import { MIN_REASON_LENGTH, suppress } from "./policy/suppressions";
import { duplicates, isPort, PropsValidator, terraformLiteral } from "./validation";
import { LINODE_FIREWALL_LABEL_MAX, linodeBackend } from "./vps-node-linode";

/** How a fresh VPS becomes NixOS. */
export interface VpsBoot {
  /**
   * "nixos-infect": boot `image` (a stock distribution) and convert it on first boot from user data;
   * "image": boot `image`, a NixOS image you built and uploaded (Linode private image, or an AMI).
   */
  readonly method: "nixos-infect" | "image";
  readonly image: string;
  /** The NixOS channel nixos-infect installs, e.g. nixos-25.05. */
  readonly channel: string;
}

export interface VpsNodeProps {
  /** The node name; prefixed by `namePrefix` in every provider label. */
  readonly name: string;
  /** Prefix of provider labels, e.g. acme-production. */
  readonly namePrefix: string;
  readonly provider: "linode" | "aws";
  /** The provider's region id. */
  readonly region: string;
  /** A Linode type (g6-standard-1) or an EC2 instance type (t3.small). */
  readonly size: string;
  readonly boot: VpsBoot;
  /**
   * Size in GB of a dedicated data volume, kept across instance rebuilds and protected from destroy.
   * Set it for stateful roles (Postgres).
   * @default no data volume
   */
  readonly dataVolumeGb?: number;
  /**
   * The provider's own backups of the node: Linode's Backup Service (the instance's disks, not its
   * volume), or on AWS a daily Data Lifecycle Manager snapshot of every EBS volume of the instance, data
   * volume included (AwsVolumeSnapshots).
   * @default false
   */
  readonly backups?: boolean;
  /** Keep a reserved IPv4 across rebuilds. @default false */
  readonly reservedIpv4?: boolean;
  /**
   * The only networks allowed to reach SSH (22/tcp). Empty means no inbound port at all: traffic arrives
   * only through the node's Cloudflare Tunnel, which cloudflared dials out.
   * @default []
   */
  readonly sshFrom?: readonly string[];
  /** Public keys for root. */
  readonly sshKeys: readonly string[];
  /**
   * Ports other nodes reach over the provider's private network (never from the internet), e.g.
   * Postgres 5432 from the VPC's private range.
   * @default []
   */
  readonly privatePorts?: ReadonlyArray<{ readonly port: number; readonly cidrs: readonly string[] }>;
  /**
   * The private network the node joins. Required on Linode: the environment's VPC subnet in the node's
   * region (the <env>-network stack), whose id the node's VPC interface takes and whose range the private
   * ports are opened to. AWS nodes use the region's default VPC and leave it out.
   */
  readonly privateNetwork?: { readonly subnetId: number; readonly cidr: string };
  /**
   * What the node may connect out to. "narrow": only what cloudflared, Vector, Nix and the node itself
   * need (NARROW_EGRESS: tunnel 7844 TCP/UDP, HTTPS 443, DNS, NTP) and Postgres on the private network;
   * "open": everything, which policy rule EI14 flags unless `reason` says why.
   * @default { mode: "narrow" }
   */
  readonly egress?: { readonly mode: "narrow" } | { readonly mode: "open"; readonly reason: string };
  /** Tags every resource of the node carries (Linode tags; AWS tags as key:value pairs). */
  readonly tags: readonly string[];
  /**
   * Names of the services assigned to this node, recorded as tags so the console shows them: one
   * `service:<name>` tag each on Linode, one `service` tag of every name joined by "+" on AWS (awsTags).
   */
  readonly services: readonly string[];
}

/** What the backends produce, whichever provider. */
export interface VpsNodeBackend {
  readonly instance: TerraformResource;
  /** The node's public IPv4 (outbound traffic and SSH, never a service port). */
  readonly ipv4: string;
  /** The node's address on the provider's private network. */
  readonly privateIpv4: string;
  readonly firewall: TerraformResource;
  readonly dataVolume?: TerraformResource;
}

const ADMIN_PORT = 22;

/** The private range of every AWS region's default VPC, where EC2 nodes run. */
export const AWS_DEFAULT_VPC_CIDR = "172.31.0.0/16";

/**
 * The outbound connections a node needs, as Cloudflare recommends for tunnel hosts: cloudflared's tunnel
 * (7844, HTTP/2 over TCP and QUIC over UDP) and API calls (443), Vector's uploads to R2 and Nix's binary
 * cache (443), name resolution and time. Postgres on the private network is added per node.
 */
export const NARROW_EGRESS: ReadonlyArray<{ readonly label: string; readonly protocol: "tcp" | "udp"; readonly port: number }> = [
  { label: "https", protocol: "tcp", port: 443 },
  { label: "tunnel-tcp", protocol: "tcp", port: 7844 },
  { label: "tunnel-quic", protocol: "udp", port: 7844 },
  { label: "dns-udp", protocol: "udp", port: 53 },
  { label: "dns-tcp", protocol: "tcp", port: 53 },
  { label: "ntp", protocol: "udp", port: 123 },
];

/** The policy rule open egress answers to. */
export const OPEN_EGRESS_RULE = "EI14";

/**
 * One VPS running NixOS, never exposed to the internet: its firewall drops every inbound connection
 * (except SSH from listed admin networks, when given, and private ports from the private network), and
 * outbound allows what cloudflared, Vector and Nix need (NARROW_EGRESS), or everything with a reason. One props interface for every provider: a Linode
 * (constructs/vps-node-linode.ts, the design's first backend) or an AWS EC2 instance.
 */
export class VpsNode extends Construct {
  readonly backend: VpsNodeBackend;
  readonly userData?: string;

  constructor(scope: Construct, id: string, props: VpsNodeProps) {
    super(scope, id);
    const sshFrom = props.sshFrom ?? [];
    const validator = new PropsValidator(`VpsNode ${this.node.path}`)
      .check(/^[a-z][a-z0-9-]{0,30}[a-z0-9]$/.test(props.name), "name", `must be a lowercase name, got ${JSON.stringify(props.name)}`)
      .check(props.boot.image.length > 0, "boot.image", "is empty")
      .check(
        props.dataVolumeGb === undefined || (Number.isInteger(props.dataVolumeGb) && props.dataVolumeGb >= 10),
        "dataVolumeGb",
        `must be a whole number of GB >= 10, got ${props.dataVolumeGb}`,
      )
      .check(duplicates([...sshFrom]).length === 0, "sshFrom", `listed twice: ${duplicates([...sshFrom]).join(", ")}`)
      .check(sshFrom.length === 0 || props.sshKeys.length > 0, "sshKeys", "SSH is opened to admins but no key is authorized");
    (props.privatePorts ?? []).forEach((rule, i) => {
      validator.check(isPort(rule.port), `privatePorts[${i}].port`, `must be 1-65535, got ${rule.port}`);
      rule.cidrs.forEach((cidr, k) => {
        validator.check(isPrivateCidr(cidr), `privatePorts[${i}].cidrs[${k}]`, `must be a private (RFC 1918) network, got ${JSON.stringify(cidr)}`);
      });
    });
    validator.check(
      props.egress?.mode !== "open" || (typeof props.egress.reason === "string" && props.egress.reason.trim().length >= MIN_REASON_LENGTH),
      "egress.reason",
      `open egress needs a reason of at least ${MIN_REASON_LENGTH} characters (it is recorded as the suppression of ${OPEN_EGRESS_RULE})`,
    );
    sshFrom.forEach((cidr, i) => {
      validator.check(isIpv4Cidr(cidr), `sshFrom[${i}]`, `not an IPv4 CIDR: ${JSON.stringify(cidr)}`);
    });
    for (const open of internetExposure(sshFrom)) {
      validator.check(false, `sshFrom[${open.index}]`, `${open.cidr} ${open.why}, which would open SSH to the internet; list only your admin networks`);
    }
    if (props.provider === "aws") {
      validator
        .check(props.boot.image.startsWith("ami-"), "boot.image", `an EC2 node boots an AMI id (ami-…), got ${JSON.stringify(props.boot.image)}`)
        .check(props.privateNetwork === undefined, "privateNetwork", "an EC2 node uses the region's default VPC; leave it out");
    } else {
      const label = `${props.namePrefix}-${props.name}`;
      validator
        .check(
          !props.boot.image.startsWith("ami-"),
          "boot.image",
          `a Linode boots a Linode image (linode/debian12, private/<id>), got ${JSON.stringify(props.boot.image)}`,
        )
        .check(props.privateNetwork !== undefined, "privateNetwork", "a Linode joins its environment's VPC subnet; give its subnetId and cidr")
        .check(
          props.privateNetwork === undefined || isPrivateCidr(props.privateNetwork.cidr),
          "privateNetwork.cidr",
          `must be a private (RFC 1918) network, got ${JSON.stringify(props.privateNetwork?.cidr)}`,
        )
        .check(
          `${label}-data`.length <= LINODE_FIREWALL_LABEL_MAX,
          "name",
          `namePrefix-name must be at most ${LINODE_FIREWALL_LABEL_MAX - 5} characters on Linode (firewall and volume labels), got ${JSON.stringify(label)} (${label.length})`,
        );
    }
    validator.throwIfInvalid();

    if (props.boot.method === "nixos-infect") {
      this.userData = nixosInfectUserData({ channel: props.boot.channel, sshKeys: props.sshKeys, hostname: props.name });
    }
    const tags = [...props.tags, `node:${props.name}`, ...props.services.map((s) => `service:${s}`)];
    const egress = props.egress ?? { mode: "narrow" };
    this.backend =
      props.provider === "linode"
        ? linodeBackend(this, { ...props, egress, sshFrom, tags, userData: this.userData, privateNetwork: props.privateNetwork! })
        : awsBackend(this, { ...props, egress, sshFrom, tags, userData: this.userData });
    if (egress.mode === "open") suppress(this, OPEN_EGRESS_RULE, egress.reason);
  }
}

interface BackendProps extends VpsNodeProps {
  readonly egress: NonNullable<VpsNodeProps["egress"]>;
  readonly sshFrom: readonly string[];
  readonly tags: readonly string[];
  readonly userData?: string;
}

/** The longest value AWS takes for one tag (keys take 128 characters, values 256). */
export const AWS_TAG_VALUE_MAX = 256;

/**
 * Joins the values of one AWS tag key: "+" is in every AWS service's tag character set (letters, digits,
 * spaces and `+ - = . _ : / @`), and no service or node name can contain it.
 */
const AWS_TAG_JOIN = "+";

/**
 * "project:acme" → {project: "acme"}; a tag without a colon becomes {tag: "true"}. AWS gives a key one
 * value, so the values of a key listed more than once are joined in order ("service:api", "service:web" →
 * {service: "api+web"}), which keeps every service of a node on it; the key stays the same as Linode's
 * `service:<name>` tags and a one-service node's tag is unchanged. A joined value longer than
 * AWS_TAG_VALUE_MAX continues under `<key>-2`, `<key>-3` …, so no value is dropped or cut.
 */
export function awsTags(tags: readonly string[]): Record<string, string> {
  const values = new Map<string, string[]>();
  for (const tag of tags) {
    const [key, value] = tag.includes(":") ? [tag.slice(0, tag.indexOf(":")), tag.slice(tag.indexOf(":") + 1)] : [tag, "true"];
    const list = values.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    values.set(key, list);
  }
  const result: Record<string, string> = {};
  for (const [key, list] of values) {
    const chunks: string[] = [];
    for (const value of list) {
      const last = chunks.length - 1;
      if (last >= 0 && chunks[last].length + AWS_TAG_JOIN.length + value.length <= AWS_TAG_VALUE_MAX) chunks[last] += `${AWS_TAG_JOIN}${value}`;
      else chunks.push(value);
    }
    chunks.forEach((chunk, i) => {
      result[i === 0 ? key : `${key}-${i + 1}`] = chunk;
    });
  }
  return result;
}

function awsBackend(scope: Construct, props: BackendProps): VpsNodeBackend {
  const label = `${props.namePrefix}-${props.name}`;
  const tags = { Name: label, ...awsTags(props.tags) };
  // The default VPC: a node needs outbound internet for cloudflared, and no inbound at all.
  const firewall = new SecurityGroup(scope, "security-group", {
    name: label,
    description: `${label}: no inbound except SSH from admin networks; outbound open for cloudflared`,
    revokeRulesOnDelete: true,
    tags,
  });
  for (const cidr of props.sshFrom) {
    new VpcSecurityGroupIngressRule(scope, `ssh-from-${cidr}`, {
      securityGroupId: firewall.id,
      cidrIpv4: cidr,
      ipProtocol: "tcp",
      fromPort: ADMIN_PORT,
      toPort: ADMIN_PORT,
      description: "SSH from admin network",
      tags,
    });
  }
  for (const rule of props.privatePorts ?? []) {
    for (const cidr of rule.cidrs) {
      new VpcSecurityGroupIngressRule(scope, `private-${rule.port}-from-${cidr}`, {
        securityGroupId: firewall.id,
        cidrIpv4: cidr,
        ipProtocol: "tcp",
        fromPort: rule.port,
        toPort: rule.port,
        description: "private network only",
        tags,
      });
    }
  }
  if (props.egress.mode === "open") {
    new VpcSecurityGroupEgressRule(scope, "egress", {
      securityGroupId: firewall.id,
      cidrIpv4: ANY_ADDRESS.ipv4,
      ipProtocol: "-1",
      description: "outbound: cloudflared, Vector to R2, package downloads",
      tags,
    });
  } else {
    for (const rule of NARROW_EGRESS) {
      new VpcSecurityGroupEgressRule(scope, `egress-${rule.label}`, {
        securityGroupId: firewall.id,
        cidrIpv4: ANY_ADDRESS.ipv4,
        ipProtocol: rule.protocol,
        fromPort: rule.port,
        toPort: rule.port,
        description: `outbound ${rule.label}`,
        tags,
      });
    }
    new VpcSecurityGroupEgressRule(scope, "egress-postgres", {
      securityGroupId: firewall.id,
      cidrIpv4: AWS_DEFAULT_VPC_CIDR,
      ipProtocol: "tcp",
      fromPort: 5432,
      toPort: 5432,
      description: "outbound Postgres on the private network",
      tags,
    });
  }
  const keyPair = props.sshKeys.length > 0 ? new KeyPair(scope, "key-pair", { keyName: label, publicKey: props.sshKeys[0], tags }) : undefined;
  const instance = new AwsInstance(scope, "instance", {
    ami: props.boot.image,
    instanceType: props.size,
    vpcSecurityGroupIds: [firewall.id],
    keyName: keyPair?.keyName,
    associatePublicIpAddress: true,
    metadataOptions: { httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 },
    rootBlockDevice: { encrypted: true, volumeType: "gp3", volumeSize: 20, deleteOnTermination: true },
    userData: props.userData === undefined ? undefined : terraformLiteral(props.userData),
    userDataReplaceOnChange: false,
    monitoring: false,
    tags,
  });
  let dataVolume: EbsVolume | undefined;
  if (props.dataVolumeGb) {
    dataVolume = new EbsVolume(scope, "data-volume", {
      availabilityZone: instance.availabilityZone,
      size: props.dataVolumeGb,
      type: "gp3",
      encrypted: true,
      tags: { ...tags, Name: `${label}-data` },
      lifecycle: { preventDestroy: true },
    });
    new VolumeAttachment(scope, "data-volume-attachment", { deviceName: "/dev/sdf", volumeId: dataVolume.id, instanceId: instance.id });
  }
  if (props.backups) new AwsVolumeSnapshots(scope, "snapshots", { name: label, targetTags: { Name: label }, tags });
  const eip = props.reservedIpv4 ? new Eip(scope, "reserved-ipv4", { instance: instance.id, domain: "vpc", tags }) : undefined;
  return { instance, firewall, dataVolume, ipv4: eip ? eip.publicIp : instance.publicIp, privateIpv4: instance.privateIp };
}
