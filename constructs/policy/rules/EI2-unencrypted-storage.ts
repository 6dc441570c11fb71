import { block, blocks, show } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

/**
 * Disks and databases encrypted at rest. Linode: `linode_volume.encryption` defaults to "disabled", so it must be
 * "enabled". `linode_instance.disk_encryption` must be "enabled" too: left out, it follows the region (enabled
 * only where Linode Disk Encryption is offered), so an instance in another region would be created unencrypted
 * without a word; an explicit "enabled" puts the requirement in the plan. Managed databases
 * (`linode_database_*_v2`) are always encrypted at rest (`encrypted` is read-only), so they are not judged here.
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
        if (a.disk_encryption !== "enabled") {
          problems.push(`disk_encryption is ${show(a.disk_encryption)}; set disk_encryption = "enabled" (in a region that offers it)`);
        }
        break;
      default:
        return notApplicable();
    }
    return verdict(problems);
  },
};
