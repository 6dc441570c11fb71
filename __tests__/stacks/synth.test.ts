import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import { main } from "../../main";
import { EXIT } from "../../scripts/cli";
import { stackNames } from "../../stacks/names";
import { STAMP_FILE } from "../../stacks/output-folder";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir } from "../helpers/config";
import { workerScript } from "../helpers/worker";

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

describe("synth of the default configuration", () => {
  const outdir = path.join(tempDir(), "cdktf.out");
  let stacks: string[];

  beforeAll(() => {
    stacks = synthesize(defaultConfig(), { workerScript: workerScript(), outdir });
  });

  test.each(["staging", "production"])("%s has its Linode network stack first, one stack per node, a data stack and an edge stack", (env) => {
    const expected = [`${env}-network`, `${env}-node-app-1`, `${env}-node-db-1`, `${env}-data`, `${env}-edge`];
    expect(stackNames(env, ["app-1", "db-1"], true)).toEqual(expected);
    expect(stacks.filter((s) => s.startsWith(`${env}-`))).toEqual(expected);
    for (const stack of expected) {
      expect(existsSync(path.join(outdir, "stacks", stack, "cdk.tf.json"))).toBe(true);
    }
  });

  test("writes exactly the stacks of both environments, the zone stack, and a manifest listing them", () => {
    expect(readdirSync(path.join(outdir, "stacks")).sort()).toEqual([...stacks].sort());
    expect(stacks).toHaveLength(12);
    expect(stacks).toContain("bootstrap");
    expect(stacks).toContain("zone");
    expect(Object.keys(readJson(path.join(outdir, "manifest.json")).stacks).sort()).toEqual([...stacks].sort());
  });

  test("every stack keeps local state outside cdktf.out and pins its providers to exact versions", () => {
    for (const stack of stacks) {
      const tf = readJson(path.join(outdir, "stacks", stack, "cdk.tf.json")).terraform;
      expect(tf.backend).toEqual({ local: { path: `../../../state/${stack}.tfstate` } });
      for (const provider of Object.values(tf.required_providers) as Array<{ version: string }>) {
        expect(provider.version).toMatch(/^\d+\.\d+\.\d+$/);
      }
    }
  });

  test("--env limits the synth to one environment", () => {
    const only = path.join(tempDir(), "out");
    expect(
      synthesize(defaultConfig(), { workerScript: workerScript(), outdir: only, environments: ["staging"] })
        .filter((s) => s !== "zone" && s !== "bootstrap")
        .every((s) => s.startsWith("staging-")),
    ).toBe(true);
  });

  test("an r2 state backend becomes an S3 backend on R2 with lock files", () => {
    const config = defaultConfig();
    config.environments.production.state = { backend: "r2", bucket: "acme-tofu-state", encryption: false };
    const out = path.join(tempDir(), "out");
    synthesize(config, { workerScript: workerScript(), outdir: out, environments: ["production"] });
    const backend = readJson(path.join(out, "stacks", "production-edge", "cdk.tf.json")).terraform.backend.s3;
    expect(backend).toMatchObject({
      bucket: "acme-tofu-state",
      key: "production-edge/terraform.tfstate",
      use_lockfile: true,
      use_path_style: true,
      endpoints: { s3: "https://0123456789abcdef0123456789abcdef.r2.cloudflarestorage.com" },
    });
  });
});

describe("state encryption", () => {
  test("an environment with state.encryption gets OpenTofu state and plan encryption keyed by a sensitive variable", () => {
    const config = defaultConfig();
    config.environments.production.state.encryption = true;
    const out = path.join(tempDir(), "out");
    synthesize(config, { workerScript: workerScript(), outdir: out });
    const prod = readJson(path.join(out, "stacks", "production-data", "cdk.tf.json"));
    expect(prod.terraform.encryption).toMatchObject({ state: { enforced: true }, plan: { enforced: true } });
    expect(prod.variable.state_passphrase).toMatchObject({ sensitive: true });
    expect(readJson(path.join(out, "stacks", "zone", "cdk.tf.json")).terraform.encryption).toBeDefined();
    expect(readJson(path.join(out, "stacks", "staging-data", "cdk.tf.json")).terraform.encryption).toBeUndefined();
  });
});

describe("a synth that fails", () => {
  afterEach(() => jest.restoreAllMocks());

  test("leaves the previous output untouched and no temporary folder behind", () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    mkdirSync(outdir);
    writeFileSync(path.join(outdir, STAMP_FILE), "an earlier synth");
    writeFileSync(path.join(outdir, "previous.txt"), "previous");
    jest.spyOn(App.prototype, "synth").mockImplementation(() => {
      throw new Error("a construct refused its props");
    });
    expect(() => synthesize(defaultConfig(), { workerScript: workerScript(), outdir })).toThrow(/refused its props/);
    expect(readdirSync(outdir).sort()).toEqual([STAMP_FILE, "previous.txt"]);
    expect(readdirSync(path.dirname(outdir))).toEqual(["cdktf.out"]);
  });
});

describe("the synth command line", () => {
  let errors: string[];
  beforeEach(() => {
    errors = [];
    jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.join(" ")));
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test("refuses an unknown flag with usage and exit code 2", async () => {
    expect(await main(["--colour"])).toBe(EXIT.USAGE);
    expect(errors.join("\n")).toMatch(/Unknown option '--colour'[\s\S]*usage: npm run synth/);
  });

  test("refuses an unknown environment, naming the known ones", async () => {
    expect(await main(["--env", "qa", "--out", path.join(tempDir(), "out")])).toBe(EXIT.USAGE);
    expect(errors.join("\n")).toContain("--env qa: no such environment; known: staging, production");
  });
});
