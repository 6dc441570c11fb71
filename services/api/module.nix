# services.edge-iac.api: the api as a systemd unit on the nodes CUE assigns it to. Its port, env,
# database settings and secret names all come from the CUE export through nix/lib.nix; nothing here
# repeats a value from services/api/service.cue.
{ config, lib, pkgs, ... }:
let
  edge = import ../../nix/lib.nix;
  name = "api";
  unit = "edge-iac-${name}";

  node = config.edgeIac.node;
  args = { config = node.settings; inherit (node) env; service = name; };
  assigned = edge.isAssigned (args // { node = node.name; });
  service = edge.service args;
  secrets = edge.serviceSecrets args;
  # systemd copies each LoadCredential source here, readable only by the unit's dynamic user.
  credentialsDir = "/run/credentials/${unit}.service";
  keyUnits = map (s: "${s.key}-key.service") secrets;

  cfg = config.services.edge-iac.${name};
in
{
  imports = [ ../../nix/options.nix ];

  options.services.edge-iac.${name} = {
    enable = lib.mkOption {
      type = lib.types.bool;
      default = assigned;
      defaultText = lib.literalMD "whether `services[].nodes` of the CUE export lists this node";
      description = "Run the ${name} service on this node. Decided in CUE; setting it by hand on a node CUE does not list fails evaluation.";
    };

    package = lib.mkOption {
      type = lib.types.package;
      default = pkgs.callPackage ./package.nix { };
      defaultText = lib.literalExpression "pkgs.callPackage ./package.nix { }";
      description = "The bundled ${name} service.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [{
      assertion = assigned;
      message = "edge-iac: services.edge-iac.${name}.enable is set on ${node.env}/${node.name}, but CUE does not assign ${name} to that node, so its tunnel would not route to it; add the node to the service's nodes in schema/default.cue instead.";
    }];

    systemd.services.${unit} = {
      description = "${name} (${service.hostname})";
      wantedBy = [ "multi-user.target" ];
      wants = [ "network-online.target" ] ++ keyUnits;
      after = [ "network-online.target" "vector.service" ] ++ keyUnits;

      # *_FILE point into the credentials directory; LoadCredential below fills it from /run/keys.
      environment = edge.serviceEnv (args // { secretsDir = credentialsDir; });

      serviceConfig = {
        ExecStart = lib.getExe cfg.package;
        LoadCredential = map (s: "${s.key}:${s.path}") secrets;
        Restart = "on-failure";
        RestartSec = 2;

        DynamicUser = true;
        UMask = "0077";
        ProtectSystem = "strict";
        ProtectHome = true;
        PrivateTmp = true;
        PrivateDevices = true;
        ProtectProc = "invisible";
        ProcSubset = "pid";
        NoNewPrivileges = true;
        CapabilityBoundingSet = "";
        AmbientCapabilities = "";
        RestrictAddressFamilies = [ "AF_INET" "AF_INET6" "AF_UNIX" ];
        RestrictNamespaces = true;
        RestrictRealtime = true;
        RestrictSUIDSGID = true;
        LockPersonality = true;
        ProtectClock = true;
        ProtectHostname = true;
        ProtectKernelLogs = true;
        ProtectKernelModules = true;
        ProtectKernelTunables = true;
        ProtectControlGroups = true;
        SystemCallArchitectures = "native";
        SystemCallFilter = [ "@system-service" "~@privileged" ];
        # A filtered call fails with EPERM instead of killing node, so libuv can fall back (io_uring).
        SystemCallErrorNumber = "EPERM";
        # Not MemoryDenyWriteExecute: V8's JIT needs memory that is writable and executable, and node
        # aborts at start under it.
        MemoryDenyWriteExecute = false;
      };
    };
  };
}
