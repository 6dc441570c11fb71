# The api's glued flake: the package (./package.nix) and the NixOS module (./module.nix) that runs it as a
# hardened systemd unit with the port, env and secrets CUE gives it. Nodes get it through nix/flake.nix,
# which imports ./module.nix for every node of the environment; the module enables itself only on the
# nodes services[].nodes lists.
#
#   nix build ./services/api            # the package (needs services/api/dist/server.js)
{
  description = "edge-iac api: Node service bundle + NixOS module services.edge-iac.api";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";

  outputs = { self, nixpkgs }:
    let
      systems = [ "x86_64-linux" "aarch64-linux" ];
      forAllSystems = f: nixpkgs.lib.genAttrs systems (system: f nixpkgs.legacyPackages.${system});
    in
    {
      packages = forAllSystems (pkgs: {
        default = pkgs.callPackage ./package.nix { };
      });

      nixosModules.default = ./module.nix;
    };
}
