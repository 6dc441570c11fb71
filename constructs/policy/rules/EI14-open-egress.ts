import { blocks, openCidrs, show } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

const FIX =
  'narrow it to what the node needs (VpsNode egress { mode: "narrow" }: tunnel 7844, HTTPS, DNS, NTP, Postgres on the private network), or keep it open with a written reason (config network.egress "open" + network.egressReason)';

/**
 * Outbound traffic to anywhere on any port. A tunnel host needs a handful of ports out (Cloudflare's
 * guidance for cloudflared hosts); everything else open is what an intruder uses to fetch tools and send
 * data away. Production nodes narrow it by default; an environment that keeps it open says why in a
 * suppression, which the VpsNode records from the config.
 */
export const EI14: ElementRule = {
  id: "EI14",
  name: "open-egress",
  description: "Node firewalls allow only the outbound traffic the node needs, unless a suppression says why not.",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource") return notApplicable();
    const problems: string[] = [];
    const allPorts = (protocol: unknown) => protocol === "-1" || protocol === "all";
    switch (type) {
      case "linode_firewall":
        if (a.outbound_policy !== "DROP") problems.push(`outbound_policy is ${show(a.outbound_policy)}: every destination and port is allowed out; ${FIX}`);
        blocks(a.outbound).forEach((rule, i) => {
          const open = [...openCidrs(rule.ipv4), ...openCidrs(rule.ipv6)];
          if (rule.action === "ACCEPT" && open.length > 0 && (rule.ports === undefined || rule.ports === "" || rule.ports === "1-65535")) {
            problems.push(`outbound[${i}] accepts ${show(rule.protocol)} on every port to ${open.map(show).join(", ")}; ${FIX}`);
          }
        });
        break;
      case "aws_vpc_security_group_egress_rule":
        if (allPorts(a.ip_protocol) && [...openCidrs(a.cidr_ipv4), ...openCidrs(a.cidr_ipv6)].length > 0) {
          problems.push(`ip_protocol ${show(a.ip_protocol)} to ${show(a.cidr_ipv4 ?? a.cidr_ipv6)} allows every destination and port; ${FIX}`);
        }
        break;
      case "aws_security_group":
        blocks(a.egress).forEach((rule, i) => {
          if (allPorts(rule.protocol) && [...openCidrs(rule.cidr_blocks), ...openCidrs(rule.ipv6_cidr_blocks)].length > 0) {
            problems.push(`egress[${i}] allows every protocol to the internet; ${FIX}`);
          }
        });
        break;
      default:
        return notApplicable();
    }
    return verdict(problems);
  },
};
