import { readFileSync } from "node:fs";
import * as path from "node:path";
import { App, TerraformOutput } from "cdktf";
import { applyPolicy, CheckedStack } from "../../constructs/policy";
import { tempDir } from "../helpers/config";

class Stack extends CheckedStack {}

function synthOne(withPolicy: boolean): { json: unknown; calls: number } {
  const outdir = tempDir();
  const app = new App({ outdir, stackTraces: false });
  const stack = new Stack(app, "s");
  new TerraformOutput(stack, "greeting", { value: "hello" });
  let calls = 0;
  const original = Object.getPrototypeOf(CheckedStack.prototype).toTerraform;
  const spy = jest.spyOn(Object.getPrototypeOf(CheckedStack.prototype), "toTerraform").mockImplementation(function (this: unknown) {
    calls++;
    return original.call(this);
  });
  if (withPolicy) applyPolicy(app);
  app.synth();
  spy.mockRestore();
  return { json: JSON.parse(readFileSync(path.join(outdir, "stacks", "s", "cdk.tf.json"), "utf8")), calls };
}

describe("CheckedStack", () => {
  test("writes exactly the JSON the policy judged, resolving the stack once instead of twice", () => {
    const checked = synthOne(true);
    const plain = synthOne(false);
    expect(checked.json).toEqual(plain.json);
    expect(plain.calls).toBe(1);
    expect(checked.calls).toBe(1);
  });
});
