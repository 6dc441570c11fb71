import { strings } from "../attributes";
import { ElementRule, notApplicable, PolicyElement, verdict } from "../rule";

/** Whether a linode_firewall of the same stack lists this instance in `linodes`. */
function attachedByFirewall({ name, stack }: PolicyElement): boolean {
  const reference = `linode_instance.${name}.`;
  return stack.resources.some((r) => r.type === "linode_firewall" && strings(r.attributes.linodes).some((l) => l.includes(reference)));
}

/**
 * A machine with a public address and no firewall of ours in front of it. An EC2 instance with a public IP and
 * no security group falls back to the VPC's default group; a Linode always has a public address and accepts
 * everything unless a Cloud Firewall is attached (its `firewall_id`, or a linode_firewall listing it in the
 * same stack; attach it in the same stack or suppress with the reason).
 */
export const EI12: ElementRule = {
  id: "EI12",
  name: "instance-without-firewall",
  description: "Every instance with a public address has an explicit firewall or security group.",
  scope: "element",
  check(element) {
    const { kind, type, attributes: a } = element;
    if (kind !== "resource") return notApplicable();
    if (type === "aws_instance") {
      if (a.associate_public_ip_address !== true) return verdict([]);
      const groups = [...strings(a.vpc_security_group_ids), ...strings(a.security_groups)];
      return verdict(
        groups.length > 0
          ? []
          : [`associate_public_ip_address is true and vpc_security_group_ids is empty, so the VPC's default group applies; attach a security group that denies ingress`],
      );
    }
    if (type === "linode_instance") {
      const ok = a.firewall_id !== undefined && a.firewall_id !== null;
      return verdict(
        ok || attachedByFirewall(element)
          ? []
          : [`firewall_id is not set and no linode_firewall in the stack lists this instance; set firewall_id to a firewall with inbound_policy "DROP"`],
      );
    }
    return notApplicable();
  },
};
