# The options naming which node of which environment this machine is. Everything else (ports, hostnames,
# services, log bucket, admin keys) is read from the CUE export through ./lib.nix, never set by hand.
# Imported by ./base.nix and by every service module, so a service module also evaluates on its own.
{ config, lib, ... }:
let
  edge = import ./lib.nix;
  cfg = config.edgeIac.node;
  notInStore = name: value: {
    assertion = !(lib.hasPrefix builtins.storeDir value);
    message = "edgeIac.node.${name} = ${value} is in the Nix store, which every user can read; point it at the deployment key under ${edge.keysDir}.";
  };
in
{
  options.edgeIac.node = {
    name = lib.mkOption {
      type = lib.types.str;
      example = "app-1";
      description = "Name of this node in `environments.<env>.nodes` of the CUE export.";
    };

    env = lib.mkOption {
      type = lib.types.str;
      example = "staging";
      description = "Environment this node belongs to (a key of `environments` in the CUE export).";
    };

    configJson = lib.mkOption {
      type = lib.types.path;
      example = lib.literalExpression "./config.json";
      description = ''
        The CUE export (`cue export ./schema -e config --out json`). It holds no secret and is copied to
        the Nix store.
      '';
    };

    settings = lib.mkOption {
      type = lib.types.attrsOf lib.types.anything;
      readOnly = true;
      default = edge.loadConfig cfg.configJson;
      defaultText = lib.literalExpression "edge.loadConfig config.edgeIac.node.configJson";
      description = "The parsed CUE export. Read-only: change schema/*.cue and export again.";
    };

    # Strings, not paths: a Nix path would be copied into the world-readable store.
    tunnelTokenFile = lib.mkOption {
      type = lib.types.str;
      default = "${edge.keysDir}/${edge.tunnelTokenKey}";
      description = "Token of this node's Cloudflare Tunnel, delivered as a deployment key; never in the store.";
    };

    vectorCredentialsFile = lib.mkOption {
      type = lib.types.str;
      default = "${edge.keysDir}/${edge.vectorR2Key}";
      description = ''
        Environment file with AWS_ACCESS_KEY_ID= and AWS_SECRET_ACCESS_KEY= of the R2 API token Vector
        writes logs with, delivered as a deployment key; never in the store.
      '';
    };
  };

  config.assertions = [
    (notInStore "tunnelTokenFile" cfg.tunnelTokenFile)
    (notInStore "vectorCredentialsFile" cfg.vectorCredentialsFile)
  ];
}
