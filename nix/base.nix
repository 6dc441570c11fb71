# What every node runs, whatever its services: no inbound port, SSH only when the CUE node sets
# sshFromAdmin (key-only, from admin.cidrs), the node's Cloudflare Tunnel (./cloudflared.nix), log
# shipping to R2 (./vector.nix), time sync and garbage collection.
{ config, lib, ... }:
let
  edge = import ./lib.nix;
  cfg = config.edgeIac.node;
  settings = cfg.settings;
  node = edge.node { config = settings; inherit (cfg) env; node = cfg.name; };
  ssh = node.sshFromAdmin;
  cidrs = settings.admin.cidrs;
in
{
  imports = [ ./options.nix ./cloudflared.nix ./vector.nix ];

  networking.hostName = lib.mkDefault node.name;

  # nftables, so the SSH rule below is one line of nft in the same ruleset as the NixOS firewall
  # (networking.firewall.extraCommands is iptables-only and refused with nftables).
  networking.nftables.enable = true;
  networking.firewall = {
    enable = true;
    # Forced: a module that sets openFirewall cannot open a port behind the configuration's back. Every
    # request arrives through the tunnel, which cloudflared dials out.
    allowedTCPPorts = lib.mkForce [ ];
    allowedUDPPorts = lib.mkForce [ ];
    allowedTCPPortRanges = lib.mkForce [ ];
    allowedUDPPortRanges = lib.mkForce [ ];
    extraInputRules = lib.optionalString ssh ''
      ip saddr { ${lib.concatStringsSep ", " cidrs} } tcp dport 22 accept comment "ssh from admin.cidrs"
    '';
  };

  services.openssh = {
    enable = ssh;
    openFirewall = false;
    ports = [ 22 ];
    settings = {
      PasswordAuthentication = false;
      KbdInteractiveAuthentication = false;
      PermitRootLogin = "prohibit-password";
    };
  };
  users.users.root.openssh.authorizedKeys.keys = settings.admin.sshKeys;

  assertions = [
    {
      assertion = !ssh || cidrs != [ ];
      message = "edge-iac: node ${cfg.env}/${cfg.name} sets sshFromAdmin but admin.cidrs is empty, so nobody could reach SSH; add the operators' networks to admin.cidrs in schema/default.cue.";
    }
    {
      assertion = !ssh || settings.admin.sshKeys != [ ];
      message = "edge-iac: node ${cfg.env}/${cfg.name} sets sshFromAdmin but admin.sshKeys is empty; add a public key to admin.sshKeys in schema/default.cue.";
    }
  ];
  warnings = lib.optional (!ssh)
    "edge-iac: node ${cfg.env}/${cfg.name} has no SSH (sshFromAdmin is false). After this switch colmena cannot reach it any more; set sshFromAdmin in schema/default.cue for the next deployment, or recover through the provider's console.";

  services.timesyncd.enable = true;

  nix.gc = {
    automatic = true;
    dates = "weekly";
    options = "--delete-older-than 14d";
  };
  nix.settings.auto-optimise-store = true;

  # The local disk is a cache: the durable copy of every log is in R2 (./vector.nix).
  services.journald.extraConfig = ''
    SystemMaxUse=1G
    MaxRetentionSec=7day
  '';
}
