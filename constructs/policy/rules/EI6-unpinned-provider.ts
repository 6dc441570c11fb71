import { show } from "../attributes";
import { type StackRule, verdict } from "../rule";

/** An exact version, optionally written `= 1.2.3`; anything with `~>`, `>=`, `,` or missing parts floats. */
const EXACT = /^(=\s*)?v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** Resource types served by OpenTofu itself, which has no version to pin. */
const BUILT_IN = new Set(["terraform"]);

/**
 * A provider whose version can change under the same configuration: a range in required_providers, no
 * version, or a provider used (configured, or implied by a resource type) without a required_providers entry.
 */
export const EI6: StackRule = {
  id: "EI6",
  name: "unpinned-provider",
  description: "Every provider is pinned to the exact version its bindings were generated from and the mirror serves.",
  scope: "stack",
  check({ requiredProviders, providers, resources }) {
    const problems: string[] = [];
    for (const [name, entry] of Object.entries(requiredProviders).sort(([a], [b]) => a.localeCompare(b))) {
      const version = entry?.version;
      if (typeof version !== "string" || !EXACT.test(version.trim())) {
        problems.push(
          `terraform.required_providers.${name}.version is ${show(version)}; pin an exact version such as "1.2.3" (see PROVIDER_VERSIONS in stacks/providers.ts)`,
        );
      }
    }
    const used = new Set([...Object.keys(providers), ...resources.map((r) => r.type.split("_")[0])]);
    for (const name of [...used].sort()) {
      if (!BUILT_IN.has(name) && !(name in requiredProviders)) {
        problems.push(`provider ${show(name)} is used but has no terraform.required_providers entry; declare it with an exact version`);
      }
    }
    return verdict(problems);
  },
};
