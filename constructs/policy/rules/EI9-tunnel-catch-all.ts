import { block, blocks, isExpression, show } from "../attributes";
import { type Attributes, type ElementRule, notApplicable, verdict } from "../rule";

const NOT_FOUND = "http_status:404";

/** A rule without hostname (or with "*") and without path matches every request. */
function isCatchAll(rule: Attributes): boolean {
  return (rule.hostname === undefined || rule.hostname === null || rule.hostname === "" || rule.hostname === "*") && !rule.path;
}

/**
 * A tunnel whose ingress rules do not end in a catch-all that answers 404. cloudflared routes a request to the
 * first matching rule, so the catch-all must be last and must not reach an origin: a hostname nobody
 * configured would otherwise hit a service.
 */
export const EI9: ElementRule = {
  id: "EI9",
  name: "tunnel-catch-all",
  description: `A tunnel's last ingress rule has no hostname and the service "${NOT_FOUND}"; no earlier rule is a catch-all.`,
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource" || type !== "cloudflare_zero_trust_tunnel_cloudflared_config") return notApplicable();
    const ingressValue = block(a.config)?.ingress;
    if (isExpression(ingressValue)) {
      return verdict([`config.ingress is the expression ${show(ingressValue)}, which cannot be checked; list the rules literally`]);
    }
    const ingress = blocks(ingressValue);
    const fix = `end config.ingress with { service: "${NOT_FOUND}" } and no hostname`;
    if (ingress.length === 0) return verdict([`config.ingress is ${show(ingressValue)}; ${fix}`]);
    const problems: string[] = [];
    const lastIndex = ingress.length - 1;
    ingress.slice(0, lastIndex).forEach((rule, i) => {
      if (isCatchAll(rule)) {
        problems.push(
          `config.ingress[${i}] (service ${show(rule.service)}) has no hostname and matches every request, so the rules after it never apply; give it a hostname or move it last`,
        );
      }
    });
    const last = ingress[lastIndex];
    if (!isCatchAll(last)) {
      problems.push(`config.ingress[${lastIndex}] is not a catch-all (hostname ${show(last.hostname)}, path ${show(last.path)}); ${fix}`);
    } else if (last.service !== NOT_FOUND) {
      problems.push(`config.ingress[${lastIndex}].service is ${show(last.service)}, so unknown hostnames reach an origin; set it to "${NOT_FOUND}"`);
    }
    return verdict(problems);
  },
};
