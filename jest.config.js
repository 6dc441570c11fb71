// Three projects: `jest` runs them all, `jest --selectProjects <name>` one (npm run test:unit, test:integration, test:tofu).
// - unit: every test not listed below: in-process, or short child processes (cue, tsx, a synth).
// - integration: tests that start a server or a long-running process: Postgres (services/api), workerd
//   (miniflare), nix-instantiate, PostgreSQL + pgBackRest against moto (the restore drill), `npm install
//   --omit=dev`, synths killed mid-swap. A new test of that kind is added to INTEGRATION.
// - tofu: __tests__/tofu/, the tests that run OpenTofu.
/** Test files and folders (ending in /), relative to the repository. */
const INTEGRATION = [
  "services/api/__tests__/api.test.ts",
  "services/api/__tests__/process.test.ts",
  "services/edge-worker/__tests__/worker.test.ts",
  "services/edge-worker/__tests__/failover.test.ts",
  "services/forge-api/__tests__/worker.test.ts",
  "services/forge-api/__tests__/edge.test.ts",
  "__tests__/nix/",
  "__tests__/backup/restore-drill.test.ts",
  "__tests__/backup/nix.test.ts",
  "__tests__/architecture/omit-dev.test.ts",
  "__tests__/stacks/output-folder.test.ts",
];
const TOFU = "__tests__/tofu/";
const IGNORED = ["/node_modules/", "/cdktf.out/"];

const escapeRegExp = (p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pattern = (p) => `<rootDir>/${escapeRegExp(p)}${p.endsWith("/") ? "" : "$"}`;
const glob = (p) => `<rootDir>/${p}${p.endsWith("/") ? "**/*.test.ts" : ""}`;

/** @type {import('jest').Config} */
const base = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__", "<rootDir>/services"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", {}] },
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  testPathIgnorePatterns: IGNORED,
  testTimeout: 60000,
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...base, displayName: "unit", testPathIgnorePatterns: [...IGNORED, ...INTEGRATION.map(pattern), pattern(TOFU)] },
    { ...base, displayName: "integration", testMatch: INTEGRATION.map(glob) },
    { ...base, displayName: "tofu", testMatch: [glob(TOFU)] },
  ],
};
