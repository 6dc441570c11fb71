import { TerraformStack } from "cdktf";
import { takeJudgedJson } from "./evaluate";

/**
 * A stack resolved once per synth instead of three times.
 *
 * cdktf resolves every stack in App.synth's prepare pass (only so that cross-stack references can add
 * remote-state resources), then again for the policy, then again in the synthesizer. This project never
 * uses cross-stack references — values travel between stacks through CUE outputs (adr-stack-layout.md) —
 * so the prepare pass resolves the stack for real, once, and that JSON is what the policy judges and what
 * the synthesizer writes (the policy only adds annotations). A cross-stack reference would stay a
 * reference to a resource the stack does not declare, which `tofu validate` refuses (the tofu tier).
 * Each resolved JSON is taken once, so a later toTerraform() call (tests) resolves afresh.
 */
export abstract class CheckedStack extends TerraformStack {
  private prepared: unknown;

  override prepareStack(): void {
    this.ensureBackendExists();
    this.prepared = super.toTerraform();
  }

  // biome-ignore lint/suspicious/noExplicitAny: cdktf's own TerraformStack.toTerraform() returns any; this override keeps its signature.
  override toTerraform(): any {
    const prepared = this.prepared;
    this.prepared = undefined;
    return prepared ?? takeJudgedJson(this) ?? super.toTerraform();
  }
}
