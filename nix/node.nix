# The NixOS modules of one node, shared by the node flake (nixosConfigurations) and the colmena hive so
# both build the same system: base, the provider's hardware profile, Postgres (active only on the
# self-hosted primary and replicas) and the module of every service of the environment (each enables
# itself only on the nodes CUE assigns it to, see nix/lib.nix).
#
#   import ./node.nix { configJson = ./config.json; } { env = "staging"; node = "app-1"; }
{ configJson }:
{ env, node }:
let
  edge = import ./lib.nix;
  config = edge.loadConfig configJson;
  record = edge.node { inherit config env node; };
  environment = edge.environment { inherit config env; };

  hardware = {
    linode = ./hardware/linode.nix;
    aws = ./hardware/aws.nix;
  };

  # Services are glued flakes under services/<name>; their module.nix is the NixOS side.
  serviceModules = map (flake: ../. + "/${flake}/module.nix")
    (builtins.attrNames (builtins.listToAttrs (map (s: { name = s.flake; value = null; }) environment.services)));
in
[
  ./base.nix
  (hardware.${record.provider} or (throw "edge-iac: node ${env}/${node}: no hardware profile for provider ${builtins.toJSON record.provider} in nix/hardware/"))
  ./postgres.nix
]
++ serviceModules
++ [
  {
    edgeIac.node = { inherit env configJson; name = node; };
    # The release the node was installed with ("nixos-25.05" -> "25.05"). Changing boot.channel in CUE
    # changes it on running nodes too: read that release's stateVersion notes first.
    system.stateVersion = builtins.replaceStrings [ "nixos-" ] [ "" ] record.boot.channel;
  }
]
