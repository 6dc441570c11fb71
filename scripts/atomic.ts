import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import * as path from "node:path";

/** Writes `content` to `file` through a temporary sibling and a rename, so readers never see half a file. */
export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, content);
  renameSync(temp, file);
}
