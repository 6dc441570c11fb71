import { AccountToken } from "@cdktf/provider-cloudflare/lib/account-token";
import { TerraformOutput } from "cdktf";
import { CiTokens, type CiTokensProps } from "../../constructs/ci-tokens";
import type { Json } from "../helpers/json";
import { stack, synth } from "./helpers";

const ACCOUNT = "0123456789abcdef0123456789abcdef";
const ZONE = "fedcba9876543210fedcba9876543210";
const props: CiTokensProps = { accountId: ACCOUNT, zoneId: ZONE, namePrefix: "acme", stateBucket: "acme-tofu-state" };

const ACCOUNT_SCOPE = "com.cloudflare.api.account";
const ZONE_SCOPE = "com.cloudflare.api.account.zone";
const BUCKET_SCOPE = "com.cloudflare.edge.r2.bucket";
const ON_ACCOUNT = `com.cloudflare.api.account.${ACCOUNT}`;
const ON_ZONE = `com.cloudflare.api.account.zone.${ZONE}`;
const ON_STATE_BUCKET = `com.cloudflare.edge.r2.bucket.${ACCOUNT}_default_acme-tofu-state`;

/**
 * What each family may do, written out here (not read from the construct) so that a grant added or lost
 * fails this test: "<resource the policy names> | <permission group name> | <scope the group is picked from>".
 */
const EXPECTED: Record<string, string[]> = {
  node: [`${ON_ACCOUNT} | Cloudflare Tunnel Write | ${ACCOUNT_SCOPE}`, `${ON_ZONE} | DNS Write | ${ZONE_SCOPE}`],
  data: [
    `${ON_ACCOUNT} | D1 Write | ${ACCOUNT_SCOPE}`,
    `${ON_ACCOUNT} | Queues Write | ${ACCOUNT_SCOPE}`,
    `${ON_ACCOUNT} | Workers KV Storage Write | ${ACCOUNT_SCOPE}`,
    `${ON_ACCOUNT} | Workers R2 Storage Write | ${ACCOUNT_SCOPE}`,
  ],
  edge: [
    `${ON_ACCOUNT} | Access: Apps and Policies Write | ${ACCOUNT_SCOPE}`,
    `${ON_ACCOUNT} | Load Balancing: Monitors and Pools Write | ${ACCOUNT_SCOPE}`,
    `${ON_ACCOUNT} | Notifications Write | ${ACCOUNT_SCOPE}`,
    `${ON_ACCOUNT} | Pages Write | ${ACCOUNT_SCOPE}`,
    `${ON_ACCOUNT} | Workers Scripts Write | ${ACCOUNT_SCOPE}`,
    `${ON_ZONE} | Access: Apps and Policies Write | ${ZONE_SCOPE}`,
    `${ON_ZONE} | DNS Write | ${ZONE_SCOPE}`,
    `${ON_ZONE} | Health Checks Write | ${ZONE_SCOPE}`,
    `${ON_ZONE} | Load Balancers Write | ${ZONE_SCOPE}`,
    `${ON_ZONE} | Workers Routes Write | ${ZONE_SCOPE}`,
  ],
  zone: [`${ON_ACCOUNT} | Notifications Write | ${ACCOUNT_SCOPE}`, `${ON_ZONE} | Zone WAF Write | ${ZONE_SCOPE}`],
  state: [`${ON_STATE_BUCKET} | Workers R2 Storage Bucket Item Write | ${BUCKET_SCOPE}`],
};

describe("CiTokens", () => {
  const { json } = synth((scope) => {
    const ci = new CiTokens(scope, "ci", props);
    new TerraformOutput(scope, "state_access_key_id", { value: ci.stateAccessKeyId });
    new TerraformOutput(scope, "state_secret_access_key", { value: ci.stateSecretAccessKey, sensitive: true });
  });
  const parsed = JSON.parse(json) as Json;
  const tokens = Object.values(parsed.resource.cloudflare_account_token) as Json[];
  const token = (family: string): Json => tokens.find((t) => t.name === `acme-ci-${family}`)!;
  const [dataName, dataSource] = Object.entries(parsed.data.cloudflare_account_api_token_permission_groups_list)[0] as [string, Json];
  const [localName, groupIds] = Object.entries(parsed.locals)[0] as [string, Record<string, string>];

  /** The permission group (name and scope) a local entry selects from the data source, read back from its expression. */
  function selected(key: string): { name: string; scope: string } {
    const expression = groupIds[key];
    const match = new RegExp(
      `^\\$\\{one\\(\\[for g in data\\.cloudflare_account_api_token_permission_groups_list\\.${dataName}\\.result : g\\.id if g\\.name == "([^"]+)" && contains\\(g\\.scopes, "([^"]+)"\\)\\]\\)\\}$`,
    ).exec(expression ?? "");
    if (!match) throw new Error(`local ${key}: not a lookup by name and scope: ${expression}`);
    return { name: match[1], scope: match[2] };
  }

  /** A token's grants as "<resource> | <group name> | <group scope>", each read back from the synthesized JSON. */
  function grants(family: string): string[] {
    return token(family)
      .policies.flatMap((policy: Json) => {
        const resources = JSON.parse(policy.resources) as Record<string, unknown>;
        expect(Object.values(resources)).toEqual(["*"]);
        const [resource] = Object.keys(resources);
        return policy.permission_groups.map((group: Json) => {
          const key = new RegExp(`^\\$\\{local\\.${localName}\\["([^"]+)"\\]\\}$`).exec(group.id)?.[1];
          if (!key) throw new Error(`${family}: permission group id is not a lookup: ${group.id}`);
          const { name, scope } = selected(key);
          return `${resource} | ${name} | ${scope}`;
        });
      })
      .sort();
  }

  test("one account-owned token per stack family, named after the prefix, with allow policies only", () => {
    expect(tokens.map((t) => t.name).sort()).toEqual(["acme-ci-data", "acme-ci-edge", "acme-ci-node", "acme-ci-state", "acme-ci-zone"]);
    for (const t of tokens) {
      expect(t.account_id).toBe(ACCOUNT);
      expect(t.policies.map((p: Json) => p.effect)).toEqual(t.policies.map(() => "allow"));
      expect(t.condition).toBeUndefined();
    }
    expect(json).toHaveResourceWithProperties(AccountToken, { name: "acme-ci-node" });
  });

  test.each(Object.keys(EXPECTED))("the %s token has exactly its family's permission groups, each on its own scope", (family) => {
    expect(grants(family)).toEqual([...EXPECTED[family]].sort());
  });

  test("policies name one account, one zone or one bucket, never a wildcard, one policy per scope", () => {
    for (const t of tokens) {
      const resources = t.policies.map((p: Json) => Object.keys(JSON.parse(p.resources))[0]);
      expect(resources.every((r: string) => [ON_ACCOUNT, ON_ZONE, ON_STATE_BUCKET].includes(r))).toBe(true);
      expect(new Set(resources).size).toBe(resources.length);
    }
    // Only the state token reaches the state bucket's objects, and it reaches nothing else.
    expect(tokens.filter((t) => t.policies.some((p: Json) => p.resources.includes(BUCKET_SCOPE))).map((t) => t.name)).toEqual(["acme-ci-state"]);
    expect(token("state").policies).toHaveLength(1);
  });

  test("permission group ids are looked up in the account's list by name and scope, never typed in", () => {
    expect(Object.keys(parsed.data)).toEqual(["cloudflare_account_api_token_permission_groups_list"]);
    expect(dataSource.account_id).toBe(ACCOUNT);
    // The provider cuts the list at max_items (1000 by default): never let that hide a group.
    expect(dataSource.max_items).toBeGreaterThan(1000);
    expect(dataSource.name).toBeUndefined();
    expect(dataSource.scope).toBeUndefined();
    expect(json).not.toMatch(/"id": "[0-9a-f]{32}"/);
    // "Access: Apps and Policies Write" exists for the account and for zones: both are looked up, separately.
    expect(selected("account/Access: Apps and Policies Write")).toEqual({ name: "Access: Apps and Policies Write", scope: ACCOUNT_SCOPE });
    expect(selected("zone/Access: Apps and Policies Write")).toEqual({ name: "Access: Apps and Policies Write", scope: ZONE_SCOPE });
  });

  test("the plan fails, naming the group, when Cloudflare does not list exactly one group for a grant", () => {
    const conditions = dataSource.lifecycle.postcondition as Array<{ condition: string; error_message: string }>;
    // One per distinct (name, scope) the tokens grant: 17 for the five families.
    expect(conditions).toHaveLength(Object.keys(groupIds).length);
    expect(Object.keys(groupIds)).toHaveLength(17);
    expect(conditions).toContainEqual({
      condition: `\${length([for g in self.result : g.id if g.name == "Zone WAF Write" && contains(g.scopes, "${ZONE_SCOPE}")]) == 1}`,
      error_message: expect.stringContaining(`"Zone WAF Write" with scope ${ZONE_SCOPE}`),
    });
  });

  test("the state token is R2's S3 credential pair: its id, and the SHA-256 of its value, sensitive", () => {
    const state = Object.entries(parsed.resource.cloudflare_account_token).find(([, t]) => (t as Json).name === "acme-ci-state")![0];
    expect(parsed.output.state_access_key_id).toEqual({ value: `\${cloudflare_account_token.${state}.id}` });
    expect(parsed.output.state_secret_access_key).toEqual({ value: `\${sha256(cloudflare_account_token.${state}.value)}`, sensitive: true });
  });

  test("refuses malformed account and zone ids, a bad name prefix and a bad bucket name, reporting all four", () => {
    expect(() => new CiTokens(stack(), "c", { accountId: "acct", zoneId: ZONE.toUpperCase(), namePrefix: "Acme Corp", stateBucket: "State" })).toThrow(
      new RegExp(
        [
          "CiTokens test/c: invalid props",
          'accountId: must be 32 lowercase hex digits, got "acct"',
          `zoneId: must be 32 lowercase hex digits, got "${ZONE.toUpperCase()}"`,
          'namePrefix: must be 1-63 lowercase letters, digits or hyphens, got "Acme Corp"',
          'stateBucket: not an R2 bucket name: "State"',
        ].join("\\n\\s+"),
      ),
    );
  });
});
