// Imported first by main.ts. cdktf captures a full stack trace for every token it creates (tokens/private/
// stack-trace.js: unlimited depth, read back at once as text), only to name a token's creation site in
// the rare error about a token that cannot be resolved. At 100 nodes that was 0.9 s of source-map lookups
// (tsx turns source maps on) plus 0.6 s of formatting frames, measured by bench/profile.ts.
// - Source maps off: synth errors do not need mapped frames.
// - Stack text only for real errors: cdktf captures into a plain object, `{ stack: "" }`; for those the
//   text is left empty, which cdktf reads as "no trace". Errors keep node's formatting.
//   EDGE_IAC_TOKEN_STACKS=1 keeps the creation stacks for debugging such an error.
process.setSourceMapsEnabled(false);
if (!process.env.EDGE_IAC_TOKEN_STACKS) {
  const format = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, frames) => {
    if (!(error instanceof Error)) return "";
    return format ? format(error, frames) : `${error.name}: ${error.message}\n${frames.map((f) => `    at ${f}`).join("\n")}`;
  };
}
