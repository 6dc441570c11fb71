import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
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
      "config.project: invalid value \"X\" (out of bound =~\"^[a-z]\"):",
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
