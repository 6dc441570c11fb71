import { block, blocks, show } from "../attributes";
import { ElementRule, notApplicable, verdict } from "../rule";

/**
 * Disks and databases encrypted at rest. Linode: `linode_volume.encryption` exists since provider 2.x and
 * defaults to disabled, so it must be "enabled"; `linode_instance.disk_encryption` defaults to enabled where
 * the region supports it, so only an explicit "disabled" is refused.
 */
export const EI2: ElementRule = {
  id: "EI2",
  name: "unencrypted-storage",
  description: "A disk or database that leaves the provider's hands (snapshot, decommissioned hardware) must be unreadable.",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource") return notApplicable();
    const problems: string[] = [];
    switch (type) {
      case "aws_instance": {
        const root = block(a.root_block_device);
        if (root?.encrypted !== true) {
          problems.push(`root_block_device.encrypted is ${show(root?.encrypted)}; set root_block_device = { encrypted: true }`);
        }
        blocks(a.ebs_block_device).forEach((d, i) => {
          if (d.encrypted !== true) problems.push(`ebs_block_device[${i}].encrypted is ${show(d.encrypted)}; set it to true`);
        });
        break;
      }
      case "aws_ebs_volume":
        if (a.encrypted !== true) problems.push(`encrypted is ${show(a.encrypted)}; set encrypted = true`);
        break;
      case "aws_db_instance":
        if (a.storage_encrypted !== true) problems.push(`storage_encrypted is ${show(a.storage_encrypted)}; set storage_encrypted = true`);
        break;
      case "linode_volume":
        if (a.encryption !== "enabled") problems.push(`encryption is ${show(a.encryption)}; set encryption = "enabled"`);
        break;
      case "linode_instance":
        if (a.disk_encryption === "disabled") {
          problems.push(`disk_encryption is "disabled"; remove it or set disk_encryption = "enabled"`);
        }
        break;
      default:
        return notApplicable();
    }
    return verdict(problems);
  },
};
