# An EC2 instance: nixpkgs' own profile (root on the AMI's disk, ENA/NVMe drivers, serial console).
{ modulesPath, ... }:
{
  imports = [ "${modulesPath}/virtualisation/amazon-image.nix" ];
}
