# The node's Cloudflare Tunnel: the only way requests reach its services (no inbound port is open).
#
# The tunnel is remotely managed: Tofu creates it and writes its ingress rules (hostname ->
# http://localhost:<port>, see tunnelIngress in ./lib.nix) to Cloudflare, so the node only needs the
# tunnel token. NixOS's services.cloudflared drives locally managed tunnels (a credentials JSON plus an
# ingress list rendered into the store) and has no token option, so using it would mean keeping a second
# copy of the ingress on the node. This is a small unit instead: systemd reads the token from the
# deployment key with LoadCredential (so the service user needs no access to /run/keys) and cloudflared
# reads it with --token-file, which keeps it out of the store and out of `ps`.
{ config, lib, pkgs, ... }:
let
  cfg = config.edgeIac.node;
in
{
  assertions = [{
    # --token-file appeared in cloudflared 2025.4.0.
    assertion = lib.versionAtLeast pkgs.cloudflared.version "2025.4.0";
    message = "edge-iac: cloudflared ${pkgs.cloudflared.version} has no --token-file; use nixpkgs 25.05 or newer.";
  }];

  # cloudflared carries traffic over QUIC and asks for larger UDP buffers than the kernel default.
  boot.kernel.sysctl = {
    "net.core.rmem_max" = lib.mkDefault 7500000;
    "net.core.wmem_max" = lib.mkDefault 7500000;
  };

  systemd.services.cloudflared-tunnel = {
    description = "Cloudflare Tunnel of ${cfg.env}/${cfg.name}";
    wantedBy = [ "multi-user.target" ];
    # <key>-key.service is created by colmena for every deployment key; it is active while the key exists.
    wants = [ "network-online.target" "cloudflared-tunnel-token-key.service" ];
    after = [ "network-online.target" "cloudflared-tunnel-token-key.service" ];
    serviceConfig = {
      ExecStart = "${pkgs.cloudflared}/bin/cloudflared tunnel --no-autoupdate --metrics 127.0.0.1:20241 run --token-file %d/tunnel-token";
      LoadCredential = "tunnel-token:${cfg.tunnelTokenFile}";
      Restart = "always";
      RestartSec = 5;
      DynamicUser = true;
      ProtectSystem = "strict";
      ProtectHome = true;
      PrivateTmp = true;
      PrivateDevices = true;
      NoNewPrivileges = true;
      CapabilityBoundingSet = "";
      RestrictAddressFamilies = [ "AF_INET" "AF_INET6" "AF_UNIX" "AF_NETLINK" ];
      SystemCallFilter = [ "@system-service" ];
      ProtectKernelTunables = true;
      ProtectKernelModules = true;
      ProtectControlGroups = true;
      LockPersonality = true;
      # cloudflared is a Go binary: no JIT, so W^X memory can be enforced.
      MemoryDenyWriteExecute = true;
    };
  };
}
