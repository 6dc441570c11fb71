/** One thing wrong with a configuration, located by its path inside the config and, when known, a file. */
export interface ConfigProblem {
  /** Dotted path from the config root, with list indexes in brackets: `environments.staging.nodes[0].name`. */
  readonly path: string;
  readonly message: string;
  /** Where the value can be fixed: a CUE file (with line) or the JSON file that was loaded. */
  readonly file?: string;
}

/** Thrown when a configuration is invalid; carries every problem found, not only the first. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(`invalid configuration ${source}:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function formatProblem(problem: ConfigProblem): string {
  return `${problem.path || "(root)"}: ${problem.message}${problem.file ? ` (${problem.file})` : ""}`;
}

/** Joins path segments: numbers become `[i]`, names become `.name`. */
export function joinPath(...segments: ReadonlyArray<string | number>): string {
  return segments.reduce<string>((acc, segment) => {
    if (typeof segment === "number") return `${acc}[${segment}]`;
    return acc ? `${acc}.${segment}` : segment;
  }, "");
}
