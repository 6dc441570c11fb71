import { block, blocks, isExpression, show, strings } from "../attributes";
import { type Attributes, type ElementRule, notApplicable, type PolicyElement, verdict } from "../rule";

// The Linode resources of a node that take tags. linode_database_*_v2, linode_vpc, linode_vpc_subnet and
// linode_networking_ip have no tags attribute in provider 3.13.0, so they cannot be judged.
const LINODE_TAGGED = new Set(["linode_instance", "linode_volume", "linode_firewall"]);
const AWS_TAGGED = new Set(["aws_instance", "aws_ebs_volume", "aws_db_instance"]);
const LINODE_PREFIXES = ["project:", "env:"];
const AWS_KEYS = ["project", "environment"];

/** The `default_tags.tags` of the aws provider configuration this resource uses (its alias, or the default one). */
function defaultTags({ attributes, stack }: PolicyElement): Attributes {
  const alias = typeof attributes.provider === "string" ? attributes.provider.split(".")[1] : undefined;
  const config = (stack.providers.aws ?? []).find((p) => p.alias === alias);
  const tags = block(block(config?.default_tags)?.tags);
  return tags ?? {};
}

/**
 * A resource that cannot be traced to its project and environment in the provider's console and bill. Linode
 * tags are strings, `project:<name>` and `env:<name>`; AWS tags are a map with `project` and `environment`,
 * which the aws provider's default_tags may supply for every resource.
 */
export const EI7: ElementRule = {
  id: "EI7",
  name: "missing-tags",
  description: "Every instance, volume, database and Linode firewall that takes tags is tagged with its project and environment.",
  scope: "element",
  check(element) {
    const { kind, type, attributes: a } = element;
    if (kind !== "resource") return notApplicable();
    if (LINODE_TAGGED.has(type)) {
      if (isExpression(a.tags)) return verdict([`tags is the expression ${show(a.tags)}, which cannot be checked; list the tags literally`]);
      const tags = strings(a.tags);
      const missing = LINODE_PREFIXES.filter((prefix) => !tags.some((t) => t.startsWith(prefix) && t.length > prefix.length));
      return verdict(missing.length === 0 ? [] : [`tags is ${show(a.tags)}, missing a ${missing.map((p) => `"${p}<name>"`).join(" and a ")} tag; add them`]);
    }
    if (AWS_TAGGED.has(type)) {
      if (isExpression(a.tags)) return verdict([`tags is the expression ${show(a.tags)}, which cannot be checked; use a literal map`]);
      const tags = { ...defaultTags(element), ...(blocks(a.tags)[0] ?? {}) };
      const missing = AWS_KEYS.filter((key) => typeof tags[key] !== "string" || tags[key] === "");
      return verdict(
        missing.length === 0
          ? []
          : [
              `tags is ${show(a.tags)} and the aws provider's default_tags lack ${missing.map(show).join(" and ")}; set default_tags { project, environment } on the provider`,
            ],
      );
    }
    return notApplicable();
  },
};
