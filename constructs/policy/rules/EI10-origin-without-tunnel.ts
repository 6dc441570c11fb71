import { show } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

const TYPES = new Set(["cloudflare_dns_record", "cloudflare_record"]);
const TUNNEL_SUFFIX = ".cfargotunnel.com";

/**
 * Addresses that reach no server: the IPv6 discard prefix (RFC 6666) and TEST-NET-1 (RFC 5737). A proxied record
 * pointing at one exists only so a Worker route has a hostname, which exposes nothing.
 */
function isOriginless(type: string, content: string): boolean {
  return type === "AAAA" ? /^100::$/i.test(content) : /^192\.0\.2\.\d{1,3}$/.test(content);
}

/**
 * A DNS record that sends clients somewhere other than Cloudflare's edge in front of a tunnel: an A/AAAA record
 * at a node's address, or a CNAME to anything but `<tunnel id>.cfargotunnel.com`. A record that must point
 * elsewhere (mail, a domain verification CNAME) takes a suppression that says so.
 */
export const EI10: ElementRule = {
  id: "EI10",
  name: "origin-without-tunnel",
  description: "Service hostnames resolve to a Cloudflare Tunnel, never to a node's IP address.",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource" || !TYPES.has(type)) return notApplicable();
    const recordType = typeof a.type === "string" ? a.type.toUpperCase() : a.type;
    const content = a.content ?? a.value;
    const target = `${show(a.name)} -> ${show(content)}`;
    if (recordType === "A" || recordType === "AAAA") {
      if (a.proxied === true && typeof content === "string" && isOriginless(recordType, content)) return verdict([]);
      return verdict([
        `type ${show(recordType)} record ${target} (proxied ${show(a.proxied)}) exposes a node directly; ` +
          `publish the service through the tunnel with a CNAME to <tunnel id>${TUNNEL_SUFFIX}, or suppress EI10 with the reason`,
      ]);
    }
    if (recordType === "CNAME") {
      const ok = typeof content === "string" && content.replace(/\.$/, "").toLowerCase().endsWith(TUNNEL_SUFFIX);
      return verdict(
        ok ? [] : [`CNAME ${target} does not point at a tunnel; set content to "\${tunnel.id}${TUNNEL_SUFFIX}", or suppress EI10 with the reason`],
      );
    }
    return notApplicable();
  },
};
