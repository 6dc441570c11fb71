# Pure functions of the self-hosted primary's backups over the CUE export, like ./lib.nix (no nixpkgs):
# pgBackRest archives every WAL segment and takes full (weekly) and differential (daily) backups into the
# environment's R2 bucket (the data stack's BackupBucket), encrypted with aes-256-cbc before they leave
# the node. ./postgres.nix turns these into files and units, ./hive.nix delivers the keys, and the restore
# drill (__tests__/backup/restore-drill.test.ts) runs a real pgBackRest with exactly these settings
# against a local S3 server. docs/restore.md is the way back; adr/adr-postgres-backups.md says why.
#
# Secrets never enter the store: the repository passphrase and the R2 token are deployment keys, and
# edge-iac-pgbackrest-secrets writes them at boot into secretsFile, a pgBackRest config file on a tmpfs
# that pgBackRest merges with configFile (--config-include-path).
let
  edge = import ./lib.nix;
  inherit (builtins) attrNames concatStringsSep filter map;
in
rec {
  # The deployment key with the repository passphrase (the data stack's sensitive output
  # postgres_backup_cipher_pass) and the one with the R2 token pgBackRest writes with: the lines
  # AWS_ACCESS_KEY_ID=… and AWS_SECRET_ACCESS_KEY=…, the format of vector-r2-credentials, but a token of
  # its own, scoped to the backup bucket.
  cipherPassKey = "pgbackrest-cipher-pass";
  r2CredentialsKey = "pgbackrest-r2-credentials";

  # pgBackRest's files on the node: its config (in /etc, from the store: no secret), the secrets it
  # merges in (tmpfs, written at boot), its spool (async archiving queue), lock and log folders.
  configFile = "/etc/pgbackrest/pgbackrest.conf";
  secretsDir = "/run/edge-iac-pgbackrest";
  secretsFile = "${secretsDir}/secrets.conf";
  spoolPath = "/var/spool/pgbackrest";
  lockPath = "/run/pgbackrest";
  logPath = "/var/log/pgbackrest";

  # When the backups run (systemd OnCalendar): a full backup every week, a differential (everything
  # changed since that full) on the other days. A differential without a full becomes a full.
  fullSchedule = "Sun *-*-* 03:00:00";
  diffSchedule = "Mon..Sat *-*-* 03:00:00";

  # enabled { config, env, node }: whether the node backs up: it is the self-hosted primary and
  # postgres.backups.enabled (schema/rules.ts selfHostedBackups is the same test).
  enabled = { config, env, node }:
    edge.postgresRole { inherit config env node; } == "primary" && (edge.environment { inherit config env; }).postgres.backups.enabled;

  # stanza env: the repository's name for the environment's cluster.
  stanza = env: env;

  # bucket { config, env }: the environment's R2 bucket (schema/rules.ts backupBucketName).
  bucket = { config, env }: "${config.project}-${env}-pg-backups";

  # endpoint { config }: R2's S3 endpoint of the Cloudflare account.
  endpoint = { config }: "${config.cloudflare.accountId}.r2.cloudflarestorage.com";

  # keys { config, env, node }: the deployment keys the node needs for its backups, [ { key; path; } ]
  # like postgresKeys in ./lib.nix; none unless the node backs up.
  keys = { config, env, node }:
    if enabled { inherit config env node; } then [
      { key = cipherPassKey; path = "postgres/postgres_backup_cipher_pass"; }
      { key = r2CredentialsKey; path = r2CredentialsKey; }
    ] else [ ];

  # settings { config, env }: pgBackRest's configFile as { <section> = { <option> = "<value>"; }; }.
  # Retention is by time: every full backup is kept until a newer one is postgres.backups.retentionDays
  # old, so any point of the last retentionDays days can be restored; WAL and differentials go with the
  # full backup they need. Bundles make one object of many small files: R2 bills per write.
  settings = { config, env }:
    let pg = (edge.environment { inherit config env; }).postgres;
    in {
      global = {
        repo1-type = "s3";
        repo1-s3-endpoint = endpoint { inherit config; };
        repo1-s3-bucket = bucket { inherit config env; };
        repo1-s3-region = "auto";
        repo1-s3-uri-style = "path";
        repo1-path = "/${stanza env}";
        repo1-cipher-type = "aes-256-cbc";
        repo1-bundle = "y";
        repo1-retention-full-type = "time";
        repo1-retention-full = toString pg.backups.retentionDays;
        compress-type = "zst";
        process-max = "2";
        # A backup starts with an immediate checkpoint instead of waiting for the next one.
        start-fast = "y";
        # archive-push returns as soon as the segment is queued in the spool; a background process uploads.
        archive-async = "y";
        spool-path = spoolPath;
        lock-path = lockPath;
        log-path = logPath;
        log-level-console = "info";
        log-level-file = "detail";
      };
      ${stanza env} = {
        pg1-path = edge.postgresDataDir { inherit config env; };
        pg1-port = toString edge.postgresPort;
        pg1-socket-path = "/run/postgresql";
      };
    };

  # ini settings: the text of a pgBackRest config file, [global] first.
  ini = settings:
    let
      section = name: [ "[${name}]" ] ++ map (k: "${k}=${settings.${name}.${k}}") (attrNames settings.${name}) ++ [ "" ];
      names = (if settings ? global then [ "global" ] else [ ]) ++ filter (n: n != "global") (attrNames settings);
    in
    concatStringsSep "\n" (builtins.concatLists (map section names));

  # command { env, pgbackrest ? "pgbackrest", config ? configFile, includePath ? secretsDir }: the
  # pgBackRest command line for the environment's stanza, without the subcommand.
  command = { env, pgbackrest ? "pgbackrest", config ? configFile, includePath ? secretsDir }:
    "${pgbackrest} --config=${config} --config-include-path=${includePath} --stanza=${stanza env}";

  # postgresSettings { env, pgbackrest ? "pgbackrest", … }: what postgresql.conf needs for continuous
  # archiving (wal_level stays at its default, replica, which archiving needs). archive_timeout bounds what a quiet database can lose: a segment is closed and archived
  # at least once a minute while anything was written.
  postgresSettings = args: {
    archive_mode = "on";
    archive_command = "${command args} archive-push %p";
    archive_timeout = "60s";
  };

  # secretsScript { credentialsDir ? "$CREDENTIALS_DIRECTORY", dir ? secretsDir, owner ? "postgres" }:
  # the shell script that writes <dir>/secrets.conf (secretsFile) from the two keys, readable by owner
  # only: the passphrase as is, the token's lines as pgBackRest's repo1-s3-key and repo1-s3-key-secret.
  secretsScript = { credentialsDir ? "$CREDENTIALS_DIRECTORY", dir ? secretsDir, owner ? "postgres" }: ''
    set -eu
    key="" secret=""
    while IFS='=' read -r name value; do
      case "$name" in
        AWS_ACCESS_KEY_ID) key=$value ;;
        AWS_SECRET_ACCESS_KEY) secret=$value ;;
      esac
    done < "${credentialsDir}/${r2CredentialsKey}"
    if [ -z "$key" ] || [ -z "$secret" ]; then
      echo "${r2CredentialsKey} must hold the lines AWS_ACCESS_KEY_ID=… and AWS_SECRET_ACCESS_KEY=…" >&2
      exit 1
    fi
    pass=$(cat "${credentialsDir}/${cipherPassKey}")
    if [ -z "$pass" ]; then
      echo "${cipherPassKey} is empty" >&2
      exit 1
    fi
    umask 0077
    install -d -m 0700 -o ${owner} -g ${owner} ${dir}
    printf '[global]\nrepo1-s3-key=%s\nrepo1-s3-key-secret=%s\nrepo1-cipher-pass=%s\n' "$key" "$secret" "$pass" > ${dir}/secrets.conf.new
    chown ${owner}:${owner} ${dir}/secrets.conf.new
    mv ${dir}/secrets.conf.new ${dir}/secrets.conf
  '';

}
