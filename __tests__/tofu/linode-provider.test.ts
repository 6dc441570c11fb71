import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";
import { PROVIDER_VERSIONS } from "../../stacks/providers";
import { tempDir } from "../helpers/config";

const BOOTSTRAP = path.join(ROOT, "scripts", "bootstrap-providers.sh");
const linodeSpec = () => {
  const line = readFileSync(BOOTSTRAP, "utf8")
    .split("\n")
    .find((l) => l.startsWith('  "linode|'));
  if (!line) throw new Error("no linode line in scripts/bootstrap-providers.sh");
  const [name, ns, type, version, module, moduleVersion, variable, pin] = line.trim().replace(/^"|"$/g, "").split("|");
  return { name, ns, type, version, module, moduleVersion, variable, pin };
};

describe("the linode/linode provider", () => {
  test("the bootstrap builds it by default, at the version every stack pins, from the upstream tag, with its h1 hash pinned", () => {
    const spec = linodeSpec();
    expect(spec).toMatchObject({ ns: "linode", type: "linode", version: PROVIDER_VERSIONS.linode, moduleVersion: `v${PROVIDER_VERSIONS.linode}` });
    expect(spec.pin).toMatch(/^h1:[A-Za-z0-9+/]{43}=$/);
  });

  test("the generated binding was made from that version by the cdktf-cli in package-lock.json (regenerate: npm run gen:linode)", () => {
    const stamp = readFileSync(path.join(ROOT, ".gen", "providers", "linode", ".generated-from"), "utf8").trim();
    const cli = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")).packages["node_modules/cdktf-cli"].version;
    expect(stamp).toBe(`registry.opentofu.org/linode/linode@${linodeSpec().version} cdktf-cli@${cli}`);
    const provider = readFileSync(path.join(ROOT, ".gen", "providers", "linode", "provider", "index.ts"), "utf8");
    expect(provider).toContain(`providerVersion: '${PROVIDER_VERSIONS.linode}'`);
  });

  test("a download whose Sum differs from the pin is refused, naming both hashes, and nothing is built", () => {
    // A copy of the bootstrap with a wrong pin, its own cache and mirror: the real ones are never touched.
    const root = tempDir("edge-iac-pin-");
    mkdirSync(path.join(root, "scripts"));
    mkdirSync(path.join(root, "tofu"));
    cpSync(path.join(ROOT, "tofu", "cli.tfrc.template"), path.join(root, "tofu", "cli.tfrc.template"));
    const wrong = "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    writeFileSync(path.join(root, "scripts", "bootstrap-providers.sh"), readFileSync(BOOTSTRAP, "utf8").replace(linodeSpec().pin, wrong));
    const shared = path.resolve(ROOT, "..", "shared", "goproxy");
    const extra = process.env.EDGE_IAC_GOPROXY_EXTRA ?? (existsSync(shared) ? shared : undefined);
    const run = spawnSync("bash", [path.join(root, "scripts", "bootstrap-providers.sh"), "--only=linode"], {
      // The source build is what the pin guards: forced, so that a machine where the registry answers tests it too.
      env: {
        ...process.env,
        EDGE_IAC_PROVIDER_SOURCE: "source",
        EDGE_IAC_CACHE: path.join(root, "cache"),
        ...(extra ? { EDGE_IAC_GOPROXY_EXTRA: extra } : {}),
      },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 1,
      stderr: expect.stringContaining(`its Sum is ${linodeSpec().pin}, the pin in scripts/bootstrap-providers.sh is ${wrong}`),
    });
    expect(
      existsSync(path.join(root, "cache", "providers", `linode-linode-${linodeSpec().version}`, `terraform-provider-linode_v${linodeSpec().version}`)),
    ).toBe(false);
  }, 150_000);
});
