import { readFileSync } from "node:fs";
import * as path from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { ROOT } from "../../schema/cue";
import { runTofu } from "../../scripts/tofu/run";
import { configureStateEncryption, type StateEncryptionOptions } from "../../stacks/state-encryption";
import { tempDir } from "../helpers/config";
import { copyOfRepo, tofu, tsx, writeStack } from "./helpers";

const PASSPHRASE = { TF_VAR_state_passphrase: "correct-horse-battery-staple" };
const SECRET = "plain-text-secret-value";

/** The synthesized JSON of a stack with state encryption, plus a terraform_data resource holding SECRET. */
function encryptedStack(options?: StateEncryptionOptions): Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), "encrypted");
  configureStateEncryption(stack, options);
  return { ...JSON.parse(Testing.synth(stack)), ...plainStack() };
}

function plainStack() {
  return { resource: { terraform_data: { secret: { input: SECRET } } }, output: { value: { value: "${terraform_data.secret.output}" } } };
}

function applied(json: unknown, env?: NodeJS.ProcessEnv): string {
  const dir = writeStack(tempDir("edge-iac-enc-"), "staging-data", json);
  tofu(["init", "-input=false"], dir, env);
  tofu(["apply", "-input=false", "-auto-approve"], dir, env);
  return dir;
}

const state = (dir: string) => readFileSync(path.join(dir, "terraform.tfstate"), "utf8");

describe("state encryption", () => {
  test("adds a sensitive passphrase variable and an enforced pbkdf2 + aes_gcm block for state and plan", () => {
    const json = encryptedStack() as { variable: Record<string, unknown>; terraform: { encryption: unknown } };
    expect(json.variable.state_passphrase).toMatchObject({ type: "string", sensitive: true, nullable: false });
    expect(json.terraform.encryption).toEqual({
      key_provider: { pbkdf2: { state: { passphrase: "${var.state_passphrase}" } } },
      method: { aes_gcm: { state: { keys: "${key_provider.pbkdf2.state}" } } },
      state: { method: "method.aes_gcm.state", enforced: true },
      plan: { method: "method.aes_gcm.state", enforced: true },
    });
  });

  test("with TF_VAR_state_passphrase, tofu applies and the state file holds no readable value", () => {
    const dir = applied(encryptedStack(), PASSPHRASE);
    const file = JSON.parse(state(dir));
    expect(Object.keys(file).sort()).toEqual(["encrypted_data", "encryption_version", "lineage", "meta", "serial"]);
    expect(state(dir)).not.toContain(SECRET);
    expect(JSON.parse(tofu(["output", "-json"], dir, PASSPHRASE).stdout).value.value).toBe(SECRET);
  });

  test("fails clearly without the passphrase, and with a wrong one", () => {
    const dir = applied(encryptedStack(), PASSPHRASE);
    const before = state(dir);
    const missing = runTofu(["plan", "-input=false"], { cwd: dir });
    expect(missing.ok).toBe(false);
    expect(missing.stderr).toContain("encryption.key_provider.pbkdf2.state depends on var.state_passphrase which is\nnot available");
    const wrong = runTofu(["plan", "-input=false"], { cwd: dir, env: { TF_VAR_state_passphrase: "not-the-right-passphrase" } });
    expect(wrong.ok).toBe(false);
    expect(wrong.stderr).toContain("decryption failed");
    const short = runTofu(["plan", "-input=false"], { cwd: dir, env: { TF_VAR_state_passphrase: "short" } });
    expect(short.stderr).toContain("passphrase is too short (minimum\n16 characters)");
    expect(state(dir)).toBe(before);
  });

  test("a plain state is refused by the enforced config, and migrated by one apply with migrateUnencrypted", () => {
    const dir = applied(plainStack());
    expect(state(dir)).toContain(SECRET);
    writeStack(path.dirname(dir), "staging-data", encryptedStack());
    const refused = runTofu(["plan", "-input=false"], { cwd: dir, env: PASSPHRASE });
    expect(refused.ok).toBe(false);
    expect(refused.stderr).toMatch(/encountered unencrypted payload\s+without unencrypted method configured/);

    writeStack(path.dirname(dir), "staging-data", encryptedStack({ migrateUnencrypted: true }));
    tofu(["apply", "-input=false", "-auto-approve"], dir, PASSPHRASE);
    expect(state(dir)).not.toContain(SECRET);

    writeStack(path.dirname(dir), "staging-data", encryptedStack());
    expect(tofu(["plan", "-input=false"], dir, PASSPHRASE).stdout).toContain("No changes.");
  });

  test("deploy refuses an encrypted stack when TF_VAR_state_passphrase is not set", () => {
    const stacksDir = tempDir("edge-iac-stacks-");
    writeStack(stacksDir, "staging-data", encryptedStack());
    const result = tsx(
      path.join(ROOT, "scripts/deploy.ts"),
      ["staging", "staging-data", "--dry-run", "--no-synth", "--stacks-dir", stacksDir, "--root", copyOfRepo()],
      {
        TF_VAR_state_passphrase: "",
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("staging-data: its state is encrypted: set TF_VAR_state_passphrase");
  });
});
