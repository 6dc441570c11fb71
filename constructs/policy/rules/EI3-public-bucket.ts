import { show } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

/** An R2 bucket served to the public through its r2.dev URL or a custom domain. */
export const EI3: ElementRule = {
  id: "EI3",
  name: "public-bucket",
  description: "R2 buckets hold logs and backups and stay private; a public one needs a suppression saying why.",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource") return notApplicable();
    switch (type) {
      case "cloudflare_r2_managed_domain":
        return verdict(
          a.enabled === false
            ? []
            : [`enabled is ${show(a.enabled)}: bucket ${show(a.bucket_name)} would be public at its r2.dev URL; set enabled = false or remove the resource`],
        );
      case "cloudflare_r2_custom_domain":
        return verdict(
          a.enabled === false
            ? []
            : [`domain ${show(a.domain)} serves bucket ${show(a.bucket_name)} to the public (enabled is ${show(a.enabled)}); remove the custom domain`],
        );
      default:
        return notApplicable();
    }
  },
};
