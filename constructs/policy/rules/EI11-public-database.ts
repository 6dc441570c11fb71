import { openCidrs, show } from "../attributes";
import { ElementRule, notApplicable, verdict } from "../rule";

const LINODE_DATABASES = new Set(["linode_database_postgresql_v2", "linode_database_mysql_v2"]);

/** A managed database reachable from the whole internet. */
export const EI11: ElementRule = {
  id: "EI11",
  name: "public-database",
  description: "Databases accept connections only from the nodes that use them.",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource") return notApplicable();
    if (type === "aws_db_instance") {
      return verdict(
        a.publicly_accessible === true ? [`publicly_accessible is true; set it to false and reach the database from the VPC`] : [],
      );
    }
    if (LINODE_DATABASES.has(type)) {
      const open = openCidrs(a.allow_list);
      return verdict(
        open.length === 0 ? [] : [`allow_list contains ${open.map(show).join(", ")}; list only the nodes' addresses (e.g. "203.0.113.7/32")`],
      );
    }
    return notApplicable();
  },
};
