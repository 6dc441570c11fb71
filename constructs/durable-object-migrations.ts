/** One Durable Object migration step, as wrangler.toml's `[[migrations]]` has it. */
export interface DurableObjectMigration {
  /** The step's tag, unique per script; the last step's tag is the script's current one. */
  readonly tag: string;
  /**
   * Classes this step creates, SQLite-backed.
   * @default []
   */
  readonly newSqliteClasses?: readonly string[];
  /**
   * Classes this step renames (their objects keep their data).
   * @default []
   */
  readonly renamedClasses?: readonly { readonly from: string; readonly to: string }[];
  /**
   * Classes this step deletes, with every object's data.
   * @default []
   */
  readonly deletedClasses?: readonly string[];
}

/** A step the Workers API would refuse: the list and entry at fault (for a rename, which side) and why. */
export interface MigrationProblem {
  readonly step: number;
  readonly field: "newSqliteClasses" | "renamedClasses" | "deletedClasses";
  readonly index: number;
  readonly side?: "from" | "to";
  readonly message: string;
}

/**
 * Replays `steps` in order: the classes live after the last one (in order of creation; a rename keeps
 * its place) and every step that creates a class that exists or existed, renames one that does not exist
 * (or onto one that does), or deletes one that does not exist. Shared by the config rules and the
 * WorkerService construct, so both judge a migration the same way.
 */
export function replayMigrations(steps: readonly DurableObjectMigration[]): { live: string[]; problems: MigrationProblem[] } {
  const live: string[] = [];
  const created = new Set<string>();
  const problems: MigrationProblem[] = [];
  steps.forEach((step, i) => {
    (step.newSqliteClasses ?? []).forEach((cls, k) => {
      if (live.includes(cls) || created.has(cls)) {
        problems.push({ step: i, field: "newSqliteClasses", index: k, message: `class ${cls} was already created by an earlier migration` });
      }
      if (!live.includes(cls)) live.push(cls);
      created.add(cls);
    });
    (step.renamedClasses ?? []).forEach(({ from, to }, k) => {
      const at = live.indexOf(from);
      if (at < 0) problems.push({ step: i, field: "renamedClasses", index: k, side: "from", message: `class ${from} does not exist at this migration` });
      else if (live.includes(to)) problems.push({ step: i, field: "renamedClasses", index: k, side: "to", message: `class ${to} already exists` });
      else live.splice(at, 1, to);
    });
    (step.deletedClasses ?? []).forEach((cls, k) => {
      const at = live.indexOf(cls);
      if (at < 0) problems.push({ step: i, field: "deletedClasses", index: k, message: `class ${cls} does not exist at this migration` });
      else live.splice(at, 1);
    });
  });
  return { live, problems };
}
