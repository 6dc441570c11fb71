// Query downloaded Vector/R2 logs with DuckDB. Run with --help for usage; the logic is in tools/logs/.
import { runCli } from "./logs/cli";

runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then((code) => {
  process.exitCode = code;
});
