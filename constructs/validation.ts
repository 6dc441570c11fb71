/**
 * Collects every problem with a construct's props, then throws once with all of them: the construct's
 * path first, each problem as `prop: message`.
 */
export class PropsValidator {
  private readonly problems: string[] = [];

  constructor(private readonly what: string) {}

  /** Records `message` for `prop` when `ok` is false. */
  check(ok: boolean, prop: string, message: string): this {
    if (!ok) this.problems.push(`${prop}: ${message}`);
    return this;
  }

  throwIfInvalid(): void {
    if (this.problems.length > 0) {
      throw new Error(`${this.what}: invalid props\n${this.problems.map((p) => `  ${p}`).join("\n")}`);
    }
  }
}

export const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isPort(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

/** The values that appear more than once in `values`. */
export function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/**
 * A literal string as OpenTofu must see it in JSON: `${` and `%{` start template interpolation there, so
 * code or text that contains them (a bundled Worker's template literals, a shell script) is escaped as
 * `$${` and `%%{`, which OpenTofu reads back as the literal characters.
 */
export function terraformLiteral(text: string): string {
  return text.replace(/\$\{/g, "$$${").replace(/%\{/g, "%%{");
}
