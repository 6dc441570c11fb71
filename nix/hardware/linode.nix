# A Linode VPS after nixos-infect on a stock image: one ext4 disk without a partition table (/dev/sda),
# swap on /dev/sdb, GRUB on the disk, the serial console Lish attaches to. Compare with the
# /etc/nixos/hardware-configuration.nix nixos-infect leaves on the first node before the first deploy.
{ modulesPath, ... }:
{
  imports = [ "${modulesPath}/profiles/qemu-guest.nix" ];

  boot.initrd.availableKernelModules = [ "virtio_pci" "virtio_scsi" "ahci" "sd_mod" ];
  boot.loader.grub.device = "/dev/sda";
  boot.kernelParams = [ "console=ttyS0,19200n8" ];

  fileSystems."/" = { device = "/dev/sda"; fsType = "ext4"; };
  swapDevices = [ { device = "/dev/sdb"; } ];

  # Linode's network helper and Lish expect eth0; addresses come from DHCP.
  networking.usePredictableInterfaceNames = false;
  networking.useDHCP = true;
}
