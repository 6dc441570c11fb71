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
  derivedVars = [ "PORT" "HOST" "PGHOST" "PGPORT" "PGDATABASE" "PGUSER" "DATABASE_SCHEMA" ];

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
  # assigned to the node (services[].nodes). Throws when the node is unknown.
  servicesForNode = { config, env, node }:
    let
      nodeRecord = findNode { inherit config env node; };
      services = (environment { inherit config env; }).services;
    in
    byName (filter (s: elem nodeRecord.name s.nodes) services);

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
  #   - with a database: PGHOST, PGPORT, PGDATABASE (postgres.databaseName), PGUSER (the service's own role,
  #     named after the service) and DATABASE_SCHEMA (database.schema);
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
        PGPORT = toString (pgOut.postgres_port or 5432);
        PGDATABASE = pg.databaseName;
        PGUSER = s.name;
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

  # tunnelIngress { config, env, node }: the ingress rules of the node's tunnel, in the shape of
  # cloudflared's config.yml and of the Cloudflare tunnel configuration API:
  #   [ { hostname = "api.example.com"; service = "http://localhost:8080"; } … { service = "http_status:404"; } ]
  # The tunnels are remotely managed (Tofu writes this to Cloudflare); this copy documents what the node
  # should receive and lets tests hold the two to parity.
  tunnelIngress = { config, env, node }:
    let services = servicesForNode { inherit config env node; };
    in map
      (name: { inherit (services.${name}) hostname; service = "http://localhost:${toString services.${name}.port}"; })
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
}
