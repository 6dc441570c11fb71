import * as ipaddr from "ipaddr.js";

/**
 * How wide a public network an admin, firewall or allow-list entry may be before it counts as "the
 * internet": a prefix shorter than this, for its family, is refused by the config rules, the construct
 * props and the policy rules alike (see adr/adr-network-ranges.md). A /16 (65,536 IPv4 addresses) and a
 * /32 (2^96 IPv6 addresses, the smallest block a regional registry allocates to a provider) each hold an
 * office, a VPN's exit range or an ISP's dynamic pool with room to spare; anything wider spans unrelated
 * organisations, so a stranger is likely inside it.
 */
export const INTERNET_PREFIX: Readonly<Record<Family, number>> = { ipv4: 16, ipv6: 32 };

type Family = "ipv4" | "ipv6";

/**
 * Every address of each family: the destination of the per-port egress rules a node keeps (NARROW_EGRESS),
 * which go out to anywhere. Never a source: internetExposure refuses it in admin and allow lists.
 */
export const ANY_ADDRESS: Readonly<Record<Family, string>> = { ipv4: "0.0.0.0/0", ipv6: "::/0" };

/** A parsed network: its first address as written (host bits may be set) and prefix length. */
interface Network {
  readonly text: string;
  readonly index: number;
  readonly family: Family;
  readonly address: ipaddr.IPv4 | ipaddr.IPv6;
  readonly prefix: number;
}

const BITS: Readonly<Record<Family, number>> = { ipv4: 32, ipv6: 128 };

const RFC1918 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((c) => ipaddr.IPv4.parseCIDR(c));
/** Unique local addresses (RFC 4193), IPv6's private networks. */
const ULA = ipaddr.IPv6.parseCIDR("fc00::/7");

/**
 * Parses `text` leniently (any form ipaddr.js reads, e.g. `::0/0` or `0:0:0:0:0:0:0:0/0`), so that no
 * spelling of a wide network slips past the checks. An IPv4-mapped IPv6 network (`::ffff:0.0.0.0/96`) is
 * judged as the IPv4 network it maps.
 */
function parse(text: string, index = 0): Network | undefined {
  const trimmed = text.trim();
  if (!ipaddr.isValidCIDR(trimmed)) return undefined;
  const [address, prefix] = ipaddr.parseCIDR(trimmed);
  if (address.kind() === "ipv6") {
    const v6 = address as ipaddr.IPv6;
    if (prefix >= 96 && v6.isIPv4MappedAddress()) return { text, index, family: "ipv4", address: v6.toIPv4Address(), prefix: prefix - 96 };
    return { text, index, family: "ipv6", address: v6, prefix };
  }
  return { text, index, family: "ipv4", address, prefix };
}

/** Whether `inner` lies wholly inside the network `outer`. */
function within(inner: Network, outer: readonly [ipaddr.IPv4 | ipaddr.IPv6, number]): boolean {
  return inner.address.kind() === outer[0].kind() && inner.prefix >= outer[1] && inner.address.match(outer[0], outer[1]);
}

/** Private address space, which never arrives from the internet: RFC 1918 for IPv4, ULA for IPv6. */
function isPrivate(network: Network): boolean {
  return network.family === "ipv4" ? RFC1918.some((block) => within(network, block)) : within(network, ULA);
}

/**
 * An IPv4 network in CIDR notation as the providers take it: four decimal octets without leading zeros and
 * a prefix length of 0 to 32 (`203.0.113.16/28`).
 */
export function isIpv4Cidr(text: string): boolean {
  return ipaddr.IPv4.isValidCIDRFourPartDecimal(text) && /\/(?:0|[1-9][0-9]?)$/.test(text);
}

/**
 * An IPv4 network wholly inside 10/8, 172.16/12 or 192.168/16 (RFC 1918): what a VPC subnet and the
 * sources of private ports must be.
 */
export function isPrivateCidr(cidr: string): boolean {
  if (!isIpv4Cidr(cidr)) return false;
  const network = parse(cidr);
  return network !== undefined && isPrivate(network);
}

/** A network of `internetExposure`'s answer, and why it counts as the internet. */
export interface InternetNetwork {
  /** The entry as it was written. */
  readonly cidr: string;
  /** Its position in the list. */
  readonly index: number;
  /** Follows the entry in a message: `"0.0.0.0/1" ${why}`. */
  readonly why: string;
}

/**
 * The entries of one list of networks (an admin list, a firewall rule's sources, a database allow list)
 * that open it to the internet: each public network wider than INTERNET_PREFIX, and, when none is but the
 * list's public networks together hold more addresses than one such network (seventeen /20s, say), every
 * public one of that family, since splitting a wide range into pieces must not get it through. Private
 * networks (RFC 1918, ULA) never count. Entries that are not networks (a `${...}` expression, a typo) are
 * left to the caller's syntax check.
 */
export function internetExposure(cidrs: readonly string[]): InternetNetwork[] {
  const publicNetworks = cidrs.map((c, i) => parse(c, i)).filter((n): n is Network => n !== undefined && !isPrivate(n));
  const found: InternetNetwork[] = [];
  for (const family of ["ipv4", "ipv6"] as const) {
    const bound = INTERNET_PREFIX[family];
    const networks = publicNetworks.filter((n) => n.family === family);
    const wide = networks.filter((n) => n.prefix < bound);
    for (const n of wide) {
      found.push({
        cidr: n.text,
        index: n.index,
        why: n.prefix === 0 ? "is the whole internet" : `covers more of the internet than a /${bound} (${count(n)} addresses)`,
      });
    }
    if (wide.length > 0) continue;
    // CIDR blocks either nest or are disjoint, so the outermost ones add up without double counting.
    const outermost = networks.filter((n, i) => !networks.some((o, k) => k !== i && within(n, [o.address, o.prefix]) && (o.prefix < n.prefix || k < i)));
    const total = outermost.reduce((sum, n) => sum + count(n), 0n);
    if (total > 2n ** BigInt(BITS[family] - bound)) {
      for (const n of outermost)
        found.push({
          cidr: n.text,
          index: n.index,
          why: `is one of ${outermost.length} networks that together cover more of the internet than a /${bound} (${total} addresses)`,
        });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function count(network: Network): bigint {
  return 2n ** BigInt(BITS[network.family] - network.prefix);
}
