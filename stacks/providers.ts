import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import type { TerraformStack } from "cdktf";
import { LinodeProvider } from "../.gen/providers/linode/provider";
import { awsTags } from "../constructs/vps-node";

/**
 * Exact provider versions every stack pins: the plugins scripts/bootstrap-providers.sh puts into the offline
 * mirror, from the registry or built from source (adr/adr-linode-bindings-and-provider-mirror.md says how
 * each was checked to be a release; aws 6.47.1 could not be). The Linode binding is generated from exactly
 * the pinned release (.gen/providers/linode, scripts/generate-linode-bindings.sh). The npm bindings were generated from older releases of the same major
 * (@cdktf/provider-cloudflare 13.9.1 from cloudflare 5.14.0, -random 12.0.1 from 3.7.2, -aws 21.22.1
 * from 6.25.0): those exact releases are not served by the Go module proxy we build from, and no newer
 * binding exists since CDKTF was archived. The tofu tier (`tofu validate` and `plan` of every stack)
 * proves the synthesized JSON against the pinned plugins' real schemas.
 */
export const PROVIDER_VERSIONS = {
  linode: "3.13.0",
  cloudflare: "5.24.0",
  random: "3.9.0",
  aws: "6.47.1",
} as const;

function pin(stack: TerraformStack, name: keyof typeof PROVIDER_VERSIONS): void {
  stack.addOverride(`terraform.required_providers.${name}.version`, PROVIDER_VERSIONS[name]);
}

/** Cloudflare; the API token comes from CLOUDFLARE_API_TOKEN at plan time, never from config. */
export function cloudflareProvider(stack: TerraformStack): CloudflareProvider {
  pin(stack, "cloudflare");
  return new CloudflareProvider(stack, "cloudflare", {});
}

/** Linode; the API token comes from LINODE_TOKEN at plan time, never from config. */
export function linodeProvider(stack: TerraformStack): LinodeProvider {
  pin(stack, "linode");
  return new LinodeProvider(stack, "linode", {});
}

export function randomProvider(stack: TerraformStack): RandomProvider {
  pin(stack, "random");
  return new RandomProvider(stack, "random", {});
}

/**
 * AWS in one region, tagging every resource with the environment's tags (project, environment …).
 * Credentials come from the usual AWS environment variables, profile or OIDC role, never from config.
 */
export function awsProvider(stack: TerraformStack, region: string, tags: readonly string[]): AwsProvider {
  pin(stack, "aws");
  const { env, ...rest } = awsTags(tags);
  return new AwsProvider(stack, "aws", { region, defaultTags: [{ tags: { ...rest, ...(env ? { environment: env } : {}) } }] });
}
