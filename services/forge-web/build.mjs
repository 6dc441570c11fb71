// Builds the site into dist/: the pages in src/ copied as they are (no bundler, no dependency). CI then
// runs `wrangler pages deploy dist --project-name <project>-<env>-web --branch main`.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(here, "src"), dist, { recursive: true });
console.log(`built ${dist}`);
