// Draws the topology of every environment into docs/topology/<env>.md (Mermaid) and <env>.svg (Graphviz).
// `npm run synth` does the same for the default config; run with --help for the options. The logic is in
// tools/topology/render.ts.
import { runMain } from "../scripts/cli";
import { pagesMain } from "./generated-files";
import { renderTopology, TOPOLOGY_DIR } from "./topology/render";

export const main = pagesMain({
  name: "topology",
  script: "tools/topology.ts",
  dir: TOPOLOGY_DIR,
  pattern: /\.(md|svg)$/,
  what: "<env>.md (a Mermaid flowchart) and <env>.svg (rendered by Graphviz)",
  render: (config) => renderTopology(config),
});

if (require.main === module) runMain(main);
