// Query downloaded Vector/R2 logs with DuckDB. Run with --help for usage; the logic is in tools/logs/.
import { runMain } from "../scripts/cli";
import { runCli } from "./logs/cli";

runMain((argv) => runCli(argv, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }));
