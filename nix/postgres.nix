# Postgres on the nodes of a self-hosted environment (postgres.mode "self-hosted"): the write primary
# (postgres.node) and its streaming read replicas (postgres.replicas); inert on every other node. Every
# value comes from the CUE export through ./lib.nix. Passwords are deployment keys under /run/keys that
# systemd hands to the one unit needing each (LoadCredential); none enters the Nix store.
#
# Both: the cluster on the node's data volume, listening on loopback and the node's private address,
# reachable from the VPC only (nftables here, the security group in the node stack), pg_hba admitting
# the services' roles from the VPC and each replica's replication connection, SCRAM passwords.
#
# Primary: the database, and edge-iac-postgres-setup after every start of Postgres (and whenever the
# roles, schemas or replicas in CUE change): each service's role with its password and schema, the
# replication role, one slot per replica, unused slots of removed replicas dropped.
#
# Replica: edge-iac-postgres-passfile turns the replication password into the pgpass file
# primary_conninfo names (on a tmpfs); edge-iac-postgres-basebackup copies the primary into an empty data
# directory through the replica's slot and marks it a standby (standby.signal), before postgresql.service
# and instead of its initdb. Postgres then streams from the primary and serves reads. When the primary
# cannot be reached at that first boot, the unit fails and Postgres stays down (it must never start an
# empty cluster of its own): fix the cause, then `systemctl start postgresql`.
#
# Re-seeding a replica (after it fell further behind than the primary keeps WAL for, see
# max_slot_wal_keep_size in ./lib.nix): stop postgresql, move its data directory away, start postgresql.
#
# Backups (the primary, when postgres.backups.enabled; settings in ./backup.nix): pgBackRest archives every
# WAL segment to the environment's R2 bucket (archive_command) and takes a full backup weekly and a
# differential daily (edge-iac-pgbackrest-{full,diff}.timer), encrypted before upload. Its secrets reach
# a tmpfs file at boot (edge-iac-pgbackrest-secrets); edge-iac-pgbackrest-stanza creates the repository
# and checks archiving after every start. `sudo -u postgres edge-iac-pgbackrest info` shows the backups;
# docs/restore.md restores them.
{ config, lib, pkgs, ... }:
let
  edge = import ./lib.nix;
  cfg = config.edgeIac.node;
  exported = cfg.settings;
  args = { config = exported; inherit (cfg) env; node = cfg.name; };
  envArgs = { config = exported; inherit (cfg) env; };

  role = edge.postgresRole args;
  backup = import ./backup.nix;
  backs = backup.enabled args;
  pg = (edge.environment envArgs).postgres;
  package = pkgs."postgresql_${pg.version}";
  dataDir = edge.postgresDataDir envArgs;
  volume = edge.postgresDataVolume args;
  pgSettings = edge.postgresSettings args;

  # Each key the node needs, loaded by the unit that reads it, which waits for colmena's key unit.
  keys = edge.postgresKeys args;
  keyUnits = map (k: "${k.key}-key.service") keys;
  credentials = map (k: "${k.key}:${edge.keysDir}/${k.key}") keys;

  setupSql = pkgs.writeText "edge-iac-postgres-setup.sql" (edge.postgresSetupSql envArgs);

  # pgBackRest with the stanza and config files given, for the units and for a human (`edge-iac-pgbackrest info`).
  pgbackrest = pkgs.writeShellScriptBin "edge-iac-pgbackrest" ''
    exec ${backup.command { inherit (cfg) env; pgbackrest = "${pkgs.pgbackrest}/bin/pgbackrest"; }} "$@"
  '';
  backupKeys = backup.keys args;
  backupKeyUnits = map (k: "${k.key}-key.service") backupKeys;
  backupUnit = type: {
    description = "pgBackRest ${type} backup of ${cfg.env} to R2";
    requires = [ "postgresql.service" ];
    after = [ "postgresql.service" "edge-iac-pgbackrest-stanza.service" ];
    unitConfig.RequiresMountsFor = [ edge.postgresMountPoint ];
    serviceConfig = {
      Type = "oneshot";
      User = "postgres";
      Group = "postgres";
      # Expiry by retention runs at the end of every backup.
      ExecStart = "${pgbackrest}/bin/edge-iac-pgbackrest backup --type=${type}";
    };
  };
  backupTimer = schedule: {
    wantedBy = [ "timers.target" ];
    timerConfig = {
      OnCalendar = schedule;
      # A backup missed while the node was down runs at the next boot.
      Persistent = true;
      RandomizedDelaySec = "15m";
    };
  };

  # pg_basebackup writes here first and the result moves into place whole: an interrupted copy never
  # looks like a data directory.
  incoming = "${dataDir}.basebackup";
  passfileDir = dirOf edge.replicationPassfile;

  common = {
    fileSystems.${edge.postgresMountPoint} = {
      inherit (volume) device fsType;
      # The volume comes empty from the node stack: make the file system on first boot, never again.
      autoFormat = true;
    };
    # The volume's root belongs to root when mounted; Postgres (and the replica's bootstrap) write in it.
    systemd.tmpfiles.rules = [ "d ${edge.postgresMountPoint} 0750 postgres postgres -" ];

    services.postgresql = {
      enable = true;
      inherit package dataDir;
      # The NixOS module sets listen_addresses itself (from enableTCPIP); this list replaces it.
      settings = pgSettings // { listen_addresses = lib.mkForce pgSettings.listen_addresses; };
      # Before NixOS's own lines (local peer, loopback): pg_hba takes the first line that matches.
      authentication = lib.concatStringsSep "\n" (edge.postgresHba envArgs) + "\n";
    };
    # The private address must be configured before Postgres binds to it.
    systemd.services.postgresql = {
      wants = [ "network-online.target" ];
      after = [ "network-online.target" ];
    };

    # base.nix forces every allowed port list empty; this is a rule of its own, from the VPC only.
    networking.firewall.extraInputRules = ''
      ip saddr ${edge.privateCidr args} tcp dport ${toString edge.postgresPort} accept comment "postgres from the private network"
    '';
  };

  primary = {
    services.postgresql.ensureDatabases = [ pg.databaseName ];

    systemd.services.edge-iac-postgres-setup = {
      description = "Postgres roles, schemas and replication slots of ${cfg.env} from CUE";
      # Again after every (re)start of Postgres, and on every switch that changes the script.
      wantedBy = [ "multi-user.target" "postgresql.service" ];
      requires = [ "postgresql.service" ];
      # postgresql-setup.service runs ensureDatabases on newer NixOS; on older ones postgresql.service does.
      after = [ "postgresql.service" "postgresql-setup.service" ] ++ keyUnits;
      wants = keyUnits;
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        User = "postgres";
        Group = "postgres";
        # psql reads each password from $CREDENTIALS_DIRECTORY/<key> (see postgresSetupSql).
        LoadCredential = credentials;
        ExecStart = "${package}/bin/psql --no-psqlrc --quiet --dbname=${pg.databaseName} --file=${setupSql}";
      };
    };
  };

  backups = {
    services.postgresql.settings = backup.postgresSettings { inherit (cfg) env; pgbackrest = "${pkgs.pgbackrest}/bin/pgbackrest"; };
    environment.etc."pgbackrest/pgbackrest.conf".text = backup.ini (backup.settings envArgs);
    environment.systemPackages = [ pgbackrest pkgs.pgbackrest ];
    systemd.tmpfiles.rules = [
      "d ${backup.spoolPath} 0750 postgres postgres -"
      "d ${backup.logPath} 0750 postgres postgres -"
      "d ${backup.lockPath} 0750 postgres postgres -"
    ];

    systemd.services.edge-iac-pgbackrest-secrets = {
      description = "pgBackRest's R2 token and repository passphrase of ${cfg.env}, from the deployment keys";
      wantedBy = [ "postgresql.service" ];
      before = [ "postgresql.service" ];
      wants = backupKeyUnits;
      after = backupKeyUnits;
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        LoadCredential = map (k: "${k.key}:${edge.keysDir}/${k.key}") backupKeys;
      };
      script = backup.secretsScript { };
    };

    systemd.services.edge-iac-pgbackrest-stanza = {
      description = "pgBackRest repository of ${cfg.env} in R2, and a check that WAL reaches it";
      wantedBy = [ "multi-user.target" "postgresql.service" ];
      requires = [ "postgresql.service" "edge-iac-pgbackrest-secrets.service" ];
      after = [ "postgresql.service" "postgresql-setup.service" "edge-iac-pgbackrest-secrets.service" "network-online.target" ];
      wants = [ "network-online.target" ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        User = "postgres";
        Group = "postgres";
        # stanza-create does nothing when the repository exists and matches this cluster.
        ExecStart = [
          "${pgbackrest}/bin/edge-iac-pgbackrest stanza-create"
          "${pgbackrest}/bin/edge-iac-pgbackrest check"
        ];
      };
    };

    systemd.services.edge-iac-pgbackrest-full = backupUnit "full";
    systemd.services.edge-iac-pgbackrest-diff = backupUnit "diff";
    systemd.timers.edge-iac-pgbackrest-full = backupTimer backup.fullSchedule;
    systemd.timers.edge-iac-pgbackrest-diff = backupTimer backup.diffSchedule;
  };

  replica = {
    systemd.services.edge-iac-postgres-passfile = {
      description = "Replication password of ${cfg.env}/${cfg.name} as the standby's pgpass file";
      requiredBy = [ "postgresql.service" "edge-iac-postgres-basebackup.service" ];
      before = [ "postgresql.service" "edge-iac-postgres-basebackup.service" ];
      wants = keyUnits;
      after = keyUnits;
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        LoadCredential = credentials;
      };
      # pgpass format: host:port:database:user:password, with \ and : escaped.
      script = ''
        install -d -m 0700 -o postgres -g postgres ${passfileDir}
        password=$(<"$CREDENTIALS_DIRECTORY/${edge.replicationPasswordKey}")
        password=''${password//\\/\\\\}
        password=''${password//:/\\:}
        umask 0077
        printf '*:*:*:${edge.replicationUser}:%s\n' "$password" > ${edge.replicationPassfile}.new
        chown postgres:postgres ${edge.replicationPassfile}.new
        mv ${edge.replicationPassfile}.new ${edge.replicationPassfile}
      '';
    };

    systemd.services.edge-iac-postgres-basebackup = {
      description = "First copy of the primary into ${dataDir}, as a standby";
      requiredBy = [ "postgresql.service" ];
      before = [ "postgresql.service" ];
      requires = [ "edge-iac-postgres-passfile.service" ];
      wants = [ "network-online.target" ];
      after = [ "edge-iac-postgres-passfile.service" "network-online.target" "systemd-tmpfiles-setup.service" ];
      unitConfig.RequiresMountsFor = [ edge.postgresMountPoint ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        User = "postgres";
        Group = "postgres";
        # A first copy of a large database takes as long as it takes.
        TimeoutStartSec = "infinity";
      };
      script = ''
        if [ -e ${dataDir}/PG_VERSION ]; then
          exit 0
        fi
        if [ -d ${dataDir} ] && [ -n "$(ls -A ${dataDir})" ]; then
          echo "${dataDir} holds files but no cluster (no PG_VERSION): move it away, then start postgresql again" >&2
          exit 1
        fi
        rm -rf ${incoming}
        ${package}/bin/pg_basebackup --pgdata=${incoming} --wal-method=stream --checkpoint=fast --no-password \
          --slot=${edge.replicationSlot cfg.name} --dbname=${lib.escapeShellArg (edge.primaryConninfo args)}
        touch ${incoming}/standby.signal
        if [ -d ${dataDir} ]; then rmdir ${dataDir}; fi
        mv ${incoming} ${dataDir}
      '';
    };
  };
in
{
  imports = [ ./options.nix ];

  config = lib.mkIf (role != "none") (lib.mkMerge [
    common
    (lib.mkIf (role == "primary") primary)
    (lib.mkIf backs backups)
    (lib.mkIf (role == "replica") replica)
  ]);
}
