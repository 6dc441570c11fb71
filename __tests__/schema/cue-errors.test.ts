import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";
import { cueProblems, loadConfig } from "../../schema/load";
import { ConfigError } from "../../schema/problems";

/** A CUE package inside the repository's module (so it can import the schema) holding `source`. */
function cuePackage(source: string): string {
  mkdirSync(path.join(ROOT, ".tmp"), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, ".tmp", "cue-"));
  writeFileSync(path.join(dir, "config.cue"), `package bad\n\nimport "edge-iac.dev/toolkit/schema"\n\n${source}\n`);
  return dir;
}

function problemsOf(dir: string): ConfigError["problems"] {
  try {
    loadConfig(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error("expected the config to be refused");
}

// The default config with one change, written the way a user edits CUE: unification on top of it.
const defaultWith = (change: string) => `config: schema.config & {${change}}`;

describe("a CUE configuration that cue itself refuses", () => {
  test("an out-of-bound value names the field and the CUE files that constrain it", () => {
    const problems = problemsOf(cuePackage(defaultWith("environments: staging: nodes: [_, {volumeGb: 5}]")));
    const problem = problems.find((p) => p.path === "environments.staging.nodes[1].volumeGb" && /out of bound/.test(p.message));
    expect(problem?.message).toBe("invalid value 5 (out of bound >=10)");
    expect(problem?.file).toContain("schema/node.cue");
    expect(problems.some((p) => /empty disjunction/.test(p.message))).toBe(false);
  });

  test("a key the definition does not have is refused by name", () => {
    const problems = problemsOf(cuePackage(defaultWith('environments: staging: postgres: flavour: "pg"')));
    expect(problems.map((p) => p.path)).toContain("environments.staging.postgres.flavour");
    expect(problems.find((p) => p.path === "environments.staging.postgres.flavour")?.message).toMatch(/not allowed/);
  });

  test("a folder without CUE files is refused", () => {
    const dir = mkdtempSync(path.join(ROOT, ".tmp", "empty-"));
    expect(problemsOf(dir)[0].message).toMatch(/no \.cue files/);
  });

  test("cue's report is split into one problem per path with its positions", () => {
    const stderr = [
      "config.environments.staging.nodes.0.port: conflicting values string and int (mismatched types string and int):",
      "    ./schema/common.cue:13:8",
      "    ./.tmp/x/config.cue:4:3",
      'config.project: invalid value "X" (out of bound =~"^[a-z]"):',
      "    ./schema/common.cue:4:8",
    ].join("\n");
    expect(cueProblems(stderr)).toEqual([
      {
        path: "environments.staging.nodes[0].port",
        message: "conflicting values string and int (mismatched types string and int)",
        file: "schema/common.cue:13:8, .tmp/x/config.cue:4:3",
      },
      { path: "project", message: 'invalid value "X" (out of bound =~"^[a-z]")', file: "schema/common.cue:4:8" },
    ]);
  });
});

describe("a CUE configuration outside the repository's module", () => {
  // cue resolves `import "edge-iac.dev/toolkit/schema"` only inside that module (cue.mod/ at the
  // repository root): elsewhere it stopped with `cannot determine import path … (dir outside of root)`.
  const IMPORTING = 'package mine\n\nimport "edge-iac.dev/toolkit/schema"\n\nconfig: schema.config\n';
  let outside: string;
  beforeEach(() => {
    outside = mkdtempSync(path.join(os.tmpdir(), "edge-iac-outside-"));
  });
  afterEach(() => rmSync(outside, { recursive: true, force: true }));

  test("in no module at all: names the package's file and says to move it into the repository", () => {
    writeFileSync(path.join(outside, "config.cue"), IMPORTING);
    const [problem, ...rest] = problemsOf(outside);
    expect(rest).toEqual([]);
    expect(problem.file).toBe(path.join(outside, "config.cue"));
    expect(problem.message).toMatch(/outside the CUE module edge-iac\.dev\/toolkit/);
    expect(problem.message).toContain(`move the package into ${ROOT}`);
    expect(problem.message).toMatch(/--config configs\/mine/);
    expect(problem.message).not.toMatch(/dir outside of root/);
  });

  test("in a module of its own, which cannot find the toolkit: says the same, naming the import", () => {
    mkdirSync(path.join(outside, "cue.mod"));
    writeFileSync(path.join(outside, "cue.mod", "module.cue"), 'module: "example.com/mine@v0"\nlanguage: version: "v0.17.1"\n');
    mkdirSync(path.join(outside, "cfg"));
    writeFileSync(path.join(outside, "cfg", "config.cue"), IMPORTING);
    const problems = problemsOf(path.join(outside, "cfg"));
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(`${path.join(outside, "cfg", "config.cue")}:3:8`);
    expect(problems[0].message).toMatch(/cannot find package "edge-iac\.dev\/toolkit\/schema"/);
    expect(problems[0].message).toContain(`move the package into ${ROOT}`);
  });
});
