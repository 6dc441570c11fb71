import { block, show } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

/**
 * Resources that hold data. The convention is simple on purpose: every volume and every database is stateful,
 * so a `tofu destroy` or a replacing change must be stopped by `lifecycle.prevent_destroy`.
 */
export const STATEFUL_TYPES: ReadonlySet<string> = new Set([
  "aws_ebs_volume",
  "aws_db_instance",
  "linode_volume",
  "linode_database_postgresql_v2",
  "linode_database_mysql_v2",
]);

/** A volume or database that a destroy or replacement would delete without a guard. */
export const EI4: ElementRule = {
  id: "EI4",
  name: "unprotected-data",
  description: "Every volume and database carries lifecycle.prevent_destroy; RDS also deletion_protection and a final snapshot.",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource" || !STATEFUL_TYPES.has(type)) return notApplicable();
    const problems: string[] = [];
    const preventDestroy = block(a.lifecycle)?.prevent_destroy;
    if (preventDestroy !== true) {
      problems.push(`lifecycle.prevent_destroy is ${show(preventDestroy)}; set lifecycle = { preventDestroy: true }`);
    }
    if (type === "aws_db_instance") {
      if (a.deletion_protection !== true) {
        problems.push(`deletion_protection is ${show(a.deletion_protection)}; set deletion_protection = true`);
      }
      if (a.skip_final_snapshot === true) {
        problems.push(`skip_final_snapshot is true; remove it and set final_snapshot_identifier`);
      }
    }
    return verdict(problems);
  },
};
