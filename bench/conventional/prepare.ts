// Builds the scratch project of the "conventional" synth the benchmark compares against: a folder
// shaped like the repository, with its own cdktf.json (app: ts-node bench/conventional/main.ts),
// copies of constructs/ and stacks/ whose provider imports are rewritten to each package's root, and
// symlinks to everything else (schema/, services/, scripts/, node_modules/), so the same stacks
// synthesize the same config. Rebuilt on every benchmark, so it cannot drift from the real code.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "../../schema/cue";

/** Copied, with provider imports rewritten: the only folders that import provider classes. */
const REWRITTEN = ["constructs", "stacks"];
/** Linked as they are. */
const LINKED = ["schema", "services", "scripts", "node_modules", "cue.mod", ".gen"];

const PROVIDER_IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+"(@cdktf\/provider-[a-z0-9-]+)\/lib\/([a-z0-9-]+)(?:\/index)?";/g;

/** `export * as dnsRecord from './dns-record'` → dns-record → dnsRecord, read from the package's index.d.ts. */
function submoduleNames(pkg: string, root: string): Map<string, string> {
  const index = readFileSync(path.join(root, "node_modules", pkg, "lib", "index.d.ts"), "utf8");
  const names = new Map<string, string>();
  for (const m of index.matchAll(/export \* as ([A-Za-z0-9_$]+) from '\.\/([^']+)'/g)) names.set(m[2], m[1]);
  return names;
}

/**
 * Rewrites `import { Instance as AwsInstance } from "@cdktf/provider-aws/lib/instance";` into the root
 * import `import * as provider_aws from "@cdktf/provider-aws";` plus `import AwsInstance =
 * provider_aws.instance.Instance;` (an alias, so the name stays usable as a value and as a type).
 */
export function rewriteProviderImports(source: string, root: string = ROOT): string {
  const packages = new Set<string>();
  const namesOf = new Map<string, Map<string, string>>();
  const rewritten = source.replace(PROVIDER_IMPORT, (_all, _type: string | undefined, specifiers: string, pkg: string, file: string) => {
    if (!namesOf.has(pkg)) namesOf.set(pkg, submoduleNames(pkg, root));
    const ns = namesOf.get(pkg)!.get(file);
    if (!ns) throw new Error(`${pkg}/lib/${file}: not exported by the package root (index.d.ts)`);
    packages.add(pkg);
    return specifiers
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        // An inline `type` modifier (import { X, type Y }) needs none here: an alias serves as a type too.
        const [name, alias] = s.replace(/^type\s+/, "").split(/\s+as\s+/);
        return `import ${alias ?? name} = ${localName(pkg)}.${ns}.${name};`;
      })
      .join("\n");
  });
  if (packages.size === 0) return source;
  const header = [...packages].map((pkg) => `import * as ${localName(pkg)} from "${pkg}";`).join("\n");
  return `${header}\n${rewritten}`;
}

function localName(pkg: string): string {
  return pkg.replace(/^@cdktf\//, "").replace(/-/g, "_");
}

function copyRewritten(from: string, to: string, root: string): number {
  mkdirSync(to, { recursive: true });
  let count = 0;
  for (const entry of readdirSync(from)) {
    const source = path.join(from, entry);
    const target = path.join(to, entry);
    if (statSync(source).isDirectory()) count += copyRewritten(source, target, root);
    else if (entry.endsWith(".ts")) {
      writeFileSync(target, rewriteProviderImports(readFileSync(source, "utf8"), root));
      count++;
    } else cpSync(source, target);
  }
  return count;
}

export interface ConventionalProject {
  /** The scratch project: run `cdktf synth` here. */
  readonly dir: string;
  /** Where cdktf synth writes (cdktf.json's `output`). */
  readonly outdir: string;
}

/** Creates the conventional project in `dir` (which must not exist yet or be empty). */
export function prepareConventional(dir: string, root: string = ROOT): ConventionalProject {
  mkdirSync(dir, { recursive: true });
  for (const folder of REWRITTEN) copyRewritten(path.join(root, folder), path.join(dir, folder), root);
  for (const link of LINKED) {
    if (existsSync(path.join(root, link))) symlinkSync(path.join(root, link), path.join(dir, link));
  }
  mkdirSync(path.join(dir, "bench", "conventional"), { recursive: true });
  cpSync(path.join(root, "bench", "conventional", "main.ts"), path.join(dir, "bench", "conventional", "main.ts"));
  cpSync(path.join(root, "tsconfig.json"), path.join(dir, "tsconfig.json"));
  const outdir = path.join(dir, "cdktf.out");
  writeFileSync(
    path.join(dir, "cdktf.json"),
    `${JSON.stringify(
      {
        language: "typescript",
        // What `cdktf init --template typescript` writes: ts-node, type-checking every file it loads.
        app: "npx ts-node bench/conventional/main.ts",
        output: outdir,
        projectId: "edge-iac-bench-conventional",
        sendCrashReports: "false",
        terraformProviders: [],
        terraformModules: [],
        context: {},
      },
      null,
      2,
    )}\n`,
  );
  return { dir, outdir };
}
