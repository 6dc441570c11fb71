import { Fn, Token } from "cdktf";
import type { Construct } from "constructs";
import { Firewall, type FirewallInbound, type FirewallOutbound } from "../.gen/providers/linode/firewall";
import { Instance } from "../.gen/providers/linode/instance";
import { NetworkingIp } from "../.gen/providers/linode/networking-ip";
import { ReservedIpAssignment } from "../.gen/providers/linode/reserved-ip-assignment";
import { Volume } from "../.gen/providers/linode/volume";
import { ANY_ADDRESS } from "./networks";
import { terraformLiteral } from "./validation";
import { NARROW_EGRESS, type VpsNodeBackend, type VpsNodeProps } from "./vps-node";

export { LINODE_FIREWALL_LABEL_MAX } from "./provider-names";

/**
 * The name Linode gives a Block Storage volume under /dev/disk/by-id/, stable across reboots and
 * attachments (the /dev/sdX letter is not). nix/hardware/linode.nix mounts the data volume by it.
 */
export function linodeVolumeDevice(label: string): string {
  return `/dev/disk/by-id/scsi-0Linode_Volume_${label}`;
}

/** Linode tags are plain strings of at most 50 characters. */
const linodeTags = (tags: readonly string[]) => tags.map((t) => t.slice(0, 50));

export interface LinodeBackendProps extends VpsNodeProps {
  readonly egress: NonNullable<VpsNodeProps["egress"]>;
  readonly sshFrom: readonly string[];
  readonly tags: readonly string[];
  readonly userData?: string;
  readonly privateNetwork: NonNullable<VpsNodeProps["privateNetwork"]>;
}

/**
 * A Linode: a public interface for cloudflared's outbound connection (and admin SSH when asked) and a
 * VPC interface on the environment's subnet for everything private. Its Cloud Firewall, attached at
 * creation so the Linode never boots without it, drops all inbound but the listed rules. Disks are
 * encrypted (Linode Disk Encryption), no root password is set (keys only; the provider generates and
 * discards one), and nixos-infect runs from the Metadata service's user data.
 */
export function linodeBackend(scope: Construct, props: LinodeBackendProps): VpsNodeBackend {
  const label = `${props.namePrefix}-${props.name}`;
  const tags = linodeTags(props.tags);
  const inbound: FirewallInbound[] = [];
  if (props.sshFrom.length > 0) {
    inbound.push({ label: "ssh-from-admin", action: "ACCEPT", protocol: "TCP", ports: "22", ipv4: [...props.sshFrom] });
  }
  for (const rule of props.privatePorts ?? []) {
    inbound.push({ label: `private-${rule.port}`, action: "ACCEPT", protocol: "TCP", ports: String(rule.port), ipv4: [...rule.cidrs] });
  }
  const narrow = props.egress.mode === "narrow";
  const outbound: FirewallOutbound[] = narrow
    ? [
        ...NARROW_EGRESS.map((r) => ({
          label: r.label,
          action: "ACCEPT",
          protocol: r.protocol.toUpperCase(),
          ports: String(r.port),
          ipv4: [ANY_ADDRESS.ipv4],
          ipv6: [ANY_ADDRESS.ipv6],
        })),
        { label: "postgres-private", action: "ACCEPT", protocol: "TCP", ports: "5432", ipv4: [props.privateNetwork.cidr] },
      ]
    : [];
  const firewall = new Firewall(scope, "firewall", {
    label,
    inboundPolicy: "DROP",
    outboundPolicy: narrow ? "DROP" : "ACCEPT",
    inbound: inbound.length > 0 ? inbound : undefined,
    outbound: outbound.length > 0 ? outbound : undefined,
    tags,
  });
  const instance = new Instance(scope, "instance", {
    label,
    region: props.region,
    type: props.size,
    image: props.boot.image,
    authorizedKeys: props.sshKeys.map(terraformLiteral),
    backupsEnabled: props.backups ?? false,
    diskEncryption: "enabled",
    firewallId: Token.asNumber(firewall.id),
    interface: [
      { purpose: "public", primary: true },
      { purpose: "vpc", subnetId: props.privateNetwork.subnetId },
    ],
    // Encoded here rather than with Fn.base64encode, whose argument is an HCL string: a `"` in a key's
    // comment stopped the synth there, and `\`, `${` and `%{` would be read as escapes and templates.
    metadata: props.userData === undefined ? undefined : [{ userData: Buffer.from(props.userData, "utf8").toString("base64") }],
    tags,
  });
  let dataVolume: Volume | undefined;
  if (props.dataVolumeGb) {
    dataVolume = new Volume(scope, "data-volume", {
      label: `${label}-data`,
      region: props.region,
      size: props.dataVolumeGb,
      linodeId: Token.asNumber(instance.id),
      encryption: "enabled",
      tags,
      lifecycle: { preventDestroy: true },
    });
  }
  // ip_address is deprecated in 3.13.0; `ipv4` is the set of the Linode's public IPv4 addresses, one here
  // (a reserved address, when asked, is assigned separately and named below).
  let ipv4 = Fn.element(instance.ipv4, 0);
  if (props.reservedIpv4) {
    const reserved = new NetworkingIp(scope, "reserved-ipv4", { type: "ipv4", region: props.region, public: true, reserved: true });
    new ReservedIpAssignment(scope, "reserved-ipv4-assignment", { address: reserved.address, linodeId: Token.asNumber(instance.id) });
    ipv4 = reserved.address;
  }
  return { instance, firewall, dataVolume, ipv4, privateIpv4: instance.interface.get(1).ipv4.vpc };
}
