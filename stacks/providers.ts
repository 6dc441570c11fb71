import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TerraformStack } from "cdktf";

/**
 * Exact provider versions every stack pins. They match the versions the TypeScript bindings were
 * generated from (cloudflare and aws from their @cdktf packages, linode from .gen/) and the plugins
 * scripts/bootstrap-providers.sh builds into the offline mirror.
 */
export const PROVIDER_VERSIONS = {
  cloudflare: "5.14.0",
  random: "3.7.2",
  aws: "6.25.0",
} as const;

function pin(stack: TerraformStack, name: keyof typeof PROVIDER_VERSIONS): void {
  stack.addOverride(`terraform.required_providers.${name}.version`, PROVIDER_VERSIONS[name]);
}

/** Cloudflare; the API token comes from CLOUDFLARE_API_TOKEN at plan time, never from config. */
export function cloudflareProvider(stack: TerraformStack): CloudflareProvider {
  pin(stack, "cloudflare");
  return new CloudflareProvider(stack, "cloudflare", {});
}

export function randomProvider(stack: TerraformStack): RandomProvider {
  pin(stack, "random");
  return new RandomProvider(stack, "random", {});
}

/** AWS in one region; credentials come from the usual AWS environment variables or profile. */
export function awsProvider(stack: TerraformStack, region: string, tags: Record<string, string>): AwsProvider {
  pin(stack, "aws");
  return new AwsProvider(stack, "aws", { region, defaultTags: [{ tags }] });
}
