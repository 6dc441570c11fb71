// Valid configurations the property test (config-property.test.ts) found crashing the synth (exit 1),
// kept as named cases: each must synthesize.
import * as path from "node:path";
import { main } from "../../main";
import type { Config, Environment } from "../../schema/config.types";
import { defaultConfig, tempDir, writeJsonConfig } from "../helpers/config";

const staging = (c: Config): Environment => c.environments.staging;

const cases: Array<[string, (config: Config) => void]> = [
  [
    'a service named "constructor" (a property of every JavaScript object)',
    (c) => {
      staging(c).services[0].name = "constructor";
      staging(c).edge.worker.routes[0].service = "constructor";
    },
  ],
  [
    "an SSH key whose comment has a double quote, with SSH from admin",
    (c) => {
      c.admin.sshKeys = [`${c.admin.sshKeys[0].split(" ").slice(0, 2).join(" ")} "ops laptop"`];
      staging(c).nodes[0].sshFromAdmin = true;
    },
  ],
];

describe("valid configurations with odd names and shapes", () => {
  let errors: string[];
  beforeEach(() => {
    errors = [];
    jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.join(" ")));
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test.each(cases)("%s: synthesizes", async (_what, mutate) => {
    const config = defaultConfig();
    mutate(config);
    expect({ code: await main(["--config", writeJsonConfig(config), "--out", path.join(tempDir(), "cdktf.out")]), errors }).toEqual({ code: 0, errors: [] });
  });
});
