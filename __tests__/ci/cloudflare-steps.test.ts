import * as path from "node:path";
import { loadConfig } from "../../schema/load";
import { cloudflareSteps, main, WRANGLER } from "../../scripts/ci/cloudflare-steps";
import { defaultConfig } from "../helpers/config";

const AUTOFORGE = path.resolve(__dirname, "../../examples/autoforge");

describe("wrangler steps after an apply", () => {
  const autoforge = loadConfig(AUTOFORGE);

  test("after a data stack: the D1 migrations of each Worker service with a migrations folder, on the remote database", () => {
    expect(cloudflareSteps(autoforge, "production-data")).toEqual([
      {
        what: "forge-api: D1 migrations of DB",
        cwd: "services/forge-api",
        argv: [...WRANGLER, "d1", "migrations", "apply", "DB", "--env", "production", "--remote"],
      },
    ]);
  });

  test("after an edge stack: each Pages site is built, then deployed to its project's production branch", () => {
    expect(cloudflareSteps(autoforge, "staging-edge")).toEqual([
      { what: "web: build", cwd: "services/forge-web", argv: ["sh", "-c", "npm run build"] },
      {
        what: "web: deploy to Pages",
        cwd: "services/forge-web",
        argv: [...WRANGLER, "pages", "deploy", "dist", "--project-name", "autoforge-staging-web", "--branch", "main"],
      },
    ]);
  });

  test("node and zone stacks, and every stack of a config without Worker services or Pages, have none", () => {
    expect(cloudflareSteps(autoforge, "production-node-app-1")).toEqual([]);
    expect(cloudflareSteps(autoforge, "zone")).toEqual([]);
    const plain = defaultConfig();
    for (const stack of ["staging-data", "staging-edge", "production-data", "production-edge"]) expect(cloudflareSteps(plain, stack)).toEqual([]);
  });

  test("an unknown stack is refused, naming the known ones", () => {
    expect(() => cloudflareSteps(autoforge, "staging-cache")).toThrow(/staging-cache: not a stack of this configuration; known: .*staging-data, staging-edge/);
  });

  test("the command: --dry-run prints the steps and runs nothing; an unknown stack exits 1; no stack exits 2", () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => {});
    const error = jest.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(main(["staging-edge", "--config", AUTOFORGE, "--dry-run"])).toBe(0);
      expect(log.mock.calls.map((c) => c[0])).toEqual([
        "[1/2] web: build: (cd services/forge-web && sh -c 'npm run build')",
        "[2/2] web: deploy to Pages: (cd services/forge-web && npx --yes wrangler@4 pages deploy dist --project-name autoforge-staging-web --branch main)",
      ]);
      expect(main(["staging-cache", "--config", AUTOFORGE, "--dry-run"])).toBe(1);
      expect(error.mock.calls.at(-1)?.[0]).toMatch(/^cloudflare-steps: staging-cache: not a stack/);
      expect(main(["--dry-run"])).toBe(2);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
