import * as path from "node:path";
import { main } from "../../main";
import type { Config, Environment } from "../../schema/config.types";
import { loadConfig } from "../../schema/load";
import { ConfigError } from "../../schema/problems";
import { EXIT } from "../../scripts/cli";
import { defaultConfig, tempDir, writeJsonConfig } from "../helpers/config";

const staging = (c: Config): Environment => c.environments.staging;

/** Staging on a managed Linode database with `allowList`. */
function managedPostgres(c: Config, allowList: string[]): void {
  Object.assign(staging(c).postgres, {
    mode: "managed",
    node: undefined,
    managed: { provider: "linode", region: "jp-tyo-3", size: "g6-nanode-1", allowList, replicas: 0 },
  });
  staging(c).nodes[1].roles = ["app"];
}

/** The problems loading `config` reports, as `path: message`. */
function problems(config: Config): string[] {
  try {
    loadConfig(writeJsonConfig(config));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  return [];
}

const ALLOW = "environments.staging.postgres.managed.allowList";

describe("config: admin and allow-list networks are judged by range", () => {
  test.each<[string, (c: Config) => void, RegExp[]]>([
    [
      "admin.cidrs of the whole internet",
      (c) => void (c.admin.cidrs = ["0.0.0.0/0"]),
      [/^admin\.cidrs\[0\]: 0\.0\.0\.0\/0 is the whole internet; admin\.cidrs are the only networks SSH is opened to/],
    ],
    [
      "admin.cidrs of the bypass pair 0.0.0.0/1 + 128.0.0.0/1, after an office",
      (c) => void (c.admin.cidrs = ["203.0.113.16/28", "0.0.0.0/1", "128.0.0.0/1"]),
      [
        /^admin\.cidrs\[1\]: 0\.0\.0\.0\/1 covers more of the internet than a \/16/,
        /^admin\.cidrs\[2\]: 128\.0\.0\.0\/1 covers more of the internet than a \/16/,
      ],
    ],
    ["admin.cidrs of ::/0 (the config takes IPv4 only)", (c) => void (c.admin.cidrs = ["::/0"]), [/^admin\.cidrs\[0\]: /]],
    ["admin.cidrs of 2000::/3", (c) => void (c.admin.cidrs = ["2000::/3"]), [/^admin\.cidrs\[0\]: /]],
    [
      "admin.cidrs of seventeen /20s",
      (c) => void (c.admin.cidrs = Array.from({ length: 17 }, (_, i) => `198.${51 + Math.floor(i / 16)}.${(i % 16) * 16}.0/20`)),
      [/^admin\.cidrs\[16\]: 198\.52\.0\.0\/20 is one of 17 networks that together cover more of the internet than a \/16/],
    ],
    [
      "a database allow list of the bypass pair",
      (c) => managedPostgres(c, ["0.0.0.0/1", "128.0.0.0/1"]),
      [
        new RegExp(`^${ALLOW.replace(/\./g, "\\.")}\\[0\\]: 0\\.0\\.0\\.0/1 covers more`),
        new RegExp(`^${ALLOW.replace(/\./g, "\\.")}\\[1\\]: 128\\.0\\.0\\.0/1 covers more`),
      ],
    ],
    ["a database allow list of ::/0", (c) => managedPostgres(c, ["::/0"]), [new RegExp(`^${ALLOW.replace(/\./g, "\\.")}\\[0\\]: `)]],
  ])("%s is refused, naming the field", (_what, mutate, expected) => {
    const config = defaultConfig();
    mutate(config);
    const found = problems(config);
    for (const pattern of expected) expect(found).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
  });

  test("the synth exits 3 naming admin.cidrs[0] for a world-wide admin network, even with no node opening SSH", async () => {
    const config = defaultConfig();
    config.admin.cidrs = ["0.0.0.0/0"];
    for (const env of Object.values(config.environments)) for (const node of env.nodes) node.sshFromAdmin = false;
    const errors: string[] = [];
    jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.join(" ")));
    try {
      expect(await main(["--config", writeJsonConfig(config), "--out", path.join(tempDir(), "cdktf.out")])).toBe(EXIT.INVALID);
    } finally {
      jest.restoreAllMocks();
    }
    expect(errors.join("\n")).toContain("admin.cidrs[0]: 0.0.0.0/0 is the whole internet");
  });

  test("an office /28 and an admin /32, and a database allowed from an office, a node and the subnet, pass", () => {
    const config = defaultConfig();
    config.admin.cidrs = ["203.0.113.16/28", "198.51.100.7/32"];
    managedPostgres(config, ["203.0.113.16/28", "198.51.100.7/32", "10.0.0.0/24"]);
    expect(problems(config)).toEqual([]);
  });
});
