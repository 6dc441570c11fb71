import { LOG_LEVELS, type LogLevel } from "./config";

/** Anything with a write(string) method: process.stdout in production, a buffer in tests. */
export interface LogSink {
  write(line: string): unknown;
}

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerProps {
  readonly level: LogLevel;
  /** Written on every line so logs from many services stay attributable after Vector merges them. */
  readonly service: string;
  /** @default process.stdout */
  readonly sink?: LogSink;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/**
 * One JSON object per line on stdout: journald captures it, Vector parses it and ships it to R2, and
 * tools/logs-query.ts reads it back. The keys time, level, msg and service are always present.
 */
export function createLogger(props: LoggerProps): Logger {
  const sink = props.sink ?? process.stdout;
  const now = props.now ?? (() => new Date());
  const threshold = LOG_LEVELS.indexOf(props.level);
  const emit =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (LOG_LEVELS.indexOf(level) < threshold) return;
      const fixed = { time: now().toISOString(), level, msg, service: props.service };
      // Fixed keys lead the line for people reading it and are re-applied so a field cannot overwrite them.
      const line = Object.assign({}, fixed, fields, fixed);
      sink.write(`${JSON.stringify(line, errorReplacer)}\n`);
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}
