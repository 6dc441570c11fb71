# Pure functions over the CUE export (`cue export ./schema -e config --out json`). No nixpkgs: the NixOS
# modules, the node flake, the colmena hive and the tests all read the configuration through these, so a
# port, a hostname or a key path is derived in one place and never typed twice.
#
# Every function taking `config` expects the parsed export (see loadConfig). Errors are `throw`s naming
# the environment, node or service and listing what would have been accepted.
let
  inherit (builtins)
    attrNames concatStringsSep elem filter hasAttr head isAttrs length listToAttrs map
    replaceStrings toJSON;

  upper = [ "A" "B" "C" "D" "E" "F" "G" "H" "I" "J" "K" "L" "M" "N" "O" "P" "Q" "R" "S" "T" "U" "V" "W" "X" "Y" "Z" "_" ];
  lower = [ "a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" "-" ];

  names = list: map (x: x.name) list;
  quoted = list: concatStringsSep ", " (map toJSON list);
  byName = list: listToAttrs (map (x: { inherit (x) name; value = x; }) list);

  fail = msg: throw "edge-iac: ${msg}";

  # Environment variables the unit gets from the service's own settings; the CUE env must not set them,
  # or the same value would have two sources.
  derivedVars = [ "PORT" "HOST" "PGHOST" "PGHOST_READ" "PGTARGETSESSIONATTRS_READ" "PGPORT" "PGDATABASE" "PGUSER" "DATABASE_SCHEMA" ];

  max = a: b: if a > b then a else b;

  # originHostname "api.example.com" "app-1" "example.com" == "api-app-1.example.com": the node's own
  # hostname for a service published through the Worker; on the zone apex below it, so it stays in the
  # zone: originHostname "example.com" "app-1" "example.com" == "example-app-1.example.com"
  # (schema/publish.ts holds the same rule).
  originHostname = hostname: node: zone:
    let parts = builtins.match "([^.]*)([.].*)" hostname;
    in "${head parts}-${node}${if hostname == zone then ".${zone}" else builtins.elemAt parts 1}";

  environment = { config, env }:
    if hasAttr env config.environments then config.environments.${env}
    else fail "unknown environment ${toJSON env}; the configuration defines ${quoted (attrNames config.environments)}";

  findNode = { config, env, node }:
    let
      nodes = (environment { inherit config env; }).nodes;
      found = filter (n: n.name == node) nodes;
    in
    if found != [ ] then head found
    else fail "unknown node ${toJSON node} in environment ${toJSON env}; ${env} has nodes ${quoted (names nodes)}";

  findService = { config, env, service }:
    let
      services = (environment { inherit config env; }).services;
      found = filter (s: s.name == service) services;
    in
    if found != [ ] then head found
    else fail "unknown service ${toJSON service} in environment ${toJSON env}; ${env} has services ${quoted (names services)}";
in
rec {
  # Where colmena delivers deployment keys (deployment.keys.<name>.destDir). A tmpfs: keys never touch the
  # disk or the Nix store, and are gone after a reboot until `colmena upload-keys` runs again.
  keysDir = "/run/keys";

  # Key holding the token of the node's (remotely managed) Cloudflare Tunnel.
  tunnelTokenKey = "cloudflared-tunnel-token";

  # Key holding AWS_ACCESS_KEY_ID= and AWS_SECRET_ACCESS_KEY= lines of the R2 token Vector writes logs with.
  vectorR2Key = "vector-r2-credentials";

  # Port of the OTLP/HTTP receiver Vector runs on every node (gRPC is on 4317); services' OTEL_* point here.
  otlpHttpPort = 4318;

  # secretKeyName "api" "DATABASE_PASSWORD" == "api-database-password": the deployment key (and
  # systemd credential) name of one service secret.
  secretKeyName = service: secret: "${service}-${replaceStrings upper lower secret}";

  # loadConfig path: the parsed CUE export.
  loadConfig = path: builtins.fromJSON (builtins.readFile path);

  # environment { config, env }: one environment of the export.
  inherit environment;

  # node { config, env, node }: the node record, or a throw naming env and node.
  node = findNode;

  # nodeIds { config }: every node of every environment as { env, node, id }, id being "<env>-<node>",
  # the name the node has in nixosConfigurations and in the colmena hive.
  nodeIds = { config }:
    builtins.concatLists (map
      (env: map (n: { inherit env; node = n.name; id = "${env}-${n.name}"; }) config.environments.${env}.nodes)
      (attrNames config.environments));

  # service { config, env, service }: the service record named `service`.
  service = findService;

  # servicesForNode { config, env, node }: { <service name> = <service record>; } for the services
  # assigned to the node (services[].nodes) and those still draining from it: moved away in config, but
  # the applied edge still sends them requests there (outputs.<env>."<env>-edge".origins; the node lets
  # go once the edge no longer names it — adr/adr-scale-out.md). Throws when the node is unknown.
  servicesForNode = { config, env, node }:
    let
      nodeRecord = findNode { inherit config env node; };
      services = (environment { inherit config env; }).services;
      applied = (stackOutputs { outputs = config.outputs or { }; inherit env; stack = "${env}-edge"; }).origins or { };
      draining = s: (s.publish or "tunnel") != "tunnel" && elem nodeRecord.name (applied.${s.name} or [ ]);
    in
    byName (filter (s: elem nodeRecord.name s.nodes || draining s) services);

  # isAssigned { config, env, node, service }: whether CUE puts the service on the node.
  isAssigned = { config, env, node, service }:
    hasAttr service (servicesForNode { inherit config env node; });

  # serviceSecrets { config, env, service, secretsDir ? keysDir }: one entry per secret the service
  # declares: { secret = "DATABASE_PASSWORD"; var = "DATABASE_PASSWORD_FILE";
  # key = "api-database-password"; path = "<secretsDir>/api-database-password"; }. Names only, no values.
  serviceSecrets = { config, env, service, secretsDir ? keysDir }:
    let s = findService { inherit config env service; };
    in map
      (secret: rec {
        inherit secret;
        var = "${secret}_FILE";
        key = secretKeyName s.name secret;
        path = "${secretsDir}/${key}";
      })
      s.secrets;

  # serviceEnv { config, env, service, secretsDir ? keysDir, outputs ? config.outputs or { } }: the
  # environment of the service's systemd unit:
  #   - the service's env from CUE, as is;
  #   - PORT (from port) and HOST = 127.0.0.1: services listen on loopback only, cloudflared dials them;
  #   - with a database: PGHOST, PGPORT, PGDATABASE (postgres.databaseName), PGUSER (the service's own role:
  #     roleName, the name the primary creates and the data stack keeps a password for, so "event-store"
  #     logs in as event_store) and DATABASE_SCHEMA (database.schema);
  #   - for reads, PGHOST_READ: the read replicas (outputs.<env>."<env>-data".postgres_read_hosts) then
  #     the primary, comma-separated, and PGTARGETSESSIONATTRS_READ = prefer-standby. Given to libpq as
  #     host and target_session_attrs (libpq >= 14), a read connection goes to a replica that answers,
  #     and to the primary when none does; the primary alone until the data stack reports replicas;
  #   - per secret S: S_FILE = a path under secretsDir. Never the value: values only exist on the node,
  #     delivered out of band.
  # PGHOST/PGPORT come from the data stack's outputs (outputs.<env>."<env>-data".postgres_host / _port,
  # written back by the post-apply hook) once Tofu reports them; until then the primary is expected on
  # loopback (the postgres node itself).
  serviceEnv = { config, env, service, secretsDir ? keysDir, outputs ? config.outputs or { } }:
    let
      s = findService { inherit config env service; };
      pg = (environment { inherit config env; }).postgres;
      pgOut = stackOutputs { inherit outputs env; stack = "${env}-data"; };
      secrets = serviceSecrets { inherit config env service secretsDir; };
      clashes = filter (v: hasAttr v s.env) (derivedVars ++ s.secrets ++ map (x: x.var) secrets);
      database = if s ? database then {
        PGHOST = pgOut.postgres_host or "127.0.0.1";
        PGHOST_READ = concatStringsSep "," ((pgOut.postgres_read_hosts or [ ]) ++ [ (pgOut.postgres_host or "127.0.0.1") ]);
        PGTARGETSESSIONATTRS_READ = "prefer-standby";
        PGPORT = toString (pgOut.postgres_port or 5432);
        PGDATABASE = pg.databaseName;
        PGUSER = roleName s.name;
        DATABASE_SCHEMA = s.database.schema;
      } else { };
    in
    if clashes != [ ] then
      fail "service ${toJSON s.name} in environment ${toJSON env}: env sets ${quoted clashes}, which ${if length clashes == 1 then "is" else "are"} derived from port, postgres, database or secrets; remove ${if length clashes == 1 then "it" else "them"} from env in ${s.flake}/service.cue"
    else
      s.env
      // { PORT = toString s.port; HOST = "127.0.0.1"; }
      // database
      // listToAttrs (map (x: { name = x.var; value = x.path; }) secrets);

  inherit originHostname;

  # tunnelIngress { config, env, node }: the ingress rules of the node's tunnel, in the shape of
  # cloudflared's config.yml and of the Cloudflare tunnel configuration API:
  #   [ { hostname = "api.example.com"; service = "http://localhost:8080"; } … { service = "http_status:404"; } ]
  # A service published through the Worker is served at the node's own origin hostname (originHostname).
  # The tunnels are remotely managed (Tofu writes this to Cloudflare); this copy documents what the node
  # should receive and lets tests hold the two to parity.
  tunnelIngress = { config, env, node }:
    let services = servicesForNode { inherit config env node; };
    in map
      (name:
        let s = services.${name};
        in {
          hostname = if (s.publish or "tunnel") == "worker" then originHostname s.hostname node config.cloudflare.zone else s.hostname;
          service = "http://localhost:${toString s.port}";
        })
      (attrNames services)
    ++ [ { service = "http_status:404"; } ];

  # stackOutputs { outputs, env, stack }: what the post-apply hook wrote for one stack (the shape of
  # #Outputs in schema/config.cue: environment → stack → output → value), or { }.
  stackOutputs = { outputs, env, stack }: ((outputs.${env} or { }).${stack} or { });

  # nodeAddress { config, env, node, outputs }: the ipv4 output of the node's stack
  # (outputs.<env>."<env>-node-<node>".ipv4), or a throw saying which node has no address and where it
  # should come from.
  nodeAddress = { config, env, node, outputs }:
    let
      known = findNode { inherit config env node; };
      entry = stackOutputs { inherit outputs env; stack = "${env}-node-${known.name}"; };
    in
    if isAttrs entry && entry ? ipv4 && entry.ipv4 != "" && entry.ipv4 != null then entry.ipv4
    else fail "node ${toJSON node} of environment ${toJSON env} has no address: outputs.${env}.${env}-node-${node}.ipv4 is missing. Deploy the stack (npm run deploy -- ${env} ${env}-node-${node}) so the post-apply hook writes its outputs first.";

  # --- Postgres on self-hosted nodes (nix/postgres.nix) -------------------------------------------------

  # The port Postgres listens on (schema/rules.ts POSTGRES_PORT).
  postgresPort = 5432;

  # The private network other nodes reach Postgres from on AWS: every region's default VPC
  # (stacks/props.ts AWS_DEFAULT_VPC_CIDR, the range the node's security group opens the port to).
  vpcCidr = "172.31.0.0/16";

  # privateCidr { config, env, node }: the private network of `node` (stacks/props.ts privateCidr): on
  # Linode its environment's own VPC subnet (network.subnet, stacks/network-stack.ts), on AWS vpcCidr.
  privateCidr = { config, env, node }:
    let known = findNode { inherit config env node; };
    in if known.provider == "linode" then (environment { inherit config env; }).network.subnet else vpcCidr;

  # The role replicas stream as (constructs/postgres.ts REPLICATION_ROLE), and the deployment key with
  # its password (the data stack's sensitive output postgres_replication_password), on the primary and
  # on every replica.
  replicationUser = "replicator";
  replicationPasswordKey = "postgres-replication-password";

  # Where a replica's libpq reads that password (primary_conninfo's passfile): a pgpass file written
  # from the key at boot, on a tmpfs like the key itself.
  replicationPassfile = "/run/edge-iac-postgres/replication.pgpass";

  # roleName "billing-api" == "billing_api": a service's Postgres role (stacks/props.ts roleName).
  roleName = service: replaceStrings [ "-" ] [ "_" ] service;

  # tenantPasswordKey "api" == "postgres-password-api": the deployment key with the password of a
  # service's role, on the primary (the data stack's sensitive output postgres_password_<role>).
  tenantPasswordKey = role: "postgres-password-${role}";

  # replicationSlot "db-2" == "replica_db_2": the physical slot the primary keeps for a replica, which
  # is also the replica's application_name in pg_stat_replication.
  replicationSlot = node: "replica_${replaceStrings [ "-" ] [ "_" ] node}";

  # postgresRole { config, env, node }: "primary" (postgres.node), "replica" (in postgres.replicas) or
  # "none". Always "none" when postgres.mode is "managed".
  postgresRole = { config, env, node }:
    let
      known = findNode { inherit config env node; };
      pg = (environment { inherit config env; }).postgres;
    in
    if pg.mode != "self-hosted" then "none"
    else if (pg.node or null) == known.name then "primary"
    else if elem known.name (pg.replicas or [ ]) then "replica"
    else "none";

  # postgresTenants { config, env }: [ { service; role; schema; } ] for every service with a database.
  postgresTenants = { config, env }:
    map (s: { service = s.name; role = roleName s.name; schema = s.database.schema; })
      (filter (s: s ? database) (environment { inherit config env; }).services);

  # privateAddress { outputs, env, node }: the private_ipv4 output of the node's stack, or null before
  # that stack was applied.
  privateAddress = { outputs, env, node }:
    let entry = stackOutputs { inherit outputs env; stack = "${env}-node-${node}"; };
    in if isAttrs entry && (entry.private_ipv4 or "") != "" && entry.private_ipv4 != null then entry.private_ipv4 else null;

  # postgresReplicas { config, env, outputs ? config.outputs or { } }: [ { node; slot; address; } ], one
  # per postgres.replicas, address null until the replica's node stack reports it.
  postgresReplicas = { config, env, outputs ? config.outputs or { } }:
    let pg = (environment { inherit config env; }).postgres;
    in map
      (node: { inherit node; slot = replicationSlot node; address = privateAddress { inherit outputs env node; }; })
      (if pg.mode == "self-hosted" then pg.replicas or [ ] else [ ]);

  # postgresHba { config, env, outputs ? config.outputs or { } }: the primary's pg_hba.conf lines: each
  # service's role to the database from the VPC, and streaming replication for each replica whose
  # address is known, from that address only. Password auth is SCRAM everywhere.
  postgresHba = { config, env, outputs ? config.outputs or { } }:
    let pg = (environment { inherit config env; }).postgres;
    in
    map (t: "host ${pg.databaseName} ${t.role} ${privateCidr { inherit config env; node = pg.node; }} scram-sha-256") (postgresTenants { inherit config env; })
    ++ map (r: "host replication ${replicationUser} ${r.address}/32 scram-sha-256")
      (filter (r: r.address != null) (postgresReplicas { inherit config env outputs; }));

  # primaryConninfo { config, env, node, outputs ? config.outputs or { }, passfile ? replicationPassfile }:
  # the libpq connection string replica `node` streams with (primary_conninfo, and pg_basebackup's when
  # it bootstraps): the primary's private address, the replication role, the password from passfile
  # (never in the string: postgresql.conf is in the Nix store). Throws until the primary's node stack
  # reported its private address.
  primaryConninfo = { config, env, node, outputs ? config.outputs or { }, passfile ? replicationPassfile }:
    let
      pg = (environment { inherit config env; }).postgres;
      primary = pg.node or (fail "postgres of environment ${toJSON env} has no node");
      address = privateAddress { inherit outputs env; node = primary; };
    in
    if address == null then
      fail "replica ${toJSON node} of environment ${toJSON env} cannot reach its primary ${toJSON primary}: outputs.${env}.${env}-node-${primary}.private_ipv4 is missing. Deploy the primary's stack (npm run deploy -- ${env} ${env}-node-${primary}) so the post-apply hook writes its outputs first."
    else
      "host=${address} port=${toString postgresPort} user=${replicationUser} passfile=${passfile} application_name=${replicationSlot node}";

  # Where a Postgres node mounts its data volume: the parent of NixOS's default data directories.
  postgresMountPoint = "/var/lib/postgresql";

  # postgresDataVolume { config, env, node }: { device; fsType; } of the node's data volume. On Linode, by
  # its stable by-id name, from the volume label "<project>-<env>-<node>-data" (constructs/vps-node-linode.ts
  # linodeVolumeDevice); on AWS /dev/sdf (constructs/vps-node.ts attaches it so; NixOS's amazon-image
  # profile links the NVMe device to that name with amazon-ec2-utils' udev rules).
  postgresDataVolume = { config, env, node }:
    let known = findNode { inherit config env node; };
    in
    if known.provider == "linode" then { device = "/dev/disk/by-id/scsi-0Linode_Volume_${config.project}-${env}-${node}-data"; fsType = "ext4"; }
    else if known.provider == "aws" then { device = "/dev/sdf"; fsType = "ext4"; }
    else fail "node ${toJSON node} of environment ${toJSON env}: no data volume for provider ${toJSON known.provider}";

  # postgresDataDir { config, env }: the cluster's directory on the data volume, per major version (the
  # NixOS default). Changing postgres.version points at a new, empty directory: upgrade with pg_upgrade
  # (NixOS manual, "Upgrading") before switching, or a primary starts empty and a replica re-bootstraps.
  postgresDataDir = { config, env }: "${postgresMountPoint}/${(environment { inherit config env; }).postgres.version}";

  # postgresSettings { config, env, node, outputs ? config.outputs or { } }: postgresql.conf of a
  # Postgres node. Both: the port, loopback plus the node's private address (once its stack reported
  # it), SCRAM passwords. With replicas, both also get the same replication limits (a hot standby refuses
  # to start with lower max_wal_senders than its primary): WAL for replicas, one sender per replica plus
  # two for a pg_basebackup, one slot per replica. The primary keeps at most a quarter of its volume of
  # WAL for a lagging slot (a replica down longer must bootstrap again, rather than fill the primary's
  # disk); a replica streams from the primary through its slot and serves reads (hot standby), telling
  # the primary which rows its queries still need.
  postgresSettings = { config, env, node, outputs ? config.outputs or { } }:
    let
      role = postgresRole { inherit config env node; };
      known = findNode { inherit config env node; };
      n = length (postgresReplicas { inherit config env outputs; });
      own = privateAddress { inherit outputs env; node = known.name; };
    in
    if role == "none" then fail "node ${toJSON node} of environment ${toJSON env} runs no Postgres: it is neither postgres.node nor in postgres.replicas"
    else
      {
        port = postgresPort;
        listen_addresses = concatStringsSep "," ([ "localhost" ] ++ (if own == null then [ ] else [ own ]));
        password_encryption = "scram-sha-256";
      }
      // (if n > 0 then {
        wal_level = "replica";
        max_wal_senders = max 10 (2 * n + 2);
        max_replication_slots = max 10 (n + 2);
      } else { })
      // (if role == "primary" && n > 0 then { max_slot_wal_keep_size = "${toString (known.volumeGb * 256)}MB"; } else { })
      // (if role == "replica" then {
        hot_standby = true;
        hot_standby_feedback = true;
        primary_conninfo = primaryConninfo { inherit config env node outputs; };
        primary_slot_name = replicationSlot known.name;
      } else { });

  # postgresSetupSql { config, env, credentialsDir ? "$CREDENTIALS_DIRECTORY" }: the psql script the
  # primary runs after every start: each service's role (login, password from its key) and schema
  # (owned by it); with replicas the replication role and one slot each; and always the removal of
  # unused slots of replicas no longer in CUE, which would otherwise keep WAL forever. Passwords are read
  # by psql from the credential files (\set … `cat …`), so the script holds none and can live in the store.
  postgresSetupSql = { config, env, credentialsDir ? "$CREDENTIALS_DIRECTORY" }:
    let
      replicas = postgresReplicas { inherit config env; outputs = { }; };
      literal = s: "'${s}'";
      createRole = role: attrs:
        "SELECT format('CREATE ROLE %I ${attrs}', ${literal role}) WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal role})\\gexec";
      tenant = t: [
        "-- service ${t.service}"
        (createRole t.role "LOGIN")
        "\\set password `cat ${credentialsDir}/${tenantPasswordKey t.role}`"
        "ALTER ROLE \"${t.role}\" WITH LOGIN PASSWORD :'password';"
        "CREATE SCHEMA IF NOT EXISTS \"${t.schema}\" AUTHORIZATION \"${t.role}\";"
      ];
      replication =
        if replicas == [ ] then [
          "-- no replicas: the replication role, if a former replica left it, may not log in"
          "SELECT format('ALTER ROLE %I NOLOGIN', ${literal replicationUser}) WHERE EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal replicationUser})\\gexec"
        ] else [
          "-- replication"
          (createRole replicationUser "REPLICATION LOGIN")
          "\\set password `cat ${credentialsDir}/${replicationPasswordKey}`"
          "ALTER ROLE \"${replicationUser}\" WITH REPLICATION LOGIN PASSWORD :'password';"
        ] ++ map
          (r: "SELECT pg_create_physical_replication_slot(${literal r.slot}) WHERE NOT EXISTS (SELECT FROM pg_replication_slots WHERE slot_name = ${literal r.slot});")
          replicas;
      keep = concatStringsSep ", " (map (r: literal r.slot) replicas);
    in
    concatStringsSep "\n" (
      [
        "-- Generated by nix/lib.nix (postgresSetupSql) from the CUE export; holds no password."
        "\\set ON_ERROR_STOP on"
        "-- The statements below carry passwords: keep them out of the server log, even when one fails."
        "SET log_statement = 'none';"
        "SET log_min_error_statement = 'panic';"
        "SET client_min_messages = 'warning';"
      ]
      ++ builtins.concatLists (map tenant (postgresTenants { inherit config env; }))
      ++ replication
      ++ [
        "-- slots of replicas removed from postgres.replicas (unused ones only)"
        "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_type = 'physical' AND slot_name LIKE 'replica\\_%' AND NOT active${if keep == "" then "" else " AND slot_name NOT IN (${keep})"};"
        "\\unset password"
        ""
      ]);

  # postgresKeys { config, env, node }: the deployment keys a Postgres node needs, [ { key; path; } ]:
  # key is the file name under keysDir, path the secret's name for the hive's secretCommand
  # ("postgres/<the data stack output holding it>"). The primary: each service role's password and,
  # with replicas, the replication password; a replica: the replication password; other nodes: none.
  postgresKeys = { config, env, node }:
    let
      role = postgresRole { inherit config env node; };
      replication = { key = replicationPasswordKey; path = "postgres/postgres_replication_password"; };
      hasReplicas = postgresReplicas { inherit config env; outputs = { }; } != [ ];
    in
    if role == "primary" then
      map (t: { key = tenantPasswordKey t.role; path = "postgres/postgres_password_${t.role}"; }) (postgresTenants { inherit config env; })
      ++ (if hasReplicas then [ replication ] else [ ])
    else if role == "replica" then [ replication ]
    else [ ];
}
