import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import { loadConfig } from "../../schema/load";
import { stackNames, ZONE_STACK } from "../../stacks/names";
import { synthesize } from "../../stacks/synth";
import { usesLinode } from "../../schema/rules";
import { backendFromStack, main as stackMatrixMain, parseStackName, stackMatrix } from "../../scripts/ci/stack-matrix";
import { tempDir } from "../helpers/config";

const ROOT = path.resolve(__dirname, "../..");
const ACTIONLINT = path.join(ROOT, ".tools/bin/actionlint");
const WORKFLOWS = path.join(ROOT, ".github/workflows");
const FIXTURE = path.join(__dirname, "fixtures/manifest.json");

function actionlint(args: string[], cwd: string) {
  if (!existsSync(ACTIONLINT)) throw new Error(`${ACTIONLINT} is missing: run bash scripts/bootstrap-tools.sh`);
  return spawnSync(ACTIONLINT, ["-no-color", ...args], { cwd, encoding: "utf8" });
}

function workflow(name: string): string {
  return readFileSync(path.join(WORKFLOWS, name), "utf8");
}

describe("actionlint", () => {
  test("passes every workflow under .github/workflows with zero findings", () => {
    const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual(["drift.yml", "main.yml", "pull-request.yml"]);
    const result = actionlint(files.map((f) => path.join(".github/workflows", f)), ROOT);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  test("fails on a workflow that needs a job that does not exist and reads an undefined matrix key", () => {
    const dir = tempDir("edge-iac-actionlint-");
    mkdirSync(path.join(dir, ".github/workflows"), { recursive: true });
    const broken = path.join(dir, ".github/workflows/broken.yml");
    writeFileSync(
      broken,
      [
        "on: push",
        "jobs:",
        "  synth:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: echo ok",
        "  plan:",
        "    needs: synht",
        "    runs-on: ubuntu-latest",
        "    strategy:",
        "      matrix:",
        "        stack: [a, b]",
        "    steps:",
        "      - run: echo ${{ matrix.stak }}",
        "",
      ].join("\n"),
    );
    const result = actionlint([broken], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/job "plan" needs job "synht" which does not exist/);
    expect(result.stdout).toMatch(/property "stak" is not defined in object type \{stack: string\}/);
  });
});

describe("workflows", () => {
  test("derive every stack matrix from the synthesized manifest, never from a list of stacks", () => {
    for (const name of ["pull-request.yml", "main.yml", "drift.yml"]) {
      const text = workflow(name);
      expect(text).toContain("npx tsx scripts/ci/stack-matrix.ts --manifest cdktf.out/manifest.json");
      expect(text).toMatch(/matrix: \$\{\{ fromJSON\(needs\.\w+\.outputs\.matrix\) \}\}/);
      expect(text).not.toMatch(/stack: \[/);
    }
  });

  test("apply one stack at a time per GitHub environment, never cancelling an apply", () => {
    const text = workflow("main.yml");
    expect(text).toContain("environment: ${{ matrix.env }}");
    expect(text).toMatch(/concurrency:\n\s+group: apply-\$\{\{ matrix\.stack \}\}\n\s+cancel-in-progress: false/);
    expect(text).toContain("max-parallel: 1");
    expect(text).toContain('npm run deploy -- "$ENV_NAME" "$STACK" --yes');
    expect(text).toContain("--remote-state-only");
  });

  test("take credentials only from secrets and variables, and pin every action by major version", () => {
    const files = [...readdirSync(WORKFLOWS).map((f) => path.join(WORKFLOWS, f)), path.join(ROOT, ".github/actions/setup/action.yml")];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const [, action] of text.matchAll(/uses: (\S+)/g)) {
        if (action.startsWith("./")) continue;
        expect(action).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
      }
      for (const [, name, value] of text.matchAll(/^\s+(CLOUDFLARE_API_TOKEN|LINODE_TOKEN|TF_VAR_state_passphrase): (.*)$/gm)) {
        // Only ever from the secrets context: a named secret, or the stack family's token with the shared one as fallback.
        expect(`${name}: ${value}`).toMatch(/: \$\{\{ secrets(\.[A-Z_]+|\[matrix\.tokenSecret\] \|\| secrets\.[A-Z_]+) \}\}$/);
      }
    }
  });
});

describe("stack-matrix", () => {
  const manifest = JSON.parse(readFileSync(FIXTURE, "utf8"));

  test("parses <env>-node-<name>, <env>-data and <env>-edge, environments with hyphens included", () => {
    expect(parseStackName("staging-node-app-1")).toEqual({ env: "staging", kind: "node" });
    expect(parseStackName("eu-west-node-db-node-1")).toEqual({ env: "eu-west", kind: "node" });
    expect(parseStackName("eu-west-data")).toEqual({ env: "eu-west", kind: "data" });
    expect(parseStackName("production-edge")).toEqual({ env: "production", kind: "edge" });
    expect(parseStackName(ZONE_STACK)).toBeUndefined();
  });

  test("orders a manifest per environment (nodes, data, edge) with the zone stack last", () => {
    const matrix = stackMatrix(manifest, { envOrder: ["staging", "production"] });
    expect(matrix.include.map((e) => `${e.env}/${e.stack}`)).toEqual([
      "staging/staging-node-app-1",
      "staging/staging-node-db-1",
      "staging/staging-data",
      "staging/staging-edge",
      "production/production-node-app-1",
      "production/production-data",
      "production/production-edge",
      "eu-west/eu-west-node-db-node-1",
      "eu-west/eu-west-data",
      "eu-west/eu-west-edge",
      "eu-west/zone",
    ]);
  });

  test("applies the zone stack under --zone-env and keeps only remote state with --remote-state-only", () => {
    const backendOf = (stack: string) => (stack.startsWith("production") || stack === ZONE_STACK ? "s3" : "local");
    const matrix = stackMatrix(manifest, { envOrder: ["staging", "production"], zoneEnv: "production", remoteStateOnly: true, backendOf });
    expect(matrix.include).toEqual([
      { stack: "production-node-app-1", env: "production", backend: "s3", tokenSecret: "CLOUDFLARE_API_TOKEN_NODE" },
      { stack: "production-data", env: "production", backend: "s3", tokenSecret: "CLOUDFLARE_API_TOKEN_DATA" },
      { stack: "production-edge", env: "production", backend: "s3", tokenSecret: "CLOUDFLARE_API_TOKEN_EDGE" },
      { stack: "zone", env: "production", backend: "s3", tokenSecret: "CLOUDFLARE_API_TOKEN_ZONE" },
    ]);
  });

  test("fails on a stack whose environment it cannot tell, naming it", () => {
    expect(() => stackMatrix({ stacks: { "staging-data": {}, Weird_Stack: {} } })).toThrow(/"Weird_Stack".*<env>-node-<name>/);
  });

  test("prints the matrix as one line of JSON for fromJSON", () => {
    const out: string[] = [];
    const log = jest.spyOn(console, "log").mockImplementation((s: string) => void out.push(s));
    try {
      expect(stackMatrixMain(["--manifest", FIXTURE, "--env-order", "staging,production"])).toBe(0);
    } finally {
      log.mockRestore();
    }
    expect(out).toHaveLength(1);
    const parsed = JSON.parse(out[0]);
    expect(Object.keys(parsed)).toEqual(["include"]);
    expect(parsed.include[0]).toEqual({ stack: "staging-node-app-1", env: "staging", backend: "unknown", tokenSecret: "CLOUDFLARE_API_TOKEN_NODE" });
  });

  test("covers every stack of a real synth of the default config, each environment in dependency order", () => {
    const config = loadConfig();
    const outdir = path.join(tempDir("edge-iac-matrix-"), "cdktf.out");
    const synthesized = synthesize(config, { outdir });
    const real = JSON.parse(readFileSync(path.join(outdir, "manifest.json"), "utf8"));
    const envs = Object.keys(config.environments);
    const matrix = stackMatrix(real, { envOrder: envs, backendOf: backendFromStack(outdir, real) });

    // The bootstrap stack is applied once by hand, never by CI.
    expect(matrix.include.map((e) => e.stack).sort()).toEqual([...synthesized].filter((s) => s !== "bootstrap").sort());
    for (const env of envs) {
      const expected = stackNames(env, config.environments[env].nodes.map((n) => n.name), usesLinode(config.environments[env]));
      expect(matrix.include.filter((e) => e.env === env && e.stack !== ZONE_STACK).map((e) => e.stack)).toEqual(expected);
    }
    expect(matrix.include[matrix.include.length - 1].stack).toBe(ZONE_STACK);
    for (const entry of matrix.include) {
      const env = entry.stack === ZONE_STACK ? undefined : config.environments[entry.env];
      if (env) expect(entry.backend).toBe(env.state.backend === "r2" ? "s3" : "local");
      else expect(["local", "s3"]).toContain(entry.backend);
    }
  });
});

describe("plan-summary.sh", () => {
  test("puts the plan verdict on top of the colourless log in the job summary", () => {
    const dir = tempDir("edge-iac-summary-");
    const log = path.join(dir, "plan.log");
    writeFileSync(log, "Refreshing…\n\u001b[1mPlan:\u001b[0m 2 to add, 0 to change, 0 to destroy.\n");
    const summary = path.join(dir, "summary.md");
    const result = spawnSync("bash", [path.join(ROOT, "scripts/ci/plan-summary.sh"), "plan `staging-edge`", log], {
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    const text = readFileSync(summary, "utf8");
    expect(text).toMatch(/^### plan `staging-edge`\n\n\*\*Plan: 2 to add, 0 to change, 0 to destroy\.\*\*/);
    expect(text).not.toContain("\u001b");
    expect(text).toContain("Refreshing…");
  });
});
