import { TerraformStack } from "cdktf";
import { takeJudgedJson } from "./evaluate";

/**
 * A stack whose synthesized JSON is exactly what the policy judged. cdktf prepares every stack before
 * writing any, and the policy only adds annotations, so the JSON the policy resolved is the JSON the
 * synthesizer would resolve again; reusing it saves one full resolve per stack. Without the policy (or
 * on a second call) the stack resolves itself as usual. The snapshot tests would show any difference.
 */
export abstract class CheckedStack extends TerraformStack {
  override toTerraform(): any { // eslint-disable-line @typescript-eslint/no-explicit-any
    return takeJudgedJson(this) ?? super.toTerraform();
  }
}
