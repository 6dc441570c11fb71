import { AccountToken, type AccountTokenPolicies } from "@cdktf/provider-cloudflare/lib/account-token";
import { DataCloudflareAccountApiTokenPermissionGroupsList } from "@cdktf/provider-cloudflare/lib/data-cloudflare-account-api-token-permission-groups-list";
import { Fn, TerraformLocal } from "cdktf";
import { Construct } from "constructs";
import { R2_BUCKET_NAME } from "./state-bucket";
import { PropsValidator } from "./validation";

/** The stack families CI deploys, one token each: `<env>-node-*`, `<env>-data`, `<env>-edge`, `zone`, and the state backend. */
export const CI_TOKEN_FAMILIES = ["node", "data", "edge", "zone", "state"] as const;
export type CiTokenFamily = (typeof CI_TOKEN_FAMILIES)[number];

/** What a permission group applies to: the account, the zone, or the objects of the state bucket. */
export type PermissionScope = "account" | "zone" | "bucket";

/**
 * The scope Cloudflare lists each permission group under (`scopes` of GET /accounts/{id}/tokens/permission_groups).
 * A name alone is ambiguous: "Access: Apps and Policies Write" exists for the account and for zones.
 */
export const PERMISSION_SCOPES: Readonly<Record<PermissionScope, string>> = {
  account: "com.cloudflare.api.account",
  zone: "com.cloudflare.api.account.zone",
  bucket: "com.cloudflare.edge.r2.bucket",
};

/** One permission of a token: a Cloudflare permission group by its exact API name, on a scope. */
export interface PermissionGrant {
  /** The group's name as the API spells it ("… Write", where the dashboard says "… Edit"). */
  readonly group: string;
  readonly scope: PermissionScope;
}

/**
 * What each family's stacks change, and nothing more. Names are the API names of
 * https://developers.cloudflare.com/fundamentals/api/reference/permissions/ ; for each resource type the
 * provider's schema lists the groups it accepts (`tofu providers schema -json`, "Accepted Permissions").
 */
export const CI_TOKEN_GRANTS: Readonly<Record<CiTokenFamily, readonly PermissionGrant[]>> = {
  // Tunnels and their remote configuration (account), the origin hostnames' CNAMEs (zone).
  node: [
    { group: "Cloudflare Tunnel Write", scope: "account" },
    { group: "DNS Write", scope: "zone" },
  ],
  // The log, backup and Worker services' buckets and their lifecycle rules (creating a bucket needs the
  // account-wide group: R2 has no narrower one for bucket management), the Worker services' KV namespaces,
  // D1 databases (and wrangler's D1 migrations after the apply) and queues.
  data: [
    { group: "Workers R2 Storage Write", scope: "account" },
    { group: "Workers KV Storage Write", scope: "account" },
    { group: "D1 Write", scope: "account" },
    { group: "Queues Write", scope: "account" },
  ],
  // The Workers (the edge Worker, Worker services with their queue consumers and custom domains), Pages
  // projects and their domains (and wrangler pages deploy after the apply), reusable Access policies, load
  // balancer monitors and pools, notification policies and webhooks (account); routes, placeholder and
  // public records, Access applications, load balancers and health checks (zone).
  edge: [
    { group: "Workers Scripts Write", scope: "account" },
    { group: "Pages Write", scope: "account" },
    { group: "Access: Apps and Policies Write", scope: "account" },
    { group: "Load Balancing: Monitors and Pools Write", scope: "account" },
    { group: "Notifications Write", scope: "account" },
    { group: "Workers Routes Write", scope: "zone" },
    { group: "DNS Write", scope: "zone" },
    { group: "Access: Apps and Policies Write", scope: "zone" },
    { group: "Load Balancers Write", scope: "zone" },
    { group: "Health Checks Write", scope: "zone" },
  ],
  // The zone-wide origin error-rate policies and their webhooks (account); the zone's WAF entry points:
  // managed rules, custom rules and rate limiting rules (zone).
  zone: [
    { group: "Notifications Write", scope: "account" },
    { group: "Zone WAF Write", scope: "zone" },
  ],
  // The S3 backend: read, write and list objects of the state bucket, nothing else.
  state: [{ group: "Workers R2 Storage Bucket Item Write", scope: "bucket" }],
};

const CLOUDFLARE_ID = /^[0-9a-f]{32}$/;
const SCOPE_ORDER: readonly PermissionScope[] = ["account", "zone", "bucket"];

export interface CiTokensProps {
  /** The account the account-level permissions are limited to: 32 lowercase hex digits. */
  readonly accountId: string;
  /** The zone the zone-level permissions are limited to: 32 lowercase hex digits. */
  readonly zoneId: string;
  /** Token names are `<namePrefix>-ci-<family>`, e.g. the project. */
  readonly namePrefix: string;
  /** The state bucket (default jurisdiction): the only bucket whose objects the state token may touch. */
  readonly stateBucket: string;
}

/**
 * One API token per stack family for CI, each allowed only what its family changes, limited to this
 * account, zone and state bucket: a leaked edge token cannot touch tunnels, and only the state token can
 * read state. They are account-owned tokens (`cloudflare_account_token`): Cloudflare's choice for CI, they
 * keep working when the person who applied the bootstrap stack leaves the account
 * (https://developers.cloudflare.com/fundamentals/api/get-started/account-owned-tokens/). Creating them
 * needs a token with "Account API Tokens Write", which only a Super Administrator can hold.
 *
 * Permission group ids are Cloudflare's, never typed here: one `cloudflare_account_api_token_permission_groups_list`
 * lists them, and each grant takes the one id whose name AND scope match. A postcondition per grant fails
 * the plan naming a group Cloudflare no longer lists. Consequence: planning needs the Cloudflare API. A
 * data source is read during `plan`, even with `-refresh=false`, so an offline plan with dummy
 * credentials fails; offline, the stack can only be validated.
 *
 * The state token doubles as R2's S3 credentials (https://developers.cloudflare.com/r2/api/tokens/,
 * "Get S3 API credentials from an API token"): access key id = token id, secret access key = SHA-256 (hex)
 * of the token value. Token values and the secret are for sensitive outputs only; ids are not secrets.
 */
export class CiTokens extends Construct {
  readonly permissionGroups: DataCloudflareAccountApiTokenPermissionGroupsList;
  readonly tokens: Readonly<Record<CiTokenFamily, AccountToken>>;
  /** The S3 access key id of the state backend: the state token's id. Not a secret. */
  readonly stateAccessKeyId: string;
  /** The S3 secret access key of the state backend. Sensitive: only ever put in a sensitive output. */
  readonly stateSecretAccessKey: string;

  constructor(scope: Construct, id: string, props: CiTokensProps) {
    super(scope, id);
    new PropsValidator(`CiTokens ${this.node.path}`)
      .check(CLOUDFLARE_ID.test(props.accountId), "accountId", `must be 32 lowercase hex digits, got ${JSON.stringify(props.accountId)}`)
      .check(CLOUDFLARE_ID.test(props.zoneId), "zoneId", `must be 32 lowercase hex digits, got ${JSON.stringify(props.zoneId)}`)
      .check(
        /^[a-z0-9][a-z0-9-]{0,62}$/.test(props.namePrefix),
        "namePrefix",
        `must be 1-63 lowercase letters, digits or hyphens, got ${JSON.stringify(props.namePrefix)}`,
      )
      .check(R2_BUCKET_NAME.test(props.stateBucket), "stateBucket", `not an R2 bucket name: ${JSON.stringify(props.stateBucket)}`)
      .throwIfInvalid();

    const grants = uniqueGrants();
    this.permissionGroups = new DataCloudflareAccountApiTokenPermissionGroupsList(this, "permission-groups", {
      accountId: props.accountId,
      // The API answers with every group in one page; the provider cuts it at max_items (default 1000).
      maxItems: 10000,
      lifecycle: {
        postcondition: grants.map((grant) => ({
          condition: `\${length(${matching("self.result", grant)}) == 1}`,
          errorMessage: `Cloudflare lists no single permission group ${JSON.stringify(grant.group)} with scope ${PERMISSION_SCOPES[grant.scope]}: the CI tokens need it (constructs/ci-tokens.ts, CI_TOKEN_GRANTS).`,
        })),
      },
    });
    // "<scope>/<name>" → the group's id, for exactly the groups the tokens grant.
    const ids = new TerraformLocal(
      this,
      "permission-group-ids",
      Object.fromEntries(grants.map((grant) => [grantKey(grant), `\${one(${matching(`${this.permissionGroups.fqn}.result`, grant)})}`])),
    );

    const resources: Record<PermissionScope, string> = {
      account: JSON.stringify({ [`com.cloudflare.api.account.${props.accountId}`]: "*" }),
      zone: JSON.stringify({ [`com.cloudflare.api.account.zone.${props.zoneId}`]: "*" }),
      bucket: JSON.stringify({ [`com.cloudflare.edge.r2.bucket.${props.accountId}_default_${props.stateBucket}`]: "*" }),
    };
    const token = (family: CiTokenFamily): AccountToken =>
      new AccountToken(this, family, {
        accountId: props.accountId,
        name: `${props.namePrefix}-ci-${family}`,
        // One policy per scope: a permission group only applies to resources of its own scope.
        policies: SCOPE_ORDER.flatMap((scope): AccountTokenPolicies[] => {
          const inScope = CI_TOKEN_GRANTS[family].filter((g) => g.scope === scope);
          if (inScope.length === 0) return [];
          return [
            { effect: "allow", resources: resources[scope], permissionGroups: inScope.map((g) => ({ id: `\${${ids.fqn}[${JSON.stringify(grantKey(g))}]}` })) },
          ];
        }),
      });
    this.tokens = Object.fromEntries(CI_TOKEN_FAMILIES.map((family) => [family, token(family)])) as Record<CiTokenFamily, AccountToken>;
    this.stateAccessKeyId = this.tokens.state.id;
    this.stateSecretAccessKey = Fn.sha256(this.tokens.state.value);
  }
}

/** The key of a grant in the permission-group-ids local. */
export function grantKey(grant: PermissionGrant): string {
  return `${grant.scope}/${grant.group}`;
}

/** Every distinct grant of CI_TOKEN_GRANTS, in first-seen order. */
function uniqueGrants(): PermissionGrant[] {
  const seen = new Map<string, PermissionGrant>();
  for (const family of CI_TOKEN_FAMILIES) for (const grant of CI_TOKEN_GRANTS[family]) if (!seen.has(grantKey(grant))) seen.set(grantKey(grant), grant);
  return [...seen.values()];
}

/** An HCL list of the ids of the groups in `list` named like `grant` within its scope. */
function matching(list: string, grant: PermissionGrant): string {
  return `[for g in ${list} : g.id if g.name == ${JSON.stringify(grant.group)} && contains(g.scopes, ${JSON.stringify(PERMISSION_SCOPES[grant.scope])})]`;
}
