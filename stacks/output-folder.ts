import { existsSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "../schema/cue";

/**
 * The synth replaces its output folder whole. Replacing is deleting, so it only ever replaces a folder it
 * can prove is its own: missing, empty, or carrying the stamp below that an earlier synth wrote.
 */
export const STAMP_FILE = ".edge-iac-synth";
const STAMP = "edge-iac synth output: replaced whole by every `npm run synth`; do not keep files here\n";

/** Thrown when `--out` (or `$CDKTF_OUTDIR`) names a folder the synth must not replace. */
export class OutputFolderError extends Error {
  constructor(
    readonly folder: string,
    reason: string,
  ) {
    super(`--out ${folder}: ${reason}; nothing was written or deleted`);
    this.name = "OutputFolderError";
  }
}

/** `file` with symlinks resolved as far as it exists, so `./x/..` or a link cannot hide the repository. */
function real(file: string): string {
  const missing: string[] = [];
  let existing = path.resolve(file);
  while (!existsSync(existing)) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...missing);
}

const contains = (ancestor: string, file: string) => {
  const relative = path.relative(ancestor, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

/**
 * An output folder of cdktf from before the stamp existed: nothing but cdktf's manifest (naming its
 * stacks) and the stacks folder. Recognised so an existing checkout's cdktf.out is still replaced.
 */
function isUnstampedSynthOutput(folder: string, entries: readonly string[]): boolean {
  if (!entries.every((e) => e === "manifest.json" || e === "stacks")) return false;
  try {
    const manifest = JSON.parse(readFileSync(path.join(folder, "manifest.json"), "utf8"));
    return typeof manifest?.version === "string" && typeof manifest?.stacks === "object";
  } catch {
    return false;
  }
}

/**
 * Refuses an output folder the synth may not replace, throwing OutputFolderError naming it and why:
 * the filesystem root, `$HOME`, the repository root or any folder that contains it, a file, or a folder
 * holding anything but an earlier synth's output.
 */
export function checkOutputFolder(outdir: string, repoRoot = ROOT): void {
  const target = real(outdir);
  const shown = path.resolve(outdir);
  if (target === path.parse(target).root) throw new OutputFolderError(shown, "is the filesystem root");
  if (target === real(os.homedir())) throw new OutputFolderError(shown, "is your home folder ($HOME)");
  if (contains(target, real(repoRoot))) {
    throw new OutputFolderError(shown, `is the repository root or contains it (${repoRoot})`);
  }
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new OutputFolderError(shown, "is a file, not a folder");
  const entries = readdirSync(target);
  if (entries.length === 0 || entries.includes(STAMP_FILE) || isUnstampedSynthOutput(target, entries)) return;
  const shownEntries = entries.slice(0, 3).join(", ") + (entries.length > 3 ? ", …" : "");
  throw new OutputFolderError(shown, `holds files the synth did not write (${shownEntries}); choose an empty or new folder, or delete it yourself`);
}

/** Marks a freshly synthesized folder as the synth's own, so the next synth may replace it. */
export function stampOutputFolder(folder: string): void {
  writeFileSync(path.join(folder, STAMP_FILE), STAMP);
}

/** The names of the swap's temporary siblings of `outdir` for process `pid`. */
export function swapFolders(outdir: string, pid = process.pid): { temp: string; old: string } {
  const parent = path.dirname(outdir);
  const base = path.basename(outdir);
  return { temp: path.join(parent, `.${base}.tmp-${pid}`), old: path.join(parent, `.${base}.old-${pid}`) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Clears what a synth killed mid-swap left beside `outdir`: its temporary folder is removed, and when
 * it died between moving the previous output aside and moving the new one in, the previous output is
 * put back first. Folders of synths still running are left alone.
 */
export function recoverInterruptedSwaps(outdir: string): void {
  const parent = path.dirname(outdir);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^\\.${path.basename(outdir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-(\\d+)$`);
  const stale = readdirSync(parent)
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter(({ match }) => match && Number(match[2]) !== process.pid && !alive(Number(match[2])));
  for (const { name, match } of stale) {
    const folder = path.join(parent, name);
    if (match![1] === "old" && !existsSync(outdir)) renameSync(folder, outdir);
    else rmSync(folder, { recursive: true, force: true });
  }
}
