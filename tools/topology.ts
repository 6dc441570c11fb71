// Draws the topology of every environment into docs/topology/<env>.md (Mermaid) and <env>.svg (Graphviz).
// `npm run synth` does the same for the default config; run with --help for the options. The logic is in
// tools/topology/render.ts.
import { rmSync } from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { writeFileAtomic } from "../scripts/atomic";
import { ROOT } from "../schema/cue";
import { DEFAULT_CONFIG, loadConfig } from "../schema/load";
import { ConfigError } from "../schema/problems";
import { differingFiles, staleFiles } from "./generated-files";
import { renderTopology, TOPOLOGY_DIR } from "./topology/render";

const HELP = `usage: npx tsx tools/topology.ts [--config <dir|file.json>] [--root <dir>] [--check]

Writes ${TOPOLOGY_DIR}/<env>.md (a Mermaid flowchart) and ${TOPOLOGY_DIR}/<env>.svg (rendered by Graphviz) for
every environment, under <root> (default: the repository), and removes pages of environments that are gone.

  --config <path>  a CUE package folder with a \`config\` field, or a resolved config .json (default: schema/)
  --root <dir>     where ${TOPOLOGY_DIR}/ is (default: the repository root)
  --check          write nothing; exit 1 when the files on disk differ from a fresh render
  -h, --help       show this help`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        config: { type: "string" },
        root: { type: "string" },
        check: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`topology: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  try {
    const started = Date.now();
    const config = loadConfig(args.config ? path.resolve(args.config) : DEFAULT_CONFIG);
    const root = path.resolve(args.root ?? ROOT);
    const files = await renderTopology(config);
    const absolute = Object.fromEntries(Object.entries(files).map(([file, content]) => [path.join(root, file), content]));
    const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");
    const stale = staleFiles(path.join(root, TOPOLOGY_DIR), Object.keys(absolute), /\.(md|svg)$/).map(relative);
    if (args.check) {
      const differ = differingFiles(absolute).map(relative);
      if (differ.length + stale.length === 0) return 0;
      console.error(`topology: out of date: ${[...differ, ...stale].join(", ")}; run npx tsx tools/topology.ts (or npm run synth)`);
      return 1;
    }
    for (const [file, content] of Object.entries(files)) writeFileAtomic(path.join(root, file), content);
    for (const file of stale) rmSync(path.join(root, file));
    console.log(`wrote ${Object.keys(files).join(", ")}${stale.length > 0 ? `; removed ${stale.join(", ")}` : ""} in ${Date.now() - started} ms`);
    return 0;
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `topology: ${(error as Error).message}`);
    return error instanceof ConfigError ? 3 : 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
