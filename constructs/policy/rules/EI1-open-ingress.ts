import { blocks, openCidrs, show } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

const FIX = "nodes take no inbound traffic (cloudflared dials out): remove the rule or restrict it to admin CIDRs";

function ports(rule: Readonly<Record<string, unknown>>): string {
  const from = rule.from_port ?? rule.ports;
  const to = rule.to_port;
  const protocol = rule.protocol ?? rule.ip_protocol;
  return `${show(protocol)} ports ${show(from)}${to !== undefined && to !== from ? `-${show(to)}` : ""}`;
}

/**
 * Ingress from the internet (constructs/networks.ts internetExposure: a public network wider than
 * INTERNET_PREFIX, or several that together are), on any port, in an AWS security group or a Linode Cloud
 * Firewall. A Linode firewall must also drop by default (`inbound_policy = "DROP"`) and be enabled: either
 * alone lets everything in.
 */
export const EI1: ElementRule = {
  id: "EI1",
  name: "open-ingress",
  description:
    "Nodes are reached only through the Cloudflare Tunnel, so no firewall may accept traffic from the internet (a public network wider than an IPv4 /16 or an IPv6 /32).",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource") return notApplicable();
    const problems: string[] = [];
    const flag = (attribute: string, value: unknown, rule: Readonly<Record<string, unknown>>) => {
      const open = openCidrs(value);
      if (open.length > 0) problems.push(`${attribute} contains ${open.map(show).join(", ")} (${ports(rule)}); ${FIX}`);
    };
    switch (type) {
      case "aws_security_group":
        blocks(a.ingress).forEach((rule, i) => {
          flag(`ingress[${i}].cidr_blocks`, rule.cidr_blocks, rule);
          flag(`ingress[${i}].ipv6_cidr_blocks`, rule.ipv6_cidr_blocks, rule);
        });
        break;
      case "aws_security_group_rule":
        if (a.type !== "ingress") return notApplicable();
        flag("cidr_blocks", a.cidr_blocks, a);
        flag("ipv6_cidr_blocks", a.ipv6_cidr_blocks, a);
        break;
      case "aws_vpc_security_group_ingress_rule":
        flag("cidr_ipv4", a.cidr_ipv4, a);
        flag("cidr_ipv6", a.cidr_ipv6, a);
        break;
      case "linode_firewall":
        // A disabled Cloud Firewall stays attached but filters nothing, so the Linode accepts everything.
        if (a.disabled === true) problems.push(`disabled is true, so no inbound rule applies; remove it or set disabled = false`);
        if (a.inbound_policy !== "DROP") {
          problems.push(`inbound_policy is ${show(a.inbound_policy)}; set it to "DROP" so only listed rules let traffic in`);
        }
        blocks(a.inbound).forEach((rule, i) => {
          if (rule.action !== "ACCEPT") return;
          flag(`inbound[${i}].ipv4`, rule.ipv4, rule);
          flag(`inbound[${i}].ipv6`, rule.ipv6, rule);
        });
        break;
      default:
        return notApplicable();
    }
    return verdict(problems);
  },
};
