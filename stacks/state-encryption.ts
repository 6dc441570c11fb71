import { type TerraformStack, TerraformVariable } from "cdktf";

/** The OpenTofu variable that carries the passphrase; set it through `TF_VAR_state_passphrase`. */
export const STATE_PASSPHRASE_VARIABLE = "state_passphrase";

/** The environment variable tofu reads the passphrase from. */
export const STATE_PASSPHRASE_ENV = `TF_VAR_${STATE_PASSPHRASE_VARIABLE}`;

export interface StateEncryptionOptions {
  /**
   * Read a state that is still plain text (written before encryption was turned on) and write it back
   * encrypted: adds the `unencrypted` method as the state's `fallback` and drops `enforced` for the
   * state (plans stay enforced). For one apply only: left on, a plain-text state would be accepted.
   * @default false
   */
  readonly migrateUnencrypted?: boolean;
}

/**
 * Turns on OpenTofu state and plan encryption (OpenTofu >= 1.7; variables in the block need >= 1.8):
 * a key derived with PBKDF2 from a passphrase, AES-GCM, and `enforced` so that tofu refuses to write
 * either file unencrypted. The passphrase is a sensitive variable set only through the environment
 * (`TF_VAR_state_passphrase`, at least 16 characters): it never enters the configuration, the
 * synthesized JSON or the state. Without it, every tofu command fails before touching the state with
 * "encryption.key_provider.pbkdf2.state depends on var.state_passphrase which is not available".
 *
 * A state written before encryption was turned on cannot be read by this configuration; apply once with
 * `migrateUnencrypted` (docs/state.md), which then reads the plain state and writes it back encrypted.
 */
export function configureStateEncryption(stack: TerraformStack, options: StateEncryptionOptions = {}): void {
  const migrate = options.migrateUnencrypted ?? false;
  new TerraformVariable(stack, STATE_PASSPHRASE_VARIABLE, {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `Passphrase the state and plan encryption key is derived from; set ${STATE_PASSPHRASE_ENV} (16 characters or more).`,
  });
  stack.addOverride("terraform.encryption", {
    key_provider: { pbkdf2: { state: { passphrase: `\${var.${STATE_PASSPHRASE_VARIABLE}}` } } },
    method: {
      aes_gcm: { state: { keys: "${key_provider.pbkdf2.state}" } },
      ...(migrate ? { unencrypted: { migrate: {} } } : {}),
    },
    // In the JSON syntax `method` must be a bare reference: tofu rejects "${…}" templates here
    // ("A single static variable reference is required").
    state: migrate
      ? // tofu refuses an unencrypted fallback while `enforced` is set, and TF_ENCRYPTION cannot unset it.
        { method: "method.aes_gcm.state", fallback: { method: "method.unencrypted.migrate" } }
      : { method: "method.aes_gcm.state", enforced: true },
    plan: { method: "method.aes_gcm.state", enforced: true },
  });
}
