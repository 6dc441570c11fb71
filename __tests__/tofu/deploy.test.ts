import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";
import { main } from "../../scripts/deploy";
import { BOOTSTRAP_STACK } from "../../stacks/names";
import { tempDir } from "../helpers/config";
import { copyOfRepo, tsx, writeStack } from "./helpers";

const DEPLOY = path.join(ROOT, "scripts/deploy.ts");
/** Staging's stacks in the default configuration, in dependency order; the zone stack is production's, never staging's. */
const STAGING = ["staging-network", "staging-node-app-1", "staging-node-db-1", "staging-data", "staging-edge"];

/** A stack of two terraform_data resources: one plain output and one sensitive. */
function fixture(stack: string) {
  return {
    resource: { terraform_data: { main: { input: stack }, secret: { input: `token-of-${stack}` } } },
    output: { name: { value: "${terraform_data.main.output}" }, token: { value: "${terraform_data.secret.output}", sensitive: true } },
  };
}

/** Writes every stack of `stacks` as a fixture into a new stacks folder, in reverse, so order cannot come from the folder. */
function stacksFolder(stacks: string[]): string {
  const dir = tempDir("edge-iac-stacks-");
  for (const stack of [...stacks].reverse()) writeStack(dir, stack, fixture(stack));
  return dir;
}

/** Each test's own stacks folder (fixtures, no state yet). */
let stacksDir: string;
/** A copy of the repository no test writes into; a test that writes outputs takes its own `copyOfRepo()` (about 6 ms). */
let root: string;

function deployIn(repo: string, ...args: string[]) {
  const started = Date.now();
  const result = tsx(DEPLOY, [...args, "--no-synth", "--stacks-dir", stacksDir, "--root", repo]);
  console.info(`deploy ${args.join(" ")}: ${Date.now() - started} ms`);
  return result;
}

const deploy = (...args: string[]) => deployIn(root, ...args);

/** The stacks named in the progress lines, in the order they were planned. */
function planned(stdout: string): string[] {
  return [...stdout.matchAll(/^\[\d+\/\d+\] (\S+): planning…$/gm)].map((m) => m[1]);
}

beforeAll(() => {
  root = copyOfRepo();
});

beforeEach(() => {
  // With another environment's stack, so selection cannot come from the folder.
  stacksDir = stacksFolder([...STAGING, "production-data", "zone"]);
});

describe("deploy", () => {
  test("--dry-run plans every stack in dependency order, prints the summary and applies nothing", () => {
    const result = deploy("staging", "--dry-run");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(planned(result.stdout)).toEqual(STAGING);
    expect(result.stdout).toContain("[4/5] staging-data: planning…");
    for (const stack of STAGING) expect(result.stdout).toContain(`${stack}: 2 to create, 0 to update, 0 to destroy, 0 to replace`);
    expect(result.stdout).toMatch(/dry run: planned 5 stacks of staging in [\d.]+ s, applied nothing/);
    expect(result.stdout).not.toContain("\x1b[");
    for (const stack of [...STAGING, "production-data", "zone"]) expect(existsSync(path.join(stacksDir, stack, "terraform.tfstate"))).toBe(false);
    expect(readdirSync(path.join(root, "schema/outputs"))).toEqual(["outputs.cue"]);
  });

  test("--yes applies each stack in order and writes its outputs through the post-apply hook", () => {
    const repo = copyOfRepo();
    const result = deployIn(repo, "staging", "--yes");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(planned(result.stdout)).toEqual(STAGING);
    expect(result.stdout.match(/Apply complete! Resources: 2 added, 0 changed, 0 destroyed\./g)).toHaveLength(5);
    expect(result.stdout).toContain("staging-data: left out sensitive output token");
    expect(result.stdout).toContain("staging-edge: wrote schema/outputs/staging-edge.cue (name)");
    expect(result.stdout).toMatch(/deployed staging: 5 stacks, 5 applied/);
    // Each stack's apply and hook finish before the next stack is planned.
    const lines = result.stdout.split("\n");
    expect(lines.indexOf("[2/5] staging-node-app-1: writing outputs…")).toBeLessThan(lines.indexOf("[3/5] staging-node-db-1: planning…"));

    const data = readFileSync(path.join(repo, "schema/outputs/staging-data.cue"), "utf8");
    expect(data).toContain('values: staging: "staging-data": {\n\tname: "staging-data"\n}');
    expect(data).not.toContain("token");
    expect(readdirSync(path.join(repo, "schema/outputs")).sort()).toEqual([
      "outputs.cue",
      "staging-data.cue",
      "staging-edge.cue",
      "staging-network.cue",
      "staging-node-app-1.cue",
      "staging-node-db-1.cue",
    ]);
    for (const stack of ["production-data", "zone"]) expect(existsSync(path.join(stacksDir, stack, "terraform.tfstate"))).toBe(false);
  });

  test("the summary names every resource a plan destroys or replaces; named stacks keep dependency order", () => {
    const repo = copyOfRepo();
    const applied = deployIn(repo, "staging", "staging-data", "staging-edge", "--yes");
    expect(applied.stderr).toBe("");
    expect(applied.status).toBe(0);
    writeStack(stacksDir, "staging-data", {
      resource: { terraform_data: { main: { input: "staging-data", triggers_replace: ["v2"] } } },
      output: { name: { value: "${terraform_data.main.output}" } },
    });
    const result = deployIn(repo, "staging", "staging-edge", "staging-data", "--dry-run");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(planned(result.stdout)).toEqual(["staging-data", "staging-edge"]);
    expect(result.stdout).toContain("staging-data: 0 to create, 0 to update, 1 to destroy, 1 to replace");
    expect(result.stdout).toContain("  destroy terraform_data.secret\n  replace terraform_data.main");
    expect(result.stdout).toContain("staging-edge: no changes");
  });

  test("without a synth too, the zone stack is production's: staging refuses it by name", () => {
    const result = deploy("staging", "zone", "--dry-run");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`zone: not a stack of staging; known, in deploy order: ${STAGING.join(", ")}`);
  });

  test("without a synth, an invalid configuration exits 3 naming the field, before any tofu runs", () => {
    const bad = copyOfRepo();
    const file = path.join(bad, "schema/default.cue");
    writeFileSync(file, readFileSync(file, "utf8").replace('cidrs: ["203.0.113.0/24"]', 'cidrs: ["0.0.0.0/1", "128.0.0.0/1"]'));
    const result = tsx(DEPLOY, ["staging", "--dry-run", "--no-synth", "--stacks-dir", stacksDir, "--root", bad]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/admin\.cidrs\[0\]: 0\.0\.0\.0\/1 covers more of the internet/);
    expect(result.stdout).not.toContain("planning");
  });

  test("refuses an unknown stack, listing the environment's stacks in deploy order", () => {
    const result = deploy("staging", "staging-data", "staging-cache", "--dry-run");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`staging-cache: not a stack of staging; known, in deploy order: ${STAGING.join(", ")}`);
    expect(result.stdout).toBe("");
  });

  test("refuses an unknown environment", () => {
    const result = deploy("qa", "--dry-run");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no environment "qa"; known: staging, production');
  });

  test("refuses to apply without a terminal unless --yes is given", () => {
    const result = deploy("staging");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("pass --yes, or --dry-run to only plan");
  });

  test("exits 4 when a plan fails, naming the stack and tofu's error", () => {
    writeStack(stacksDir, "staging-edge", { output: { name: { value: "${terraform_data.missing.output}" } } });
    const result = deploy("staging", "staging-edge", "--dry-run");
    expect(result.status).toBe(4);
    expect(result.stderr).toContain("staging-edge: tofu plan failed:");
    expect(result.stderr).toContain("Reference to undeclared resource");
  });

  test("bad arguments exit 2 with the usage", () => {
    const result = tsx(DEPLOY, ["--frobnicate"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("usage: npm run deploy -- <env>");
  });

  test("on a terminal, applies only after the operator types the environment's name", async () => {
    const repo = copyOfRepo();
    writeStack(stacksDir, "staging-node-db-1", {
      resource: { terraform_data: { main: { input: "v2" } } },
      output: { name: { value: "${terraform_data.main.output}" } },
    });
    const questions: string[] = [];
    const out: string[] = [];
    const io = (answer: string) => ({
      out: (line: string) => void out.push(line),
      err: (line: string) => void out.push(line),
      color: false,
      ask: async (question: string) => {
        questions.push(question);
        return answer;
      },
    });
    const args = ["staging", "staging-node-db-1", "--no-synth", "--stacks-dir", stacksDir, "--root", repo];
    expect(await main(args, io("production"))).toBe(1);
    expect(questions).toEqual(["Apply this plan to staging-node-db-1? Type the environment's name (staging) to confirm: "]);
    expect(out.join("\n")).toContain('staging-node-db-1: not applied (got "production", expected "staging"); stopping');
    expect(out.join("\n")).not.toContain("applying…");

    expect(await main(args, io("staging"))).toBe(0);
    expect(out.join("\n")).toMatch(/staging-node-db-1: Apply complete! Resources: 1 added, 0 changed, 0 destroyed\./);
    expect(readFileSync(path.join(repo, "schema/outputs/staging-node-db-1.cue"), "utf8")).toContain('name: "v2"');
  });
});

describe("deploy: the account's bootstrap stack", () => {
  /** Production's stacks in the default configuration, in dependency order: production owns the zone. */
  const PRODUCTION = ["production-network", "production-node-app-1", "production-node-db-1", "production-data", "production-edge", "zone"];
  let dir: string;
  /** Read only; the test that applies takes its own copy. */
  let repo: string;

  beforeAll(() => {
    repo = copyOfRepo();
  });

  beforeEach(() => {
    dir = stacksFolder([...PRODUCTION, BOOTSTRAP_STACK]);
  });

  const runIn = (at: string, ...args: string[]) => tsx(DEPLOY, [...args, "--no-synth", "--stacks-dir", dir, "--root", at]);
  const run = (...args: string[]) => runIn(repo, ...args);

  test("a plain deploy of the zone owner never includes it, though it is synthesized", () => {
    const result = run("production", "--dry-run");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(planned(result.stdout)).toEqual(PRODUCTION);
    expect(result.stdout).not.toContain(`${BOOTSTRAP_STACK}:`);
  });

  test("named, it runs first, is applied, and its outputs go to the zone owner's CUE without the sensitive ones", () => {
    const own = copyOfRepo();
    const result = runIn(own, "production", "zone", BOOTSTRAP_STACK, "--yes");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(planned(result.stdout)).toEqual([BOOTSTRAP_STACK, "zone"]);
    expect(result.stdout).toContain("bootstrap: wrote schema/outputs/production-bootstrap.cue (name)");
    expect(result.stdout).toContain("bootstrap: left out sensitive output token");
    const written = readFileSync(path.join(own, "schema/outputs/production-bootstrap.cue"), "utf8");
    expect(written).toContain('values: production: bootstrap: {\n\tname: "bootstrap"\n}');
    expect(written).not.toContain("token");
  });

  test("lists it first among the zone owner's stacks, and refuses it for any other environment", () => {
    const owner = run("production", "production-cache", "--dry-run");
    expect(owner.status).toBe(2);
    expect(owner.stderr).toContain(`known, in deploy order: ${[BOOTSTRAP_STACK, ...PRODUCTION].join(", ")}`);
    const other = run("staging", BOOTSTRAP_STACK, "--dry-run");
    expect(other.status).toBe(2);
    expect(other.stderr).toContain(`${BOOTSTRAP_STACK}: not a stack of staging; known, in deploy order: ${STAGING.join(", ")}`);
    expect(other.stdout).toBe("");
  });

  test("after a real synth too: the synthesized bootstrap stack is the zone owner's, listed first", () => {
    // The checkout's own configuration (cue resolves the module only inside it); the refusal comes before any tofu run.
    const out = path.join(tempDir("edge-iac-out-"), "stacks");
    const result = tsx(DEPLOY, ["production", "production-cache", "--dry-run", "--stacks-dir", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`known, in deploy order: ${[BOOTSTRAP_STACK, ...PRODUCTION].join(", ")}`);
    expect(existsSync(path.join(out, BOOTSTRAP_STACK, "cdk.tf.json"))).toBe(true);
  });
});
