# The colmena hive: one entry per node of every environment ("<env>-<node>"), built from the CUE export
# and the Tofu outputs, with the same modules as nixosConfigurations in ./flake.nix (./node.nix).
#
#   colmena apply -f nix/hive.nix --on @env-staging          # or, through the flake: colmena apply --on …
#
# Nothing here is generated: addresses are read from the outputs file at evaluation time, the way the
# rest of the configuration is read from the CUE export. Secrets never pass through Nix: every deployment
# key is a keyCommand that colmena runs on the deployer at upload time.
{
  # The CUE export (`cue export ./schema -e config --out json > nix/config.json`).
  configJson ? ./config.json
  # Tofu outputs, { "<env>": { "<env>-node-<node>": { "ipv4": "…", "tunnel_id": "…" } } } (#Outputs). When the file
  # is absent, `outputs` of the CUE export is used (once Tofu outputs are written back into CUE).
, outputsJson ? ./outputs.json
, nixpkgs ? <nixpkgs>
, system ? "x86_64-linux"
  # The command printing one secret on stdout, run on the deployer. `path` is
  # nodes/<node>/cloudflared-tunnel-token, vector-r2-credentials, services/<service>/<SECRET>,
  # postgres/<data stack output> or pgbackrest-r2-credentials.
, secretCommand ? { env, path }: [ "pass" "show" "edge-iac/${env}/${path}" ]
}:
let
  edge = import ./lib.nix;
  backup = import ./backup.nix;
  inherit (builtins) attrNames concatMap listToAttrs map pathExists;

  config =
    if pathExists configJson then edge.loadConfig configJson
    else throw "edge-iac hive: ${toString configJson} does not exist; write it with `.tools/bin/cue export ./schema -e config --out json > nix/config.json`.";
  outputs = if pathExists outputsJson then edge.loadConfig outputsJson else config.outputs or { };
  modulesOf = import ./node.nix { inherit configJson; };

  # root-only is enough: systemd reads each key as root (LoadCredential, EnvironmentFile) and hands it on.
  key = env: path: {
    keyCommand = secretCommand { inherit env path; };
    destDir = edge.keysDir;
    user = "root";
    group = "root";
    permissions = "0400";
    uploadAt = "pre-activation";
  };

  hiveNode = { env, node, ... }:
    let
      record = edge.node { inherit config env node; };
      services = attrNames (edge.servicesForNode { inherit config env node; });
      secrets = concatMap (service: map (s: s // { inherit service; }) (edge.serviceSecrets { inherit config env service; })) services;
      pgKeys = edge.postgresKeys { inherit config env node; } ++ backup.keys { inherit config env node; };
    in
    {
      imports = modulesOf { inherit env node; };
      deployment = {
        targetHost = edge.nodeAddress { inherit config env node outputs; };
        targetUser = "root";
        tags = [ "env-${env}" ] ++ map (r: "role-${r}") record.roles ++ map (s: "service-${s}") services;
        keys = {
          ${edge.tunnelTokenKey} = key env "nodes/${node}/${edge.tunnelTokenKey}";
          ${edge.vectorR2Key} = key env edge.vectorR2Key;
        } // listToAttrs (map (s: { name = s.key; value = key env "services/${s.service}/${s.secret}"; }) secrets)
          // listToAttrs (map (k: { name = k.key; value = key env k.path; }) pgKeys);
      };
    };
in
{
  meta = {
    description = "edge-iac nodes of ${config.project}";
    nixpkgs = import nixpkgs { inherit system; };
  };
}
// listToAttrs (map (n: { name = n.id; value = hiveNode n; }) (edge.nodeIds { inherit config; }))
