import { block, openCidrs, show } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

const LINODE_DATABASES = new Set(["linode_database_postgresql_v2", "linode_database_mysql_v2"]);

/**
 * A managed database reachable from the whole internet. A Linode database admits only the addresses of its
 * `allow_list`, whether they come over its public endpoint or, with `private_network`, from its VPC; an open
 * allow list is refused either way, since `private_network.public_access = true` (or no private network at all)
 * is then one attribute away from every address on the internet. linode_database_access_controls replaces a
 * database's allow list from outside, so it is judged the same way.
 */
export const EI11: ElementRule = {
  id: "EI11",
  name: "public-database",
  description: "Databases accept connections only from the nodes that use them.",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource") return notApplicable();
    if (type === "aws_db_instance") {
      return verdict(a.publicly_accessible === true ? [`publicly_accessible is true; set it to false and reach the database from the VPC`] : []);
    }
    if (LINODE_DATABASES.has(type) || type === "linode_database_access_controls") {
      const open = openCidrs(a.allow_list);
      if (open.length === 0) return verdict([]);
      const listed = `allow_list contains ${open.map(show).join(", ")}`;
      const network = block(a.private_network);
      if (type === "linode_database_access_controls") {
        return verdict([`${listed}; list only the nodes' addresses or the VPC subnet's range (e.g. "10.0.0.0/24")`]);
      }
      if (network === undefined) {
        return verdict([
          `${listed} and there is no private_network, so the public endpoint accepts the whole internet; ` +
            `join the VPC with private_network = { vpcId, subnetId, publicAccess: false } and allow only its subnet's range`,
        ]);
      }
      if (network.public_access === true) {
        return verdict([
          `${listed} and private_network.public_access is true, so the public endpoint accepts the whole internet; ` +
            `set publicAccess: false and allow only the VPC subnet's range`,
        ]);
      }
      return verdict([
        `${listed}: private_network.public_access is ${show(network.public_access)}, but the allow list is the only address filter; ` +
          `allow only the VPC subnet's range (e.g. "10.0.0.0/24")`,
      ]);
    }
    return notApplicable();
  },
};
