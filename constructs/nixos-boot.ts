/**
 * The first-boot script that turns a stock distribution image into NixOS with nixos-infect. After it,
 * the node is configured by colmena from nix/hive.nix; nothing else is done by hand on the machine.
 * nixos-infect is pinned to a commit of elitak/nixos-infect: never pipe a moving branch into a root shell.
 * Review the script at a newer commit before bumping the pin.
 */
export const NIXOS_INFECT_URL = "https://raw.githubusercontent.com/elitak/nixos-infect/30441b1236a3f5e426b72ecf2ba2f4f91127ca0e/nixos-infect";

export interface NixosInfectOptions {
  /** The NixOS channel to install, e.g. nixos-25.05. */
  readonly channel: string;
  /** Public keys put in root's authorized_keys before the conversion; nixos-infect carries them over. */
  readonly sshKeys: readonly string[];
  /** The node name, set as the hostname. */
  readonly hostname: string;
}

export function nixosInfectUserData(options: NixosInfectOptions): string {
  const keys = options.sshKeys.map((key) => `${key}\n`).join("");
  return [
    "#!/usr/bin/env bash",
    "# First boot: convert this VPS to NixOS (nixos-infect); colmena (nix/hive.nix) configures it afterwards.",
    "set -euo pipefail",
    `hostnamectl set-hostname ${options.hostname} || true`,
    "install -d -m 700 /root/.ssh",
    `cat >> /root/.ssh/authorized_keys <<'KEYS'\n${keys}KEYS`,
    "chmod 600 /root/.ssh/authorized_keys",
    `curl -fsSL ${NIXOS_INFECT_URL} | NIX_CHANNEL=${options.channel} bash -x 2>&1 | tee /var/log/nixos-infect.log`,
    "",
  ].join("\n");
}
