import { strings } from "../attributes";
import { type ElementRule, notApplicable, type PolicyElement, verdict } from "../rule";

/**
 * Whether a resource of the same stack attaches a firewall to this instance: a linode_firewall listing it in
 * `linodes`, or a linode_firewall_device whose entity is it (`entity_type` defaults to "linode").
 */
function attachedByFirewall({ name, stack }: PolicyElement): boolean {
  const reference = `linode_instance.${name}.`;
  return stack.resources.some(
    ({ type, attributes: r }) =>
      (type === "linode_firewall" && strings(r.linodes).some((l) => l.includes(reference))) ||
      (type === "linode_firewall_device" &&
        (r.entity_type === undefined || r.entity_type === "linode") &&
        strings(r.entity_id).some((id) => id.includes(reference))),
  );
}

/**
 * A machine with a public address and no firewall of ours in front of it. An EC2 instance with a public IP and
 * no security group falls back to the VPC's default group; a Linode always has a public address and accepts
 * everything unless a Cloud Firewall is attached (its `firewall_id`, which attaches it before first boot, or a
 * linode_firewall or linode_firewall_device naming it in the same stack; otherwise suppress with the reason).
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
          : [
              `associate_public_ip_address is true and vpc_security_group_ids is empty, so the VPC's default group applies; attach a security group that denies ingress`,
            ],
      );
    }
    if (type === "linode_instance") {
      const ok = a.firewall_id !== undefined && a.firewall_id !== null;
      return verdict(
        ok || attachedByFirewall(element)
          ? []
          : [
              `firewall_id is not set and no linode_firewall or linode_firewall_device in the stack attaches one; set firewall_id to a firewall with inbound_policy "DROP"`,
            ],
      );
    }
    return notApplicable();
  },
};
