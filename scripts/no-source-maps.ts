// Imported first by main.ts. tsx turns on source-mapped stack traces, and cdktf captures a full stack
// trace for every token it creates: each one then costs a source-map lookup per frame (0.9 s of the app
// construction at 100 nodes, measured by bench/profile.ts). Synth errors do not need mapped frames.
process.setSourceMapsEnabled(false);
