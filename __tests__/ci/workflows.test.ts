import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { loadConfig } from "../../schema/load";
import { usesLinode } from "../../schema/rules";
import { backendFromStack, stackMatrix, main as stackMatrixMain } from "../../scripts/ci/stack-matrix";
import { deployOrder, stackNames, stacksByEnvironment, ZONE_STACK, zoneOwner } from "../../stacks/names";
import { synthesize } from "../../stacks/synth";
import { defaultConfig, tempDir, writeJsonConfig } from "../helpers/config";
import { workerScript } from "../helpers/worker";

const ROOT = path.resolve(__dirname, "../..");
const ACTIONLINT = path.join(ROOT, ".tools/bin/actionlint");
const WORKFLOWS = path.join(ROOT, ".github/workflows");
const FIXTURE = path.join(__dirname, "fixtures/manifest.json");

function actionlint(args: string[], cwd: string) {
  if (!existsSync(ACTIONLINT)) throw new Error(`${ACTIONLINT} is missing: run bash scripts/bootstrap-tools.sh`);
  return spawnSync(ACTIONLINT, ["-no-color", ...args], { cwd, encoding: "utf8" });
}

describe("actionlint", () => {
  test("passes every workflow under .github/workflows with zero findings", () => {
    const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual(["drift.yml", "main.yml", "pull-request.yml"]);
    const result = actionlint(
      files.map((f) => path.join(".github/workflows", f)),
      ROOT,
    );
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

/** The parts of a workflow or composite action the assertions read. */
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  environment?: string;
  concurrency?: { group?: string; "cancel-in-progress"?: boolean };
  strategy?: { matrix?: unknown; "max-parallel"?: number };
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  return parse(readFileSync(path.join(WORKFLOWS, name), "utf8")) as Workflow;
}

const needsOf = (job: Job) => (job.needs === undefined ? [] : ([] as string[]).concat(job.needs));

/** Every `key: value` pair at any depth of a parsed YAML document. */
function* entries(node: unknown): Generator<[string, unknown]> {
  if (Array.isArray(node)) for (const item of node) yield* entries(item);
  else if (node !== null && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      yield [key, value];
      yield* entries(value);
    }
}

describe("workflows", () => {
  const STACK_MATRIX = "npx tsx scripts/ci/stack-matrix.ts --manifest cdktf.out/manifest.json";

  test("derive every stack matrix from the synthesized manifest, never from a list of stacks", () => {
    for (const name of ["pull-request.yml", "main.yml", "drift.yml"]) {
      const { jobs } = workflow(name);
      const matrixJobs = Object.entries(jobs).filter(([, job]) => job.strategy?.matrix !== undefined);
      expect({ name, matrixJobs: matrixJobs.length > 0 }).toEqual({ name, matrixJobs: true });
      for (const [, job] of matrixJobs) {
        // A string, fromJSON of a job this one needs: a literal list of stacks would parse as an object.
        const from = String(job.strategy?.matrix).match(/^\$\{\{ fromJSON\(needs\.(\w+)\.outputs\.matrix\) \}\}$/)?.[1];
        expect({ name, matrix: job.strategy?.matrix, from }).toEqual({ name, matrix: expect.any(String), from: expect.any(String) });
        expect(needsOf(job)).toContain(from);
        const producer = jobs[from!];
        expect(producer.outputs?.matrix).toBe("${{ steps.matrix.outputs.matrix }}");
        expect(producer.steps.find((step) => step.id === "matrix")?.run).toContain(STACK_MATRIX);
      }
    }
  });

  test("apply one stack at a time per GitHub environment, never cancelling an apply", () => {
    const { jobs } = workflow("main.yml");
    const apply = jobs.apply;
    expect(apply.environment).toBe("${{ matrix.env }}");
    expect(apply.concurrency).toEqual({ group: "apply-${{ matrix.stack }}", "cancel-in-progress": false });
    expect(apply.strategy?.["max-parallel"]).toBe(1);
    expect(apply.steps.map((step) => step.run ?? "").filter((run) => run.includes('npm run deploy -- "$ENV_NAME" "$STACK" --yes'))).toHaveLength(1);
    // Only stacks with remote state: the matrix comes from the job apply needs.
    expect(needsOf(apply)).toEqual(["synth"]);
    expect(jobs.synth.steps.find((step) => step.id === "matrix")?.run).toMatch(new RegExp(`${STACK_MATRIX} .*--remote-state-only`));
  });

  test("take credentials only from secrets and variables, and pin every action by major version", () => {
    const files = [...readdirSync(WORKFLOWS).map((f) => path.join(WORKFLOWS, f)), path.join(ROOT, ".github/actions/setup/action.yml")];
    for (const file of files) {
      const doc = parse(readFileSync(file, "utf8"));
      const uses = [...entries(doc)].filter(([key]) => key === "uses").map(([, value]) => String(value));
      expect({ file, uses: uses.length > 0 }).toEqual({ file, uses: true });
      for (const action of uses) {
        if (action.startsWith("./")) continue;
        expect(action).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
      }
      const credentials = [...entries(doc)].filter(([key]) => ["CLOUDFLARE_API_TOKEN", "LINODE_TOKEN", "TF_VAR_state_passphrase"].includes(key));
      // Every workflow gives its stack jobs all three; the setup action none.
      expect({ file, credentials: credentials.length > 0 }).toEqual({ file, credentials: !file.endsWith("action.yml") });
      for (const [name, value] of credentials) {
        // Only ever from the secrets context: a named secret, or the stack family's token with the shared one as fallback.
        expect(`${name}: ${value}`).toMatch(/: \$\{\{ secrets(\.[A-Z_]+|\[matrix\.tokenSecret\] \|\| secrets\.[A-Z_]+) \}\}$/);
      }
    }
  });
});

describe("stack-matrix", () => {
  const manifest = JSON.parse(readFileSync(FIXTURE, "utf8"));
  /** Environments as deployOrder reads them: nodes off Linode, so no network stacks (the fixture has none). */
  const env = (production: boolean, ...nodes: string[]) => ({ production, nodes: nodes.map((name) => ({ name, provider: "aws" })) });
  /** The fixture manifest's three environments; eu-west is listed first and is the first production one. */
  const three = { "eu-west": env(true, "db-node-1"), staging: env(false, "app-1", "db-1"), production: env(true, "app-1") };

  test("follows deployOrder: per environment nodes, data, edge; the zone stack with its owner, the first production environment", () => {
    const matrix = stackMatrix(manifest, deployOrder(three, { bootstrap: false }), { envOrder: ["staging", "production"] });
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
    // What deploy runs for each environment, in the same order: one function decides both.
    for (const name of Object.keys(three)) {
      expect(matrix.include.filter((e) => e.env === name).map((e) => e.stack)).toEqual(stacksByEnvironment(three, { bootstrap: false })[name]);
    }
  });

  test("staging then production: the zone stack goes with production, last; staging never carries it", () => {
    const two = { staging: three.staging, production: three.production };
    const manifestOf = (names: string[]) => ({ stacks: Object.fromEntries(names.map((n) => [n, { name: n }])) });
    const names = [
      "staging-node-app-1",
      "staging-node-db-1",
      "staging-data",
      "staging-edge",
      "production-node-app-1",
      "production-data",
      "production-edge",
      "zone",
    ];
    const matrix = stackMatrix(manifestOf(names), deployOrder(two, { bootstrap: false }));
    expect(matrix.include.map((e) => `${e.env}/${e.stack}`)).toEqual(
      names.map((n) => `${n === "zone" || n.startsWith("production") ? "production" : "staging"}/${n}`),
    );
    expect(matrix.include.filter((e) => e.env === "staging").map((e) => e.stack)).not.toContain(ZONE_STACK);
  });

  test("gives each stack its family's token and keeps only remote state with --remote-state-only", () => {
    const backendOf = (stack: string) => (stack.startsWith("production") || stack === ZONE_STACK ? "s3" : "local");
    const two = { staging: three.staging, production: three.production, "eu-west": env(false, "db-node-1") };
    const matrix = stackMatrix(manifest, deployOrder(two, { bootstrap: false }), { envOrder: ["staging", "production"], remoteStateOnly: true, backendOf });
    expect(matrix.include).toEqual([
      { stack: "production-node-app-1", env: "production", backend: "s3", tokenSecret: "CLOUDFLARE_API_TOKEN_NODE" },
      { stack: "production-data", env: "production", backend: "s3", tokenSecret: "CLOUDFLARE_API_TOKEN_DATA" },
      { stack: "production-edge", env: "production", backend: "s3", tokenSecret: "CLOUDFLARE_API_TOKEN_EDGE" },
      { stack: "zone", env: "production", backend: "s3", tokenSecret: "CLOUDFLARE_API_TOKEN_ZONE" },
    ]);
  });

  test("refuses a manifest of another configuration, naming the stacks on each side", () => {
    const order = deployOrder({ staging: three.staging }, { bootstrap: false });
    expect(() => stackMatrix({ stacks: { "staging-data": {}, Weird_Stack: {} } }, order)).toThrow(
      /disagree[\s\S]*in the manifest, not in the configuration: Weird_Stack\n {2}in the configuration, not synthesized: staging-node-app-1, staging-node-db-1, staging-edge, zone/,
    );
    expect(() => stackMatrix(manifest, deployOrder(three, { bootstrap: false }), { envOrder: ["qa"] })).toThrow(
      "--env-order: qa: not an environment of the configuration; known: eu-west, staging, production",
    );
  });

  test("prints the matrix of a real synth as one line of JSON for fromJSON; exits 3 naming the field of an invalid --config", () => {
    const config = loadConfig();
    const outdir = path.join(tempDir("edge-iac-matrix-"), "cdktf.out");
    synthesize(config, { workerScript: workerScript(), outdir });
    const out: string[] = [];
    const err: string[] = [];
    const log = jest.spyOn(console, "log").mockImplementation((s: string) => void out.push(s));
    const error = jest.spyOn(console, "error").mockImplementation((s: string) => void err.push(s));
    const broken = defaultConfig();
    (broken.environments.staging as { production: unknown }).production = "yes";
    try {
      expect(stackMatrixMain(["--manifest", path.join(outdir, "manifest.json"), "--env-order", "staging,production"])).toBe(0);
      expect(stackMatrixMain(["--manifest", path.join(outdir, "manifest.json"), "--config", writeJsonConfig(broken)])).toBe(3);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    expect(out).toHaveLength(1);
    const parsed = JSON.parse(out[0]);
    expect(Object.keys(parsed)).toEqual(["include"]);
    expect(parsed.include[0]).toEqual({ stack: "staging-network", env: "staging", backend: "local", tokenSecret: "CLOUDFLARE_API_TOKEN_NETWORK" });
    expect(err.join("\n")).toMatch(/environments\.staging\.production: .*config\.json/);
  });

  test("covers every stack of a real synth of the default config, each environment in deploy order", () => {
    const config = loadConfig();
    const outdir = path.join(tempDir("edge-iac-matrix-"), "cdktf.out");
    const synthesized = synthesize(config, { workerScript: workerScript(), outdir });
    const real = JSON.parse(readFileSync(path.join(outdir, "manifest.json"), "utf8"));
    const order = deployOrder(config.environments, { bootstrap: config.bootstrap !== undefined });
    const matrix = stackMatrix(real, order, { backendOf: backendFromStack(outdir, real) });

    // The bootstrap stack is applied once by hand, never by CI.
    expect(matrix.include.map((e) => e.stack).sort()).toEqual([...synthesized].filter((s) => s !== "bootstrap").sort());
    const envs = Object.keys(config.environments);
    for (const env of envs) {
      const expected = stackNames(
        env,
        config.environments[env].nodes.map((n) => n.name),
        usesLinode(config.environments[env]),
      );
      expect(matrix.include.filter((e) => e.env === env && e.stack !== ZONE_STACK).map((e) => e.stack)).toEqual(expected);
    }
    expect(matrix.include.find((e) => e.stack === ZONE_STACK)?.env).toBe(zoneOwner(config.environments));
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
