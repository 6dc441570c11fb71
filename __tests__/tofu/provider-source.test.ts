import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import * as http from "node:http";
import { type AddressInfo, createServer } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { ROOT } from "../../schema/cue";
import { tempDir } from "../helpers/config";

/**
 * scripts/bootstrap-providers.sh fills one mirror from two sources (EDGE_IAC_PROVIDER_SOURCE). Every run
 * here is a copy of the script in a scratch checkout with its own mirror, and, except where a test says
 * otherwise, its own cache: the real ones are never written. The registry is either an address that does
 * not answer or a stand-in on loopback that speaks the provider registry protocol; nothing needs the internet.
 */
const BOOTSTRAP = path.join(ROOT, "scripts", "bootstrap-providers.sh");
const TOFU = path.join(ROOT, ".tools", "bin", "tofu");
const DEFAULT_REGISTRY = "https://registry.opentofu.org";
const PLATFORM = `${process.platform === "darwin" ? "darwin" : process.platform}_${process.arch === "x64" ? "amd64" : process.arch}`;

interface Spec {
  name: string;
  ns: string;
  type: string;
  version: string;
  module: string;
  moduleVersion: string;
  variable: string;
  pin: string;
  snapshot: string;
}

function spec(name: string): Spec {
  const line = readFileSync(BOOTSTRAP, "utf8")
    .split("\n")
    .find((l) => new RegExp(`^(  |AWS_PROVIDER=)"${name}\\|`).test(l));
  if (!line) throw new Error(`no ${name} line in scripts/bootstrap-providers.sh`);
  const [, ns, type, version, module, moduleVersion, variable, pin, snapshot] = line
    .replace(/^AWS_PROVIDER=/, "")
    .trim()
    .replace(/^"|"$/g, "")
    .split("|");
  return { name, ns, type, version, module, moduleVersion, variable, pin, snapshot };
}

const linode = spec("linode");
const mirrorDir = (root: string, s: Spec) => path.join(root, ".tools", "providers", "registry.opentofu.org", s.ns, s.type, s.version, PLATFORM);
const sourceEntry = (cache: string, s: Spec) => path.join(cache, "providers", `${s.ns}-${s.type}-${s.version}`);
const registryEntry = (cache: string, s: Spec) => path.join(cache, "providers", `registry-${s.ns}-${s.type}-${s.version}-${PLATFORM}`);

/** A scratch checkout: the bootstrap, the CLI config template and the pinned tofu, nothing else. */
function scratchRoot(): string {
  const root = tempDir("edge-iac-provider-source-");
  mkdirSync(path.join(root, "scripts"));
  mkdirSync(path.join(root, "tofu"));
  mkdirSync(path.join(root, ".tools", "bin"), { recursive: true });
  cpSync(BOOTSTRAP, path.join(root, "scripts", "bootstrap-providers.sh"));
  cpSync(path.join(ROOT, "tofu", "cli.tfrc.template"), path.join(root, "tofu", "cli.tfrc.template"));
  if (existsSync(TOFU)) symlinkSync(TOFU, path.join(root, ".tools", "bin", "tofu"));
  return root;
}

/** A cache holding a stand-in for the source build of `s`, stamped exactly as the bootstrap stamps one. */
function cacheWithSourceBuild(s: Spec): string {
  const cache = tempDir("edge-iac-provider-cache-");
  const dir = sourceEntry(cache, s);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `terraform-provider-${s.type}_v${s.version}`), "#!/bin/sh\necho source build\n");
  chmodSync(path.join(dir, `terraform-provider-${s.type}_v${s.version}`), 0o755);
  writeFileSync(path.join(dir, ".stamp"), `${s.module}@${s.moduleVersion} ${s.variable}${s.pin ? ` ${s.pin}` : ""}\n`);
  return cache;
}

interface Run {
  status: number | null;
  stderr: string;
  ms: number;
}

/** Runs the scratch checkout's bootstrap without blocking the event loop (the registry stand-in lives in this process). */
function bootstrap(root: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^EDGE_IAC_(PROVIDER_|CACHE$|LOCK_)/.test(k)));
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn("bash", [path.join(root, "scripts", "bootstrap-providers.sh"), ...args], { env: { ...base, ...env } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    child.on("close", (status) => resolve({ status, stderr, ms: Date.now() - started }));
  });
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip (stored, Unix modes) of the given files, as a provider release package is. */
function zip(files: Array<{ name: string; data: string; mode: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name);
    const data = Buffer.from(file.data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by Unix, so the modes count
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((0o100000 | file.mode) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The linode release package as the stand-in registry serves it: the plugin and a licence file. */
function linodePackage(marker: string): Buffer {
  return zip([
    { name: `terraform-provider-linode_v${linode.version}`, data: `#!/bin/sh\necho registry package ${marker}\n`, mode: 0o755 },
    { name: "LICENSE.txt", data: "MPL-2.0\n", mode: 0o644 },
  ]);
}

/**
 * A stand-in for the OpenTofu registry on loopback speaking the provider registry protocol for
 * linode/linode at the pinned version, this platform only; its packages are unsigned (no signing keys).
 */
async function registryStub(): Promise<{ url: string; serve(pkg: Buffer): void; close(): Promise<void> }> {
  let pkg = linodePackage("one");
  const [os_, arch] = PLATFORM.split("_");
  const file = `terraform-provider-linode_${linode.version}_${PLATFORM}.zip`;
  const server = http.createServer((request, response) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const sha = createHash("sha256").update(pkg).digest("hex");
    const url = request.url ?? "";
    if (url === "/v1/providers/linode/linode/versions") {
      response.end(JSON.stringify({ versions: [{ version: linode.version, protocols: ["5.0"], platforms: [{ os: os_, arch }] }] }));
    } else if (url === `/v1/providers/linode/linode/${linode.version}/download/${os_}/${arch}`) {
      response.end(
        JSON.stringify({
          protocols: ["5.0"],
          os: os_,
          arch,
          filename: file,
          download_url: `${base}/files/${file}`,
          shasums_url: `${base}/files/SHA256SUMS`,
          shasums_signature_url: `${base}/files/SHA256SUMS.sig`,
          shasum: sha,
          signing_keys: { gpg_public_keys: [] },
        }),
      );
    } else if (url === `/files/${file}`) {
      response.end(pkg);
    } else if (url === "/files/SHA256SUMS") {
      response.end(`${sha}  ${file}\n`);
    } else if (url === "/files/SHA256SUMS.sig") {
      response.end("unsigned");
    } else {
      response.statusCode = 404;
      response.end(JSON.stringify({ errors: ["Not Found"] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serve: (next) => void (pkg = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** `tofu init` of a configuration that requires linode at the pinned version, against the scratch checkout's mirror. */
function tofuInit(root: string, lockFile?: string) {
  const dir = tempDir("edge-iac-provider-init-");
  writeFileSync(
    path.join(dir, "main.tf.json"),
    JSON.stringify({ terraform: { required_providers: { linode: { source: "linode/linode", version: linode.version } } } }),
  );
  if (lockFile) cpSync(lockFile, path.join(dir, ".terraform.lock.hcl"));
  return spawnSync(TOFU, ["init", "-backend=false", "-input=false", "-no-color", ...(lockFile ? ["-lockfile=readonly"] : [])], {
    cwd: dir,
    env: { ...process.env, TF_CLI_CONFIG_FILE: path.join(root, ".tools", "tofurc"), TF_PLUGIN_CACHE_DIR: "", CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
}

const links = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((f) => [f, readlinkSync(path.join(dir, f))])
    : [];

describe("EDGE_IAC_PROVIDER_SOURCE", () => {
  test("an unknown value is refused with exit 2, naming the three values, before anything is written", async () => {
    const root = scratchRoot();
    const run = await bootstrap(root, ["--only=linode"], { EDGE_IAC_PROVIDER_SOURCE: "github", EDGE_IAC_CACHE: tempDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("EDGE_IAC_PROVIDER_SOURCE=github is not a provider source: use auto");
    expect(run.stderr).toMatch(/registry or source/);
    expect(existsSync(path.join(root, ".tools", "tofurc"))).toBe(false);
  });

  test("registry, when the registry does not answer: one message naming the registry and the variable, exit 1 within seconds, nothing mirrored", async () => {
    const root = scratchRoot();
    const registry = `http://127.0.0.1:${await closedPort()}`;
    const run = await bootstrap(root, [], {
      EDGE_IAC_PROVIDER_SOURCE: "registry",
      EDGE_IAC_PROVIDER_REGISTRY: registry,
      EDGE_IAC_CACHE: cacheWithSourceBuild(linode),
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\[providers\\] EDGE_IAC_PROVIDER_SOURCE=registry, but the registry ${registry} cannot be used \\(no answer: .+\\) and linode cloudflare random are not in the cache: nothing was mirrored\\. .*EDGE_IAC_PROVIDER_SOURCE=auto \\(or source\\)`,
        ),
      ),
    ]);
    expect(run.ms).toBeLessThan(10_000);
    expect(existsSync(mirrorDir(root, linode))).toBe(false);
  });

  test("auto, when the registry does not answer: says so and why, and links the source build from the cache", async () => {
    const root = scratchRoot();
    const cache = cacheWithSourceBuild(linode);
    const registry = `http://127.0.0.1:${await closedPort()}`;
    const run = await bootstrap(root, ["--only=linode"], { EDGE_IAC_PROVIDER_REGISTRY: registry, EDGE_IAC_CACHE: cache });
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 0,
      stderr: expect.stringContaining(`source: source builds, the fallback: the registry ${registry} cannot be used (no answer: `),
    });
    expect(run.stderr).toContain(`linode/linode ${linode.version}: source build, cached in ${sourceEntry(cache, linode)}`);
    expect(run.stderr).toContain(`mirrored: linode/linode ${linode.version} (source build)`);
    expect(run.ms).toBeLessThan(10_000);
    expect(links(mirrorDir(root, linode))).toEqual([
      [`terraform-provider-linode_v${linode.version}`, path.join(sourceEntry(cache, linode), `terraform-provider-linode_v${linode.version}`)],
    ]);
  });

  test("source: no probe at all, and a snapshot build says it is not the release itself", async () => {
    const random = spec("random");
    expect(random.snapshot).toMatch(/^main of \d{4}-\d{2}-\d{2}, after the 3\.9\.0 release/);
    const root = scratchRoot();
    const run = await bootstrap(root, ["--only=random"], {
      EDGE_IAC_PROVIDER_SOURCE: "source",
      EDGE_IAC_PROVIDER_REGISTRY: "http://registry.invalid",
      EDGE_IAC_CACHE: cacheWithSourceBuild(random),
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("source: source builds (EDGE_IAC_PROVIDER_SOURCE=source)");
    expect(run.stderr).not.toContain("registry.invalid");
    expect(run.stderr).toContain(`hashicorp/random 3.9.0: the source build is a snapshot, not the 3.9.0 release itself: ${random.snapshot}`);
  });
});

describe("the registry source (a loopback stand-in speaking the provider registry protocol)", () => {
  let registry: Awaited<ReturnType<typeof registryStub>>;
  beforeAll(async () => void (registry = await registryStub()));
  afterAll(() => registry.close());

  test("fills the same mirror layout with the unpacked release package, cached apart from the source build, and tofu init accepts it", async () => {
    const root = scratchRoot();
    const cache = cacheWithSourceBuild(linode);
    const sourceStamp = readFileSync(path.join(sourceEntry(cache, linode), ".stamp"), "utf8");
    const env = { EDGE_IAC_PROVIDER_REGISTRY: registry.url, EDGE_IAC_CACHE: cache };

    const first = await bootstrap(root, ["--only=linode"], { ...env, EDGE_IAC_PROVIDER_SOURCE: "registry" });
    expect({ status: first.status, stderr: first.stderr }).toEqual({
      status: 0,
      stderr: expect.stringContaining(`source: the registry ${registry.url} (it answered HTTP 200`),
    });
    expect(first.stderr).toContain(`linode/linode ${linode.version}: downloading the release package from ${registry.url} (tofu providers mirror)`);
    const unpacked = registryEntry(cache, linode);
    expect(links(mirrorDir(root, linode))).toEqual([
      ["LICENSE.txt", path.join(unpacked, "LICENSE.txt")],
      [`terraform-provider-linode_v${linode.version}`, path.join(unpacked, `terraform-provider-linode_v${linode.version}`)],
    ]);
    expect(readFileSync(path.join(unpacked, ".stamp"), "utf8")).toMatch(new RegExp(`^registry ${registry.url} zh:[0-9a-f]{64}\\n$`));
    // The source build of the same version is still there, untouched.
    expect(readFileSync(path.join(sourceEntry(cache, linode), ".stamp"), "utf8")).toBe(sourceStamp);
    expect(tofuInit(root).status).toBe(0);

    // Forced back to source, the mirror points at the source build again (and only at it) …
    const source = await bootstrap(root, ["--only=linode"], { ...env, EDGE_IAC_PROVIDER_SOURCE: "source" });
    expect(source.status).toBe(0);
    expect(links(mirrorDir(root, linode)).map(([f]) => f)).toEqual([`terraform-provider-linode_v${linode.version}`]);
    // … and auto, the registry answering, takes the cached registry package without downloading it again.
    const auto = await bootstrap(root, ["--only=linode"], env);
    expect(auto.status).toBe(0);
    expect(auto.stderr).toContain(`linode/linode ${linode.version}: registry package, cached in ${unpacked}`);
    expect(auto.stderr).not.toContain("downloading");
    expect(links(mirrorDir(root, linode))).toHaveLength(2);
  });

  test("auto falls back to the source build, saying so, for a version the registry does not list", async () => {
    const root = scratchRoot();
    const random = spec("random");
    const run = await bootstrap(root, ["--only=random"], { EDGE_IAC_PROVIDER_REGISTRY: registry.url, EDGE_IAC_CACHE: cacheWithSourceBuild(random) });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`hashicorp/random ${random.version}: ${registry.url} lists no such release; building from source instead`);
    expect(run.stderr).toContain(`mirrored: hashicorp/random ${random.version} (source build)`);
  });

  test("--write-lock records the package's hashes; tofu init -lockfile=readonly then accepts the registry mirror and refuses the source build", async () => {
    const root = scratchRoot();
    const cache = cacheWithSourceBuild(linode);
    const env = { EDGE_IAC_PROVIDER_REGISTRY: registry.url, EDGE_IAC_CACHE: cache, EDGE_IAC_LOCK_PLATFORMS: PLATFORM };
    registry.serve(linodePackage("one"));
    const write = await bootstrap(root, ["--only=linode", "--write-lock"], env);
    expect(write.status).toBe(0);
    const lockFile = path.join(root, "tofu", "registry.terraform.lock.hcl");
    const lock = readFileSync(lockFile, "utf8");
    const zh = `zh:${createHash("sha256").update(linodePackage("one")).digest("hex")}`;
    expect(lock.split("\n")[0]).toMatch(/^# Generated by `bash scripts\/bootstrap-providers\.sh --write-lock`/);
    expect(lock).toContain(`provider "registry.opentofu.org/linode/linode" {\n  version     = "${linode.version}"`);
    expect(lock).toContain(`"${zh}"`);
    expect(lock).toMatch(/"h1:[A-Za-z0-9+/]{43}="/);

    expect((await bootstrap(root, ["--only=linode"], env)).status).toBe(0);
    expect(tofuInit(root, lockFile).status).toBe(0);
    expect((await bootstrap(root, ["--only=linode"], { ...env, EDGE_IAC_PROVIDER_SOURCE: "source" })).status).toBe(0);
    const refused = tofuInit(root, lockFile);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/doesn't match any of the checksums/);
  });

  test("a registry package the lock file does not list is refused, naming both hashes, and nothing is cached or linked", async () => {
    const root = scratchRoot();
    const cache = tempDir("edge-iac-provider-cache-");
    const listed = `zh:${"0".repeat(64)}`;
    writeFileSync(
      path.join(root, "tofu", "registry.terraform.lock.hcl"),
      `provider "registry.opentofu.org/linode/linode" {\n  version     = "${linode.version}"\n  constraints = "${linode.version}"\n  hashes = [\n    "${listed}",\n  ]\n}\n`,
    );
    registry.serve(linodePackage("changed"));
    const served = `zh:${createHash("sha256").update(linodePackage("changed")).digest("hex")}`;
    const run = await bootstrap(root, ["--only=linode"], { EDGE_IAC_PROVIDER_REGISTRY: registry.url, EDGE_IAC_CACHE: cache });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `refusing linode/linode ${linode.version} from ${registry.url}: its package hash is ${served}, which tofu/registry.terraform.lock.hcl does not list`,
    );
    expect(run.stderr).toContain(`(it lists ${listed})`);
    expect(run.stderr).not.toContain("building from source");
    expect(existsSync(registryEntry(cache, linode))).toBe(false);
    expect(existsSync(mirrorDir(root, linode))).toBe(false);
  });
});

/**
 * The same decisions against the real registry address and this machine's real cache, where the registry
 * does not answer (our machines): run only there, since elsewhere they would download.
 */
const registryAnswers =
  spawnSync("curl", ["-sS", "-o", "/dev/null", "--connect-timeout", "3", "--max-time", "5", `${DEFAULT_REGISTRY}/v1/providers/hashicorp/random/versions`])
    .status === 0;
const realCache = path.join(process.env.EDGE_IAC_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "edge-iac"));
const randomSpec = spec("random");
const randomCached =
  existsSync(path.join(sourceEntry(realCache, randomSpec), `terraform-provider-random_v${randomSpec.version}`)) &&
  readFileSync(path.join(sourceEntry(realCache, randomSpec), ".stamp"), "utf8").trim() ===
    `${randomSpec.module}@${randomSpec.moduleVersion} ${randomSpec.variable}`.trim();

describe(`on a machine where ${DEFAULT_REGISTRY} does not answer`, () => {
  (registryAnswers ? test.skip : test)("registry fails within seconds with the one message", async () => {
    const run = await bootstrap(scratchRoot(), ["--only=random"], { EDGE_IAC_PROVIDER_SOURCE: "registry", EDGE_IAC_CACHE: tempDir() });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^\\[providers\\] EDGE_IAC_PROVIDER_SOURCE=registry, but the registry ${DEFAULT_REGISTRY} cannot be used \\(no answer: .*\\) and random are not in the cache: nothing was mirrored`,
      ),
    );
    expect(run.ms).toBeLessThan(15_000);
  });

  (registryAnswers || !randomCached ? test.skip : test)("auto reports the registry unreachable and links random from the real cache", async () => {
    const root = scratchRoot();
    const run = await bootstrap(root, ["--only=random"], { ...(process.env.EDGE_IAC_CACHE ? { EDGE_IAC_CACHE: process.env.EDGE_IAC_CACHE } : {}) });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`source: source builds, the fallback: the registry ${DEFAULT_REGISTRY} cannot be used (no answer: `);
    expect(run.stderr).toContain(`hashicorp/random ${randomSpec.version}: source build, cached in ${sourceEntry(realCache, randomSpec)}`);
    expect(run.ms).toBeLessThan(15_000);
    expect(links(mirrorDir(root, randomSpec))).toEqual([
      [`terraform-provider-random_v${randomSpec.version}`, path.join(sourceEntry(realCache, randomSpec), `terraform-provider-random_v${randomSpec.version}`)],
    ]);
  });
});

describe("CI", () => {
  type Step = { uses?: string; run?: string; id?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> };
  type Job = { env?: Record<string, string>; steps: Step[]; strategy?: { matrix?: unknown } };
  const read = (...parts: string[]) => parseYaml(readFileSync(path.join(ROOT, ".github", ...parts), "utf8"));
  const action = read("actions", "setup", "action.yml") as { runs: { steps: Step[] } };
  const workflowJobs = (name: string) => (read("workflows", name) as { jobs: Record<string, Job> }).jobs;

  test("the test job takes its plugins from the registry, never from a source build", () => {
    const job = workflowJobs("pull-request.yml").test;
    expect(job.env?.EDGE_IAC_PROVIDER_SOURCE).toBe("registry");
    expect(job.steps.find((s) => s.uses === "./.github/actions/setup")?.with).toEqual({ providers: "true" });
    const bootstrap = action.runs.steps.filter((s) => s.run?.includes("bash scripts/bootstrap-providers.sh"));
    expect(bootstrap).toHaveLength(1);
    expect(bootstrap[0].env?.EDGE_IAC_PROVIDER_SOURCE).toBe("registry");
  });

  test("plan, apply and drift jobs fill the same mirror for their stack", () => {
    for (const name of ["pull-request.yml", "main.yml", "drift.yml"]) {
      const matrixJobs = Object.entries(workflowJobs(name)).filter(([, job]) => job.strategy?.matrix !== undefined);
      expect({ name, jobs: matrixJobs.length > 0 }).toEqual({ name, jobs: true });
      for (const [id, job] of matrixJobs) {
        const setup = job.steps.find((s) => s.uses === "./.github/actions/setup");
        expect({ name, id, with: setup?.with }).toEqual({ name, id, with: { providers: "true", stack: "cdktf.out/stacks/${{ matrix.stack }}" } });
      }
    }
  });

  test("the provider cache is keyed by every provider pin line of the bootstrap", () => {
    const cache = action.runs.steps.find((s) => s.uses?.startsWith("actions/cache@") && s.with?.key?.includes("providers"));
    expect(cache?.with?.key).toBe("edge-iac-providers-${{ runner.os }}-${{ steps.pins.outputs.providers }}");
    const pins = action.runs.steps.find((s) => s.id === "pins")?.run ?? "";
    const pattern = pins.match(/providers=\$\(grep -E '([^']+)' scripts\/bootstrap-providers\.sh/)?.[1];
    expect(pattern).toBeDefined();
    const lines = spawnSync("grep", ["-E", pattern!, BOOTSTRAP], { encoding: "utf8" }).stdout.trim().split("\n");
    expect(lines.map((l) => l.replace(/^\s*(AWS_PROVIDER=)?"/, "").split("|")[0])).toEqual(["linode", "cloudflare", "random", "aws"]);
  });
});
