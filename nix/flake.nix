# The node flake: one NixOS system per environment and node of the CUE export, named "<env>-<node>", and
# the colmena hive deploying them. Values come from nix/config.json (the CUE export, written by the synth
# step) and nix/outputs.json (Tofu outputs: addresses, tunnel ids). Neither holds a secret; both must be
# tracked by git, because a git flake does not see untracked files.
#
#   nixos-rebuild build --flake ./nix#staging-app-1
#   colmena apply --on @env-staging                # run in nix/, or with --config nix/flake.nix
{
  description = "edge-iac nodes: NixOS systems and colmena hive from the CUE export";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";
    colmena = {
      url = "github:zhaofengli/colmena";
      inputs.nixpkgs.follows = "nixpkgs";
    };
  };

  outputs = { self, nixpkgs, colmena, ... }:
    let
      edge = import ./lib.nix;
      system = "x86_64-linux";
      configJson =
        if builtins.pathExists ./config.json then ./config.json
        else throw "edge-iac: nix/config.json is missing; write it with `.tools/bin/cue export ./schema -e config --out json > nix/config.json` and `git add` it.";
      config = edge.loadConfig configJson;
      modulesOf = import ./node.nix { inherit configJson; };
    in
    {
      lib = edge;

      nixosModules.base = ./base.nix;

      nixosConfigurations = builtins.listToAttrs (map
        ({ env, node, id }: {
          name = id;
          value = nixpkgs.lib.nixosSystem {
            inherit system;
            modules = modulesOf { inherit env node; };
          };
        })
        (edge.nodeIds { inherit config; }));

      colmena = import ./hive.nix {
        inherit nixpkgs system configJson;
        outputsJson = ./outputs.json;
      };

      # colmena >= 0.5 reads this instead of `colmena`.
      colmenaHive = colmena.lib.makeHive self.colmena;
    };
}
