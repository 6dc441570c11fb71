// The conventional cdktf entry point the synth benchmark (bench/run.ts) compares main.ts against: a
// plain `new App() … app.synth()` run by `cdktf synth` under ts-node (type-checking, no cache).
// bench/conventional/prepare.ts copies it into a scratch project next to copies of constructs/ and
// stacks/ whose provider classes come from each package's root (`import { instance } from
// "@cdktf/provider-aws"`), the way most cdktf projects import them; everything else is the real code.
// BENCH_CONFIG picks the configuration (a CUE package folder or a resolved .json; default schema/).
import { applyPolicy } from "../../constructs/policy";
import { DEFAULT_CONFIG, loadConfig } from "../../schema/load";
import { bundleWorker } from "../../services/edge-worker/bundle";
import { buildApp } from "../../stacks/app";

const config = loadConfig(process.env.BENCH_CONFIG || DEFAULT_CONFIG);
// cdktf synth tells the app where to write through CDKTF_OUTDIR.
const app = buildApp(config, { outdir: process.env.CDKTF_OUTDIR || "cdktf.out", workerScript: bundleWorker() });
applyPolicy(app);
app.synth();
