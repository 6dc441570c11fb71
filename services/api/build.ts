import path from "node:path";
import { type BuildResult, build } from "esbuild";

// Bundles the api service and its only runtime dependency (pg) into one CommonJS file that needs nothing
// but Node 20 at run time: the Nix package copies it and runs `node dist/server.js`.
//
//   npx tsx services/api/build.ts                      # writes services/api/dist/server.js
//   npx tsx services/api/build.ts --outfile /tmp/x.js

export const ENTRY = path.join(__dirname, "src", "server.ts");
export const DEFAULT_OUTFILE = path.join(__dirname, "dist", "server.js");

export function buildApi(outfile: string = DEFAULT_OUTFILE): Promise<BuildResult> {
  return build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: "inline",
    legalComments: "inline",
    // pg only loads pg-native when asked to (pg.native); it is not installed and never used here.
    external: ["pg-native"],
    logLevel: "warning",
  });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const i = args.indexOf("--outfile");
  if (args.length > 0 && (i !== 0 || args.length !== 2)) {
    process.stderr.write("usage: tsx services/api/build.ts [--outfile <path>]\n");
    process.exit(64);
  }
  const outfile = i === 0 ? path.resolve(args[1]) : DEFAULT_OUTFILE;
  buildApi(outfile).then(
    () => process.stdout.write(`wrote ${outfile}\n`),
    () => process.exit(1), // esbuild already printed the errors
  );
}
