import { readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ensureNix, INSTALL_TIMEOUT_MS, parseNix, ROOT, removeTempDirs, tempDir } from "./nix";

// Folders that hold no Nix of ours: dependencies, tool caches, build output.
const SKIP = new Set(["node_modules", ".git", ".tools", "cdktf.out", ".gen", "coverage", ".swc"]);

function nixFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) || entry.name.startsWith("cdktf.out") ? [] : nixFiles(full);
    return entry.isFile() && entry.name.endsWith(".nix") ? [full] : [];
  });
}

beforeAll(ensureNix, INSTALL_TIMEOUT_MS);
afterAll(removeTempDirs);

const files = nixFiles(ROOT)
  .map((f) => path.relative(ROOT, f))
  .sort();

test("finds the Nix files of the node flake and of every glued flake", () => {
  expect(files).toEqual(
    expect.arrayContaining([
      "nix/base.nix",
      "nix/flake.nix",
      "nix/hive.nix",
      "nix/lib.nix",
      "nix/node.nix",
      "nix/postgres.nix",
      "services/api/flake.nix",
      "services/api/module.nix",
    ]),
  );
});

test.each(files)("%s parses", (file) => {
  const result = parseNix(file);
  expect(result.stderr).toBe("");
  expect(result.ok).toBe(true);
});

test("fails on a file that does not parse", () => {
  const broken = path.join(tempDir(), "broken.nix");
  writeFileSync(broken, "{ a = 1; b = ; }\n");
  const result = parseNix(broken);
  expect(result.ok).toBe(false);
  expect(result.stderr).toMatch(/syntax error/);
});
